import OSSRLintKit

/// Hand-made reports that the reporter tests and golden files share.
enum ReportFixtures {
    static let tool = LintReport.Tool(version: "0.9.0")

    /// Every rule passes.
    static let allPass = LintReport(
        tool: tool,
        repository: .init(path: ".", source: "commit", revision: "HEAD", commit: "0123456789abcdef0123456789abcdef01234567"),
        profile: "ossr",
        categories: [
            .init(id: "licensing", title: "Licensing", weight: 2),
            .init(id: "metadata", title: "Metadata"),
        ],
        results: [
            RuleResult(
                rule: "licence-file", title: "Licence file", category: "licensing", severity: .error,
                status: .pass, message: "licence file 'LICENSE' found",
                evidence: [.path("LICENSE")], weight: 2),
            RuleResult(
                rule: "codemeta-present", title: "codemeta.json at the root", category: "metadata",
                severity: .error, status: .pass, message: "'codemeta.json' found"),
        ]
    )

    /// Every status and severity, an undeclared category, and an evidence list long enough to fold.
    static let mixed = LintReport(
        tool: tool,
        repository: .init(path: "/srv/repos/analysis-pipeline", source: "index", commit: "abc1234def5678abc1234def5678abc1234def56"),
        profile: "ossr",
        categories: [
            .init(id: "licensing", title: "Licensing", weight: 2),
            .init(id: "metadata", title: "Metadata"),
            .init(id: "release", title: "Release"),
            .init(id: "docs", title: "Documentation"),
        ],
        results: [
            RuleResult(
                rule: "licence-osi", title: "OSI-approved licence", category: "licensing", severity: .warning,
                status: .pass, message: "licence 'MIT' is OSI-approved"),
            RuleResult(
                rule: "licence-file", title: "Licence file", category: "licensing", severity: .error,
                status: .fail, message: "no licence file at the root",
                evidence: [.path("LICENSE", "not found"), .path("COPYING", "not found")],
                remediation: "add a LICENSE file with the full text of an open-source licence, for example MIT",
                references: ["https://choosealicense.com/", "https://opensource.org/licenses"]),
            RuleResult(
                rule: "codemeta-required-keys", title: "codemeta.json required keys", category: "metadata",
                severity: .warning, status: .fail, message: "codemeta.json lacks 12 required or recommended keys",
                evidence: (1...12).map { (index: Int) in
                    Evidence.path("codemeta.json", "missing key 'key\(index)'", line: index, column: 3)
                },
                remediation: "add the missing keys", references: ["https://github.com/cta-observatory/codemeta-generator"]),
            RuleResult(
                rule: "codemeta-keywords", title: "Keywords", category: "metadata", severity: .info,
                status: .fail, message: "codemeta.json has no 'keywords'",
                evidence: [.path("codemeta.json", line: 1)], remediation: "list a few keywords"),
            RuleResult(
                rule: "codemeta-valid", title: "codemeta.json parses", category: "metadata", severity: .error,
                status: .pass, message: "'codemeta.json' is valid JSON"),
            RuleResult(
                rule: "tagged-release", title: "Tagged release", category: "release", severity: .warning,
                status: .notApplicable, message: "no tags yet"),
            RuleResult(
                rule: "semver-tags", title: "SemVer tags", category: "release", severity: .info,
                status: .waived, message: "waived by .ossrlint.yml: tags follow the CalVer scheme of the observatory"),
            RuleResult(
                rule: "tag-reachable", title: "Release tag on main", category: "release", severity: .error,
                status: .error, message: "could not read tag 'v2.1': object 3f2a9c1 is missing",
                evidence: [.tag("v2.1", "points at a missing object")]),
            RuleResult(
                rule: "readme", title: "README", category: "docs", severity: .warning, status: .pass,
                message: "'README.md' found", evidence: [.path("README.md")]),
            RuleResult(
                rule: "container-recipe", title: "Container recipe", category: "container", severity: .info,
                status: .fail, message: "no Dockerfile or Apptainer recipe",
                references: ["https://apptainer.org/docs/user/latest/definition_files.html"]),
        ],
        scoring: .standard,
        waivers: [
            WaiverRecord(rule: "semver-tags", paths: [], reason: "tags follow the CalVer scheme of the observatory", owner: "release-team",
                         expires: "2027-06-01", state: .applied, location: ".ossrlint.yml:4:11"),
            WaiverRecord(rule: "licence-file", paths: ["vendor/**", "third_party/**"], reason: "vendored code has its own notice", owner: "jane@example.org",
                         expires: "2026-01-01", state: .expired, location: ".ossrlint.yml:9:11"),
            WaiverRecord(rule: "readme", paths: [], reason: "old", owner: "bob", expires: "2027-01-01", state: .unused, location: ".ossrlint.yml:15:11"),
        ]
    )

