/// Passes when the selected files contain text matching a regular expression.
///
/// ```yaml
/// check: content-matches
/// options: { paths: ["README*"], pattern: "(?i)^#+ *install" , require: any }
/// ```
public struct ContentMatchesCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var paths: [String]
        var pattern: String
        var ignoreCase: Bool?
        var anyDepth: Bool?
        var exclude: [String]?
        /// `any` (default): one matching file passes; `all`: every selected file must match.
        var require: String?
    }

    public static let id = "content-matches"
    public static let summary = "Selected files contain text matching a regular expression."
    public static let optionsHelp = [
        OptionHelp("paths", "glob patterns of the files to read"),
        OptionHelp("pattern", "a regular expression (ICU syntax; '^' and '$' match at line ends)"),
        OptionHelp("ignoreCase", "match paths and text case-insensitively (default true)"),
        OptionHelp("anyDepth", "select files at any depth (default false)"),
        OptionHelp("exclude", "glob patterns of files never to read"),
        OptionHelp("require", "'any' (default) or 'all' of the selected files must match"),
    ]
    public static let examples = [
        CheckExample("a README with an installation section", options: "{paths: ['README*'], pattern: '^#+ *install'}", files: ["README.md": "# x\n\n## Installation\n"], expected: .pass),
        CheckExample("a README without one", options: "{paths: ['README*'], pattern: '^#+ *install'}", files: ["README.md": "# x\n"], expected: .fail),
        CheckExample("no README at all", options: "{paths: ['README*'], pattern: 'x'}", files: ["a.txt": "x\n"], expected: .notApplicable),
    ]

    let patterns: PathPatterns
    let pattern: CompiledPattern
    let requiresAll: Bool

    public init(options: Options) throws(CheckOptionsError) {
        let ignoreCase = options.ignoreCase ?? true
        pattern = try CompiledPattern(option: options.pattern, ignoreCase: ignoreCase)
        patterns = try PathPatterns(options.paths, ignoreCase: ignoreCase, anyDepth: options.anyDepth ?? false, exclude: options.exclude ?? [])
        switch options.require ?? "any" {
        case "any": requiresAll = false
        case "all": requiresAll = true
        case let other: throw CheckOptionsError("'require' must be 'any' or 'all', not '\(other)'")
        }
    }

    public var needs: FactNeeds { .files(patterns) }

    public var scope: PathScope { .of(patterns) }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        let files = patterns.select(in: facts).filter { $0.kind.hasContent }
        guard !files.isEmpty else { return .notApplicable("no file matches \(patterns.description)") }
        var matching: [Evidence] = []
        var missing: [Evidence] = []
        for file in files {
            let text: String
            do { text = try facts.text(of: file) } catch { return error.outcome }
            switch pattern.search(in: text) {
            case .match(let line, let column, let matched):
                matching.append(.path(file.path.displayName, "matches '\(matched)'", line: line, column: column))
            case .noMatch:
                missing.append(.entry(file, "no match for /\(pattern.source)/"))
            case .gaveUp(let reason):
                return pattern.gaveUpOutcome(reason, file: file.path.displayName)
            }
        }
        if requiresAll ? missing.isEmpty : !matching.isEmpty {
            return .pass("text matching /\(pattern.source)/ found", evidence: matching)
        }
        return .fail("no text matching /\(pattern.source)/ in \(requiresAll ? "every" : "any") selected file", evidence: missing)
    }
}
