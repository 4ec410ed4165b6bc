import Foundation
import Testing

/// Asks check-jsonschema whether strings are valid `uri` or `uri-reference` values (RFC 3986),
/// the formats the SARIF schema gives its links and locations.
///
/// check-jsonschema checks these formats only when `rfc3986-validator` is installed beside it
/// (Scripts/install-test-tools.sh installs it); without it every string passes. So each call
/// also submits a string that is no URI and fails the test when that one is accepted.
enum URIFormat {
    enum Kind: String {
        case uri
        case uriReference = "uri-reference"
    }

    /// The strings among `values` that check-jsonschema rejects as `kind`, or nil (after an
    /// issue) when the tool is missing or does not check the format at all.
    static func rejected(_ values: [String], as kind: Kind, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String]? {
        guard let checker = ExternalTool.locate("check-jsonschema", installHint: "pip install check-jsonschema rfc3986-validator", sourceLocation: sourceLocation) else { return nil }
        let control = "no uri|at all"
        let schema = #"{"type": "array", "items": {"type": "string", "format": "\#(kind.rawValue)"}}"#
        let document = try JSONSerialization.data(withJSONObject: values + [control])
        let schemaFile = try TemporaryFile(schema, suffix: ".json")
        let documentFile = try TemporaryFile(bytes: Array(document), suffix: ".json")
        defer {
            schemaFile.remove()
            documentFile.remove()
        }
        let output = try checker.run(["--schemafile", schemaFile.url.path, "-o", "json", documentFile.url.path])
        let report = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let errors = report?["errors"] as? [[String: Any]] ?? []
        // Paths look like "$[3]": the index of the rejected string.
        let indices = errors.compactMap { ($0["path"] as? String).flatMap { Int($0.dropFirst(2).dropLast()) } }
        guard indices.contains(values.count) else {
            Issue.record("check-jsonschema accepted '\(control)' as \(kind.rawValue): it does not check the format; install rfc3986-validator (\(output.stdout)\(output.stderr))", sourceLocation: sourceLocation)
            return nil
        }
        return indices.filter { $0 < values.count }.map { values[$0] }
    }
}
