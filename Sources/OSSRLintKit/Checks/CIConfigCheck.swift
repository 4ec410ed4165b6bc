/// Passes when a continuous-integration configuration exists: GitLab CI, GitHub Actions,
/// Travis, CircleCI, Jenkins, Azure Pipelines, Woodpecker, Forgejo or Gitea Actions.
///
/// ```yaml
/// check: ci-config
/// ```
public struct CIConfigCheck: CheckKind {
    public struct Options: Decodable, Sendable {}

    public static let id = "ci-config"
    public static let summary = "A continuous-integration configuration exists."
    public static let optionsHelp: [OptionHelp] = []
    public static let examples = [
        CheckExample("GitLab CI", files: [".gitlab-ci.yml": "test:\n  script: [make]\n"], expected: .pass),
        CheckExample("a GitHub workflow", files: [".github/workflows/test.yaml": "on: push\n"], expected: .pass),
        CheckExample("a workflow file in the wrong folder", files: [".github/test.yml": "on: push\n"], expected: .fail),
    ]

    public init(options: Options) {}

    static let services: [(String, Glob)] = {
        let table: [(String, String)] = [
            ("GitLab CI", ".gitlab-ci.y{,a}ml"),
            ("GitHub Actions", ".github/workflows/*.y{,a}ml"),
            ("Travis CI", ".travis.y{,a}ml"),
            ("CircleCI", ".circleci/config.y{,a}ml"),
            ("Jenkins", "Jenkinsfile"),
            ("Azure Pipelines", "azure-pipelines.y{,a}ml"),
            ("Woodpecker", "{.woodpecker.y{,a}ml,.woodpecker/*.y{,a}ml}"),
            ("Forgejo Actions", ".forgejo/workflows/*.y{,a}ml"),
            ("Gitea Actions", ".gitea/workflows/*.y{,a}ml"),
        ]
        return table.compactMap { name, pattern in (try? Glob(pattern, ignoresCase: false)).map { (name, $0) } }
    }()

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        var found: [Evidence] = []
        // CI configuration lives at most two folders down (`.github/workflows/ci.yml`).
        facts.forEachEntry(atDepths: [0, 1, 2]) { fact in
            guard fact.kind.hasContent else { return }
            if let service = Self.services.first(where: { $0.1.matches(fact.pathBytes, nameStart: fact.nameStart) }) {
                found.append(.entry(facts.entry(of: fact), service.0))
            }
        }
        guard !found.isEmpty else { return .fail("no CI configuration (.gitlab-ci.yml, .github/workflows/*.yml, …)") }
        let services = Array(Set(found.compactMap(\.detail))).sorted().joined(separator: ", ")
        return .pass("CI configured with \(services)", evidence: found)
    }
}
