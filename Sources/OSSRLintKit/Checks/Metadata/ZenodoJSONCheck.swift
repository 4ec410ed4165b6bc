import Foundation
import GitKit

/// Checks `.zenodo.json`: valid JSON with title, creators and description, a known
/// access_right, a licence for open or embargoed records, an ISO publication_date; and, when
/// codemeta.json exists too, that the two agree (the upload takes .zenodo.json and ignores
/// codemeta.json).
///
/// ```yaml
/// check: zenodo-json
/// ```
public struct ZenodoJSONCheck: CheckKind {
    public struct Options: Decodable, Sendable {}

    public static let id = "zenodo-json"
    public static let summary = ".zenodo.json is complete and valid for a Zenodo upload."
    public static let optionsHelp: [OptionHelp] = []
    static let valid = """
        {"title": "Tool", "upload_type": "software", "description": "A tool.", "access_right": "open",
         "license": "mit", "publication_date": "2024-05-01", "creators": [{"name": "Lovelace, Ada"}]}
        """
    static let codeMeta = """
        {"@context": "https://w3id.org/codemeta/3.0", "name": "Tool", "description": "A tool.", "version": "1.1.0",
         "license": "https://spdx.org/licenses/MIT", "author": [{"@type": "Person", "givenName": "Ada", "familyName": "Lovelace"}]}
        """
    public static let examples = [
        CheckExample("a valid .zenodo.json", files: [".zenodo.json": valid], expected: .pass),
        CheckExample("an unknown access right", files: [".zenodo.json": valid.replacingOccurrences(of: "\"open\"", with: "\"public\"")], expected: .fail),
        CheckExample("beside the codemeta.json it was generated from", files: [".zenodo.json": valid, "codemeta.json": codeMeta], expected: .pass),
        CheckExample("beside a codemeta.json with another version", files: [".zenodo.json": valid.replacingOccurrences(of: "\"open\",", with: "\"open\", \"version\": \"1.0.0\","), "codemeta.json": codeMeta], expected: .fail),
        CheckExample("a licence object and no upload_type", files: [".zenodo.json": valid.replacingOccurrences(of: "\"mit\"", with: "{\"id\": \"MIT\"}").replacingOccurrences(of: "\"upload_type\": \"software\", ", with: "")], expected: .pass),
        CheckExample("no .zenodo.json", files: ["README.md": "x\n"], expected: .notApplicable),
    ]

    public init(options: Options) {}

    public var needs: FactNeeds { MetadataFileCheck.need(".zenodo.json").union(MetadataFileCheck.need("codemeta.json")) }

    public var scope: PathScope { .root }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        guard let entry = MetadataFileCheck.entry(".zenodo.json", in: facts) else { return .notApplicable("there is no .zenodo.json") }
        let data: Data
        do { data = try facts.data(of: entry) } catch { return error.outcome }
        var codeMeta: Data?
        if let entry = MetadataFileCheck.entry("codemeta.json", in: facts) {
            do { codeMeta = try facts.data(of: entry) } catch { return error.outcome }
        }
        let findings = ZenodoMetadataValidator().validate(data, codeMeta: codeMeta)
        return MetadataFileCheck.outcome(findings, file: ".zenodo.json", passMessage: ".zenodo.json is ready for upload", failSubject: ".zenodo.json")
    }
}
