/// The `.zenodo.json` document ``ZenodoConversion`` writes: Zenodo's deposit metadata.
struct ZenodoDeposit: Encodable, Sendable {
    struct Creator: Encodable, Sendable, Hashable {
        var name: String
        var affiliation: String?
        var orcid: String?
    }

    struct Contributor: Encodable, Sendable, Hashable {
        var name: String
        var type: String
        var affiliation: String?
        var orcid: String?
    }

    struct Community: Encodable, Sendable {
        var identifier: String
    }

    struct Grant: Encodable, Sendable, Hashable {
        var id: String
    }

    /// A link to another resource; eossr writes the repository and the README as URLs.
    struct RelatedIdentifier: Encodable, Sendable, Hashable {
        var identifier: String
        var relation: String
        var resourceType: String
        var scheme = "url"

        enum CodingKeys: String, CodingKey {
            case identifier, relation, scheme
            case resourceType = "resource_type"
        }
    }

    var uploadType = "software"
    var accessRight = "open"
    var title: String?
    var description: String?
    var version: String?
    var publicationDate: String?
    var license: String?
    var keywords: [String]?
    var creators: [Creator] = []
    var contributors: [Contributor]?
    var communities: [Community]?
    var grants: [Grant]?
    var relatedIdentifiers: [RelatedIdentifier]?
    var references: [String]?

    enum CodingKeys: String, CodingKey {
        case uploadType = "upload_type"
        case accessRight = "access_right"
        case title, description, version
        case publicationDate = "publication_date"
        case license, keywords, creators, contributors, communities, grants, references
        case relatedIdentifiers = "related_identifiers"
    }
}
