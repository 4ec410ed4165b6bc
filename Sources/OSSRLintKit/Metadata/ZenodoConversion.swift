import Foundation

/// Converts a codemeta.json into a `.zenodo.json` the way the OSSR upload does: creators from
/// the authors ("Family, Given", affiliation, ORCID), contributors typed by the crosswalk's
/// Zenodo contributor types (maintainer → ContactPerson, copyrightHolder → RightsHolder …),
/// title from `name`, `version` from `softwareVersion` (else `version`), `publication_date`
/// from `datePublished`, `license` as the lower-cased SPDX id, keywords, and optionally the
/// ESCAPE community and grants. Output is deterministic: sorted keys, pretty printed, one
/// trailing newline.
public enum ZenodoConversion {
    /// Extras the codemeta.json does not carry.
    public struct Options: Sendable, Hashable {
        /// Adds `{"identifier": "escape2020"}` to `communities`.
        public var includeEscapeCommunity: Bool
        /// Zenodo grant ids, such as `10.13039/501100000780::824064` (ESCAPE).
        public var grants: [String]

        public init(includeEscapeCommunity: Bool = false, grants: [String] = []) {
            self.includeEscapeCommunity = includeEscapeCommunity
            self.grants = grants
        }
    }

    /// Why a codemeta.json could not be converted.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        public var message: String
        public var line: Int?
        public var column: Int?

        public init(message: String, line: Int? = nil, column: Int? = nil) {
            self.message = message
            self.line = line
            self.column = column
        }

        public var description: String { ["codemeta.json", line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":") + ": " + message }
    }

    /// The ESCAPE community on Zenodo.
    public static let escapeCommunity = "escape2020"

    /// The `.zenodo.json` text for a codemeta.json.
    public static func zenodoJSON(fromCodeMeta data: Data, options: Options = Options()) throws(Failure) -> String {
        let root: PositionedValue
        switch JSONSyntaxCheck.read(data) {
        case let .invalid(message, position):
            throw Failure(message: "invalid JSON: \(message)", line: position?.line, column: position?.column)
        case let .parsed(result):
            root = result.value
        }
        guard case .object = root.kind else { throw Failure(message: "the top-level value is \(root.typeNameWithArticle), expected an object", line: 1, column: 1) }
        var deposit = deposit(fromCodeMeta: root)
        if options.includeEscapeCommunity { deposit.communities = [.init(identifier: escapeCommunity)] }
        if !options.grants.isEmpty { deposit.grants = options.grants.map { .init(id: $0) } }

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(deposit), as: UTF8.self) + "\n"
        } catch {
            throw Failure(message: "could not encode the deposit: \(error)")
        }
    }

    /// The deposit a codemeta.json object says: what `zenodoJSON` writes, as a value.
    static func deposit(fromCodeMeta root: PositionedValue) -> ZenodoDeposit {
        var deposit = ZenodoDeposit()
        deposit.title = root["name"]?.string
        deposit.description = root["description"]?.string
        deposit.version = root["softwareVersion"]?.scalarText ?? root["version"]?.scalarText
        deposit.publicationDate = root["datePublished"]?.string
        deposit.license = root["license"].flatMap(licenseID)
        deposit.keywords = keywords(root["keywords"])
        for key in ["author", "creator"] {
            for agent in root[key]?.asList ?? [] {
                guard let name = displayName(agent) else { continue }
                let creator = ZenodoDeposit.Creator(name: name, affiliation: affiliation(agent), orcid: orcid(agent))
                if !deposit.creators.contains(creator) { deposit.creators.append(creator) }
            }
        }
        var contributors: [ZenodoDeposit.Contributor] = []
        for row in CodeMetaCrosswalk.rows where row.zenodo == "contributors" && !row.zenodoContributorType.isEmpty {
            let keys = Set([row.codeMeta2, row.codeMeta3].filter { !$0.isEmpty })
            for key in keys.sorted() {
                for agent in root[key]?.asList ?? [] {
                    guard let name = displayName(agent) else { continue }
                    let contributor = ZenodoDeposit.Contributor(name: name, type: row.zenodoContributorType, affiliation: affiliation(agent), orcid: orcid(agent))
                    if !contributors.contains(contributor) { contributors.append(contributor) }
                }
            }
        }
        deposit.contributors = contributors.isEmpty ? nil : contributors
        return deposit
    }

    // MARK: Field mapping

    /// "Family, Given" for a Person with both parts, else its `name`; an Organization's `name`;
    /// a plain string as it is.
    static func displayName(_ agent: PositionedValue) -> String? {
        if let text = agent.string { return text.isEmpty ? nil : text }
        let given = agent["givenName"]?.string ?? "", family = agent["familyName"]?.string ?? ""
        if !family.isEmpty { return given.isEmpty ? family : "\(family), \(given)" }
        return agent["name"]?.string.flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func affiliation(_ agent: PositionedValue) -> String? {
        let names = (agent["affiliation"]?.asList ?? []).compactMap { $0.string ?? $0["name"]?.string }.filter { !$0.isEmpty }
        return names.isEmpty ? nil : names.joined(separator: "; ")
    }

    /// The bare ORCID iD from an `@id` or `identifier` that is an orcid.org URL.
    private static func orcid(_ agent: PositionedValue) -> String? {
        for key in ["@id", "identifier"] {
            guard let text = agent[key]?.string, text.lowercased().contains("orcid.org/") else { continue }
            return text.split(separator: "/").last.map(String.init)
        }
        return nil
    }

    /// `https://spdx.org/licenses/BSD-3-Clause` (or a bare id) → `bsd-3-clause`; the first of a list.
    static func licenseID(_ license: PositionedValue) -> String? {
        guard let first = license.asList.first, let text = first.string ?? first["url"]?.string ?? first["@id"]?.string else { return nil }
        var id = text.split(separator: "/").last.map(String.init) ?? text
        if id.hasSuffix(".html") { id.removeLast(5) }
        if id.hasSuffix(".json") { id.removeLast(5) }
        return id.isEmpty ? nil : id.lowercased()
    }

    private static func keywords(_ value: PositionedValue?) -> [String]? {
        guard let value else { return nil }
        let words: [String] = if let text = value.string {
            text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            (value.elements ?? []).compactMap(\.string)
        }
        let kept = words.filter { !$0.isEmpty }
        return kept.isEmpty ? nil : kept
    }
}
