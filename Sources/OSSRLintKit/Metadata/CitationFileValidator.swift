import Foundation

/// Validates a CITATION.cff against the Citation File Format 1.2.0 JSON Schema, interpreting
/// the schema itself (embedded as generated data) and pointing each error at its YAML node.
/// Rule id: `citation-cff-valid`.
public struct CitationFileValidator: Sendable {
    public static let ruleID = "citation-cff-valid"

    /// The path findings name.
    public var path: String

    public init(path: String = "CITATION.cff") {
        self.path = path
    }

    /// The compiled schema; compiling takes a few milliseconds, so it happens once.
    static let evaluator: Result<JSONSchemaEvaluator, JSONSchemaEvaluator.CompileError> = Result {
        try JSONSchemaEvaluator(schemaJSON: CFFSchemaData.json)
    }.mapError { $0 as? JSONSchemaEvaluator.CompileError ?? JSONSchemaEvaluator.CompileError(message: "\($0)") }

    /// All findings for the file, ordered by position; empty when it is valid.
    public func validate(_ data: Data) -> [MetadataFinding] {
        validate(document: Result { () throws(YAMLPositionedReader.SyntaxError) in try YAMLPositionedReader.read(data) })
    }

    /// All findings for the file already parsed (the collector parses it once for every check).
    func validate(document: YAMLDocument) -> [MetadataFinding] {
        let value: PositionedValue
        switch document {
        case .success(let read?): value = read
        case .success(nil):
            return [finding("the file is empty; CITATION.cff needs 'cff-version', 'message', 'title' and 'authors'", at: SourcePosition(line: 1, column: 1))]
        case .failure(let error):
            return [finding(error.message, at: error.position)]
        }
        switch Self.evaluator {
        case let .failure(error):
            return [MetadataFinding(rule: Self.ruleID, severity: .error, message: "internal error: \(error.message)", path: path)]
        case let .success(evaluator):
            return evaluator.validate(value).map { violation in
                let subject = violation.path.isEmpty ? "" : "'\(violation.path)' "
                let message = violation.path.isEmpty || violation.message.hasPrefix("key ") ? violation.message : subject + violation.message
                return finding(message, at: violation.position)
            }
        }
    }

    private func finding(_ message: String, at position: SourcePosition?) -> MetadataFinding {
        MetadataFinding(rule: Self.ruleID, severity: .error, message: message, path: path, at: position)
    }
}
