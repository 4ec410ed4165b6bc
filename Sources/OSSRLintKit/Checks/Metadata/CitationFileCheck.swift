import Foundation

/// Checks `CITATION.cff` against the Citation File Format 1.2.0 schema: required keys, types,
/// enums, date/DOI/ORCID/URL formats, authors as persons or entities.
///
/// ```yaml
/// check: citation-cff
/// ```
public struct CitationFileCheck: CheckKind {
    public struct Options: Decodable, Sendable {}

    public static let id = "citation-cff"
    public static let summary = "CITATION.cff is valid Citation File Format 1.2.0."
    public static let optionsHelp: [OptionHelp] = []
    static let valid = """
        cff-version: 1.2.0
        message: If you use this software, please cite it as below.
        title: Tool
        authors:
          - family-names: Lovelace
            given-names: Ada
        """
    public static let examples = [
        CheckExample("a valid citation file", files: ["CITATION.cff": valid], expected: .pass),
        CheckExample("no authors", files: ["CITATION.cff": "cff-version: 1.2.0\nmessage: cite\ntitle: Tool\n"], expected: .fail),
        CheckExample("no citation file", files: ["README.md": "x\n"], expected: .notApplicable),
    ]

    public init(options: Options) {}

    public var needs: FactNeeds { MetadataFileCheck.need("CITATION.cff", asYAML: true) }

    public var scope: PathScope { .root }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        guard let entry = MetadataFileCheck.entry("CITATION.cff", in: facts) else { return .notApplicable("there is no CITATION.cff") }
        let document: YAMLDocument
        do { document = try facts.yamlDocument(of: entry) } catch { return error.outcome }
        return MetadataFileCheck.outcome(CitationFileValidator().validate(document: document), file: "CITATION.cff", passMessage: "CITATION.cff is valid CFF 1.2.0", failSubject: "CITATION.cff")
    }
}
