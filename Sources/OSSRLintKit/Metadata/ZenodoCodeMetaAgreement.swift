import Foundation

/// Whether a `.zenodo.json` says what the repository's codemeta.json says, field by field.
///
/// Keeping both is the usual codemeta2zenodo workflow (codemeta.json is the source, the
/// deposit file is generated from it), so both existing is no finding; a deposit that has
/// drifted from its source is, since the upload takes `.zenodo.json` and ignores codemeta.json.
/// The fields compared are those `ossrlint codemeta to-zenodo` derives and a person would
/// notice on the Zenodo record: title, version, licence, creators and description.
enum ZenodoCodeMetaAgreement {
    struct Disagreement: Equatable {
        var field: String
        var deposit: String
        var codeMeta: String
        var position: SourcePosition?
    }

    /// The fields on which `deposit` (a parsed .zenodo.json) and the deposit made from
    /// `codeMeta` differ; empty when codemeta.json is not a JSON object (its own rules say why).
    static func disagreements(deposit: PositionedValue, codeMeta: Data) -> [Disagreement] {
        guard case let .parsed(result) = JSONSyntaxCheck.read(codeMeta), case .object = result.value.kind else { return [] }
        let expected = ZenodoConversion.deposit(fromCodeMeta: result.value)
        var found: [Disagreement] = []
        // A field either side leaves out cannot disagree: Zenodo fills an absent version from
        // the release tag, and the required keys have their own findings.
        func compare(_ field: String, _ want: String?, _ have: (PositionedValue) -> String?) {
            guard let want, let value = deposit[field], let have = have(value), have != want else { return }
            found.append(Disagreement(field: field, deposit: have, codeMeta: want, position: value.position))
        }
        compare("title", expected.title.map(collapsed)) { $0.string.map(collapsed) }
        compare("version", expected.version) { $0.scalarText }
        // Several licences become 'other-open' in a converted deposit; a hand-written one that
        // names one of them is a choice, not drift.
        let licence = expected.license.flatMap { $0 == "other-open" || $0 == "other-closed" ? nil : $0.lowercased() }
        compare("license", licence) { licence in (licence.string ?? licence["id"]?.string)?.lowercased() }
        let creators = expected.creators.map { collapsed($0.name) }.sorted().joined(separator: "; ")
        compare("creators", creators.isEmpty ? nil : creators) { value in
            let names = value.asList.compactMap { $0["name"]?.string.map(collapsed) }
            return names.isEmpty ? nil : names.sorted().joined(separator: "; ")
        }
        compare("description", expected.description.map(collapsed)) { $0.string.map(collapsed) }
        return found
    }

    /// Whitespace runs as one space, trimmed: a re-wrapped description says the same.
    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
