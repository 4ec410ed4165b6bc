import GitKit

/// Passes when every selected file is valid JSON; a syntax error is reported at its line.
///
/// ```yaml
/// check: json-valid
/// options: { paths: ["codemeta.json", ".zenodo.json"] }
/// ```
public struct JSONValidCheck: CheckKind {
    public typealias Options = PathExistsCheck.Options

    public static let id = "json-valid"
    public static let summary = "Every selected file parses as JSON."
    public static let optionsHelp = PathExistsCheck.optionsHelp
    public static let examples = [
        CheckExample("valid JSON", options: "{paths: ['*.json']}", files: ["a.json": "{\"a\": 1}\n"], expected: .pass),
        CheckExample("a trailing comma", options: "{paths: ['*.json']}", files: ["a.json": "{\"a\": 1,}\n"], expected: .fail),
        CheckExample("a comment", options: "{paths: ['*.json']}", files: ["a.json": "// settings\n{}\n"], expected: .fail),
        CheckExample("no JSON file", options: "{paths: ['*.json']}", files: ["a.txt": "x\n"], expected: .notApplicable),
    ]

    let patterns: PathPatterns

    public init(options: Options) throws(CheckOptionsError) {
        patterns = try PathPatterns(options)
    }

    public var needs: FactNeeds { .files(patterns, limit: SyntaxValidation.limit) }

    public var scope: PathScope { .of(patterns) }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        SyntaxValidation.evaluate(patterns, in: facts, language: "JSON") { entry throws(FileContentProblem) in
            // Strict RFC 8259 reading: Foundation alone accepts trailing commas on Linux.
            guard case .invalid(let message, let position) = JSONSyntaxCheck.read(try facts.data(of: entry)) else { return nil }
            return .path(entry.path.displayName, message, line: position?.line, column: position?.column)
        }
    }
}