    /// Text that tries to break every format: markup, control characters, `]]>`, pipes,
    /// backticks, emphasis, line breaks, bidirectional overrides, emoji and non-Latin scripts.
    static let hostileText = "a|b `tick` *bold* _em_ <script>alert('x')</script> &amp; \"q\" ]]> \u{1B}[31mred\u{1B}[0m\nnext\r\tline \u{7}\u{0}\u{FFFE} \u{202E}txt.exe 😀 数据 данные"

    static let hostile = LintReport(
        tool: tool,
        repository: .init(path: "repo <&> \"x\" \u{1B}", source: "worktree"),
        profile: "ossr`|*x*",
        categories: [.init(id: "c<&>", title: "Cat | <b>bold</b> & `x` 😀")],
        results: [
            RuleResult(
                rule: "rule|`id`", title: "Title *x* _y_ <i>", category: "c<&>", severity: .error,
                status: .fail, message: hostileText,
                evidence: [
                    .path("dir/\u{1B}]0;owned\u{7}file|name`.txt", hostileText, line: 4, column: 2),
                    .path("# heading\n- item\n\n<div>", "1. list"),
                    .tag("v1.0]]>", "ends with ]]>"),
                    .value("C:\\path\\to\\| file", "backslash before pipe"),
                ],
                remediation: "# not a heading\n> not a quote " + hostileText,
                references: ["https://example.org/a?b=1&c=<2>", "javascript:alert(1)", "https://example.org/ok"]),
            RuleResult(
                rule: "second", title: "Second", category: "c<&>", severity: .warning, status: .waived,
                message: "reason with ]]> and \u{1B} and |pipes|"),
            RuleResult(
                rule: "third", title: "Third", category: "c<&>", severity: .info, status: .error,
                message: "check failed on 'ü/日本/🚀' <&>"),
            RuleResult(
                rule: "fourth", title: "Fourth", category: "c<&>", severity: .info, status: .fail,
                message: "info with \u{1}control"),
        ],
        waivers: [
            WaiverRecord(rule: "second", paths: ["a|b/**", "<script>"], reason: hostileText, owner: "x\n<b>|y</b> \u{1B}[2J",
                         expires: "2027-01-01", state: .unused, location: ".ossrlint.yml:3:11"),
        ]
    )

    /// `mixed` compared with a baseline that passed `licence-file` and failed `licence-osi`: one
    /// new finding, the other findings unchanged, one fixed. Through the real comparison.
    static let mixedWithBaseline: LintReport = {
        var baseline = mixed
        baseline.repository = .init(path: mixed.repository.path, source: "commit", revision: "origin/main", commit: "fedcba9876543210fedcba9876543210fedcba98")
        for index in baseline.results.indices {
            switch baseline.results[index].rule {
            case "licence-file": baseline.results[index].status = .pass
            case "licence-osi": baseline.results[index].status = .fail
            default: break
            }
        }
        return mixed.compared(with: baseline)
    }()

    /// Fixture name and report, in the order golden files are listed.
    static let all: [(name: String, report: LintReport)] = [
        ("all-pass", allPass), ("mixed", mixed), ("hostile", hostile),
    ]
}
