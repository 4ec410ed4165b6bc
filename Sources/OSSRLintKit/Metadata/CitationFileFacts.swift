import Foundation

/// What a CITATION.cff says about the software's title, authors and contacts, for ``CodeMetaDraft``.
///
/// Persons keep CFF's split (`given-names`; `name-particle` + `family-names`), their ORCID and
/// affiliation; entities (`name` only) are organisations.
struct CitationFileFacts: Sendable, Hashable {
    var title: String?
    var authors: [ProjectFacts.Author]
    /// The `contact` persons: whom to write to about the software, its maintainers.
    var contacts: [ProjectFacts.Author]

    /// The facts of a CITATION.cff; nil when it is not a readable YAML mapping.
    init?(_ data: Data) {
        guard let root = try? YAMLPositionedReader.read(data), case .object = root.kind else { return nil }
        title = root["title"]?.string.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        authors = (root["authors"]?.elements ?? []).compactMap(Self.author)
        contacts = (root["contact"]?.elements ?? []).compactMap(Self.author)
    }

    private static func author(_ value: PositionedValue) -> ProjectFacts.Author? {
        func text(_ key: String) -> String? {
            value[key]?.scalarText.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let given = text("given-names")
        let family = [text("name-particle"), text("family-names")].compactMap { $0 }.joined(separator: " ")
        let orcid = text("orcid")
        let affiliation = text("affiliation")
        if !family.isEmpty || given != nil {
            let whole = [given, family.isEmpty ? nil : family, text("name-suffix")].compactMap { $0 }.joined(separator: " ")
            return ProjectFacts.Author(name: whole, email: text("email"), commitCount: 0, givenName: given,
                                       familyName: family.isEmpty ? nil : family, orcid: orcid, affiliation: affiliation)
        }
        guard let entity = text("name") else { return nil }
        return ProjectFacts.Author(name: entity, email: text("email"), commitCount: 0, orcid: orcid, affiliation: affiliation, isOrganization: true)
    }
}
