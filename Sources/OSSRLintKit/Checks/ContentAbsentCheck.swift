/// Fails when any selected file contains text matching a regular expression (private keys,
/// leftover merge markers …).
///
/// ```yaml
/// check: content-absent
/// options: { paths: ["**/*"], pattern: "-----BEGIN [A-Z ]*PRIVATE KEY-----" }
/// ```
public struct ContentAbsentCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var paths: [String]
        var pattern: String
        var ignoreCase: Bool?
        var anyDepth: Bool?
        var exclude: [String]?
        /// Files larger than this are not read (default 1 MiB).
        var maxBytes: Int?
    }

    public static let id = "content-absent"
    public static let summary = "No selected file contains text matching a regular expression."
    public static let optionsHelp = [
        OptionHelp("paths", "glob patterns of the files to read"),
        OptionHelp("pattern", "a regular expression (ICU syntax)"),
        OptionHelp("ignoreCase", "match case-insensitively (default false)"),
        OptionHelp("anyDepth", "select files at any depth (default false)"),
        OptionHelp("exclude", "glob patterns of files never to read"),
        OptionHelp("maxBytes", "skip files larger than this many bytes (default 1048576)"),
    ]
    public static let examples = [
        CheckExample("no private key", options: "{paths: ['**/*.key', '**/*.pem'], pattern: 'PRIVATE KEY-----'}", files: ["a.pem": "-----BEGIN CERTIFICATE-----\n"], expected: .pass),
        CheckExample("a private key", options: "{paths: ['**/*.key', '**/*.pem'], pattern: 'PRIVATE KEY-----'}", files: ["conf/a.key": "-----BEGIN RSA PRIVATE KEY-----\n"], expected: .fail),
    ]

    let patterns: PathPatterns
    let pattern: CompiledPattern
    let maxBytes: Int

    public init(options: Options) throws(CheckOptionsError) {
        pattern = try CompiledPattern(option: options.pattern, ignoreCase: options.ignoreCase ?? false)
        patterns = try PathPatterns(options.paths, ignoreCase: true, anyDepth: options.anyDepth ?? false, exclude: options.exclude ?? [])
        maxBytes = options.maxBytes ?? 1 << 20
    }

    public var needs: FactNeeds { .files(patterns, limit: maxBytes) }

    public var scope: PathScope { .of(patterns) }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        var found: [Evidence] = []
        for file in patterns.select(in: facts) where file.kind == .file || file.kind == .executable {
            let text: String
            do { text = try facts.text(of: file) } catch {
                // Files over the limit are skipped, as the option says.
                if case .tooLarge = error { continue }
                return error.outcome
            }
            switch pattern.search(in: text) {
            case .match(let line, let column, _):
                found.append(.path(file.path.displayName, "matches /\(pattern.source)/", line: line, column: column))
            case .noMatch: break
            case .gaveUp(let reason): return pattern.gaveUpOutcome(reason, file: file.path.displayName)
            }
        }
        if found.isEmpty { return .pass("no text matching /\(pattern.source)/") }
        return .fail("\(found.count) \(found.count == 1 ? "file contains" : "files contain") text matching /\(pattern.source)/", evidence: found)
    }
}
