/// The codemeta.json document ``CodeMetaDraft`` writes (CodeMeta 3.0 keys).
struct CodeMetaDocument: Encodable, Sendable {
    struct Agent: Encodable, Sendable {
        var type: String
        var id: String?
        var name: String?
        var givenName: String?
        var familyName: String?
        var email: String?
        var affiliation: Affiliation?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case id = "@id"
            case name, givenName, familyName, email, affiliation
        }
    }

    /// The organisation a person works for.
    struct Affiliation: Encodable, Sendable {
        var type = "Organization"
        var name: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name
        }
    }

    /// A string or a list of strings, as CodeMeta allows for `license`.
    enum OneOrMany: Encodable, Sendable {
        case one(String)
        case many([String])

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .one(text): try container.encode(text)
            case let .many(texts): try container.encode(texts)
            }
        }
    }

    var context = CodeMetaVersion.v3.contextURL
    var type = "SoftwareSourceCode"
    var name: String
    var description: String
    var softwareVersion: String
    var version: String
    var datePublished: String
    var license: OneOrMany
    var readme: String
    var author: [Agent]
    var maintainer: Agent
    var codeRepository: String
    var issueTracker: String
    var releaseNotes: String
    var programmingLanguage: [String]?
    var keywords: [String]
    var identifier: String
    var funding: String
    var funder: Agent
    var copyrightHolder: Agent
    var memoryRequirements: String
    var processorRequirements: String
    var storageRequirements: String

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type = "@type"
        case name, description, softwareVersion, version, datePublished, license, readme, author, maintainer
        case codeRepository, issueTracker, releaseNotes, programmingLanguage, keywords, identifier, funding, funder
        case copyrightHolder, memoryRequirements, processorRequirements, storageRequirements
    }
}
