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

    /// Each service's name, and the pattern of its configuration files.
    static let services: [(name: String, pattern: String)] = [
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
    /// `services`' patterns compiled, in the same order (a test compiles each).
    static let serviceGlobs = GlobList(services.compactMap { try? Glob($0.pattern, ignoresCase: false) })

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        var found: [Evidence] = []
        let globs = Self.serviceGlobs
        // CI configuration lives at most two folders down (`.github/workflows/ci.yml`), and each
        // pattern at one depth: a file two folders down is tried against three patterns, not
        // nine (all nine on each of a million such files took 65 ms).
        facts.forEachEntry(atDepths: [0, 1, 2]) { fact in
            guard fact.kind.hasContent,
                  let service = globs.firstIndexMatching(fact.pathBytes, nameStart: fact.nameStart, depth: fact.depth) else { return }
            found.append(.entry(facts.entry(of: fact), Self.services[service].name))
        }
        guard !found.isEmpty else { return .fail("no CI configuration (.gitlab-ci.yml, .github/workflows/*.yml, …)") }
        let services = Array(Set(found.compactMap(\.detail))).sorted().joined(separator: ", ")
        return .pass("CI configured with \(services)", evidence: found)
    }
}
