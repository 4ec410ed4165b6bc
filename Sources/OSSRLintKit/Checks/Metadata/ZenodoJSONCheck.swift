import Foundation
import GitKit

/// Checks `.zenodo.json`: valid JSON with title, upload_type, creators and description, a known
/// access_right, a licence for open or embargoed records, an ISO publication_date; and warns
/// when codemeta.json exists too (the upload takes .zenodo.json and ignores codemeta.json).
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
    public static let examples = [
        CheckExample("a valid .zenodo.json", files: [".zenodo.json": valid], expected: .pass),
        CheckExample("an unknown access right", files: [".zenodo.json": valid.replacingOccurrences(of: "\"open\"", with: "\"public\"")], expected: .fail),
        CheckExample("beside a codemeta.json", files: [".zenodo.json": valid, "codemeta.json": "{}"], expected: .fail),
        CheckExample("no .zenodo.json", files: ["README.md": "x\n"], expected: .notApplicable),
    ]

    public init(options: Options) {}

    public var needs: FactNeeds { MetadataFileCheck.need(".zenodo.json") }

    public var scope: PathScope { .root }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        guard let entry = MetadataFileCheck.entry(".zenodo.json", in: facts) else { return .notApplicable("there is no .zenodo.json") }
        let data: Data
        do { data = try facts.data(of: entry) } catch { return error.outcome }
        let hasCodeMeta = MetadataFileCheck.entry("codemeta.json", in: facts) != nil
        let findings = ZenodoMetadataValidator().validate(data, codeMetaPresent: hasCodeMeta)
        return MetadataFileCheck.outcome(findings, file: ".zenodo.json", passMessage: ".zenodo.json is ready for upload", failSubject: ".zenodo.json")
    }
}
