/// Fails when any path matches: private keys, build output, editor debris …
///
/// ```yaml
/// check: path-absent
/// options: { paths: ["*.pem", "id_rsa"], anyDepth: true }
/// ```
public struct PathAbsentCheck: CheckKind {
    public typealias Options = PathExistsCheck.Options

    public static let id = "path-absent"
    public static let summary = "No path matches the given patterns."
    public static let optionsHelp = PathExistsCheck.optionsHelp
    public static let examples = [
        CheckExample("no key files", options: "{paths: ['*.pem'], anyDepth: true}", files: ["README.md": "x\n"], expected: .pass),
        CheckExample("a key file in an excluded folder", options: "{paths: ['*.pem'], anyDepth: true, exclude: ['tests/**']}", files: ["tests/fixtures/server.pem": "x\n"], expected: .pass),
        CheckExample("a key file deep down", options: "{paths: ['*.pem'], anyDepth: true}", files: ["conf/server.PEM": "x\n"], expected: .fail),
    ]

    let patterns: PathPatterns

    public var scope: PathScope { .of(patterns) }

    /// The paths it selects, matched by the collector (`FactNeeds.selections`).
    public var needs: FactNeeds { .selection(patterns) }

    public init(options: Options) throws(CheckOptionsError) {
        patterns = try PathPatterns(options)
    }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        let found = patterns.select(in: facts)
        guard !found.isEmpty else { return .pass(patterns.absence) }
        return .fail(found.count == 1 ? "'\(found[0].path.displayName)' should not be in the repository" : "\(found.count) paths should not be in the repository", evidence: found.evidence())
    }
}
