/// Passes when at least one path matches: a licence file, a README, a CHANGELOG …
///
/// ```yaml
/// check: path-exists
/// options: { paths: ["CONTRIBUTING*", ".github/CONTRIBUTING*"], what: a contributing guide }
/// ```
public struct PathExistsCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var paths: [String]
        var ignoreCase: Bool?
        var anyDepth: Bool?
        var exclude: [String]?
        var what: String?
        var conventionalName: String?
        /// Only when one of these paths exists (at any depth) is the rule judged.
        var when: [String]?
    }

    public static let id = "path-exists"
    public static let summary = "At least one path matches the given patterns."
    public static let optionsHelp = [
        OptionHelp("paths", "glob patterns matched against the whole path ('*', '?', '[a-z]', '{a,b}', '**/')"),
        OptionHelp("ignoreCase", "match case-insensitively (default true)"),
        OptionHelp("anyDepth", "match at any depth, not only from the root (default false)"),
        OptionHelp("exclude", "glob patterns of paths never to count"),
        OptionHelp("what", "what the paths are, for messages ('a changelog'); default: the patterns"),
        OptionHelp("when", "glob patterns (any depth): the rule applies only when one matches, e.g. notebooks for a Binder configuration"),
        OptionHelp("conventionalName", "the name forges and people look for ('CONTRIBUTING.md'): a match by another name passes with advice to rename it"),
    ]
    public static let examples = [
        CheckExample("a CHANGELOG at the root", options: "{paths: ['CHANGELOG*']}", files: ["changelog.md": "# 1.0\n"], expected: .pass),
        CheckExample("no CHANGELOG", options: "{paths: ['CHANGELOG*']}", files: ["README.md": "# x\n"], expected: .fail),
        CheckExample("a CHANGELOG only deep down, root-only", options: "{paths: ['CHANGELOG*']}", files: ["a/CHANGELOG": "x\n"], expected: .fail),
        CheckExample("an unconventional name passes with advice", options: "{paths: ['CONTRIBUT{E,ING}*'], conventionalName: CONTRIBUTING.md}",
                     files: ["Contribute.md": "# How to help\n"], expected: .pass),
        CheckExample("notebooks without a Binder configuration", options: "{paths: ['binder/*', 'environment.yml'], when: ['*.ipynb']}",
                     files: ["notebooks/demo.ipynb": "{}\n"], expected: .fail),
        CheckExample("no notebooks, no Binder needed", options: "{paths: ['binder/*', 'environment.yml'], when: ['*.ipynb']}",
                     files: ["README.md": "# x\n"], expected: .notApplicable),
        CheckExample("a submodule by that name", options: "{paths: ['codemeta.json']}", files: ["README.md": "x\n"], submodules: ["codemeta.json"], expected: .fail),
    ]

    let patterns: PathPatterns
    /// The conventional name's stem, lower-cased ("contributing"), when the rule gives one.
    let conventionalName: String?
    /// The paths that make the rule apply; nil when it always does.
    let condition: PathPatterns?

    public var scope: PathScope { condition == nil ? .of(patterns) : .tree }

    /// The paths it selects, matched by the collector (`FactNeeds.selections`).
    public var needs: FactNeeds { condition.map { .selection(patterns, $0) } ?? .selection(patterns) }

    public init(options: Options) throws(CheckOptionsError) {
        patterns = try PathPatterns(options)
        conventionalName = options.conventionalName
        if let when = options.when {
            condition = try PathPatterns(when, ignoreCase: true, anyDepth: true, exclude: [])
        } else {
            condition = nil
        }
    }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        var because: [Evidence] = []
        if let condition {
            guard let first = condition.firstPresent(in: facts) else { return .notApplicable("no path matches \(condition.description), so this does not apply") }
            because = [.entry(first, "why the rule applies")]
        }
        let selected = patterns.select(in: facts)
        // A submodule is another repository's commit, not a file of this one: a submodule named
        // `codemeta.json` is no metadata file.
        let found = selected.filter(\.kind.hasContent)
        guard let first = found.first else {
            let submodules = selected.filter { $0.kind == .submodule }
            guard let submodule = submodules.first else { return .fail(patterns.absence, evidence: because) }
            return .fail("\(patterns.absence): '\(submodule.path.displayName)' is a submodule, not a file", evidence: submodules.evidence("submodule"))
        }
        var message = found.count == 1 ? "found '\(first.path.displayName)'" : "found \(found.count) matching paths"
        if let conventionalName, !found.contains(where: { Self.stem($0.path.name) == Self.stem(conventionalName) }) {
            // Accepted, since a person finds it; but forges link only the conventional name.
            message += "; the conventional name is '\(conventionalName)', which forges link to and people look for: consider renaming it"
        }
        return .pass(message, evidence: found.evidence())
    }

    private static func stem(_ name: String) -> String {
        String(name.lowercased().prefix { $0 != "." })
    }
}
