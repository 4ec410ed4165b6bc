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
            var findings: [MetadataFinding] = []
            var violations = evaluator.validate(value)
            // Another version's file breaks this schema in many places; the version is the
            // cause, so it comes first in words a person knows, and the rest as consequences.
            if let version = value["cff-version"], let text = version.string, text != Self.schemaVersion {
                findings.append(finding("cff-version \(text) is not supported by this schema (\(Self.schemaVersion)); the problems that follow are read against \(Self.schemaVersion) and may only be differences between the versions — write 'cff-version: \(Self.schemaVersion)' if the file follows it", at: version.position))
                violations.removeAll { $0.path == "cff-version" }
            }
            return findings + violations.map { violation in
                let subject = violation.path.isEmpty ? "" : "'\(violation.path)' "
                let message = violation.path.isEmpty || violation.message.hasPrefix("key ") ? violation.message : subject + violation.message
                return finding(message, at: violation.position)
            }
        }
    }

    /// The Citation File Format version the bundled schema describes.
    static let schemaVersion = "1.2.0"

    private func finding(_ message: String, at position: SourcePosition?) -> MetadataFinding {
        MetadataFinding(rule: Self.ruleID, severity: .error, message: message, path: path, at: position)
    }
}
