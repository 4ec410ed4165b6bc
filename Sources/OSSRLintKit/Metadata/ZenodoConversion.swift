import Foundation

/// Converts a codemeta.json into a `.zenodo.json` the way the OSSR upload (eossr's
/// `codemeta2zenodo`) does, and refuses what that upload would refuse.
///
/// Mapping, following eossr's crosswalk: `author`/`creator` → `creators` ("Family, Given",
/// affiliation, ORCID); the keys the crosswalk sends to `contributors` with their Zenodo
/// contributor type (maintainer → ContactPerson, copyrightHolder → RightsHolder, funder →
/// Sponsor …); `codeRepository` → a `related_identifiers` entry `isDerivedFrom` (software);
/// `readme` → `isDocumentedBy` (publication-softwaredocumentation); `funding` → `grants`;
/// `citation` → `references`; `name` → title; `softwareVersion`/`version` → version;
/// `datePublished` → publication_date; `license` → the lower-cased SPDX id; keywords.
/// Lists keep the codemeta.json's order, as eossr's do. Output is deterministic: sorted keys,
/// pretty printed, one trailing newline.
///
/// A file with an error-level ``CodeMetaValidator`` finding, or any `TODO:` placeholder, is
/// refused; what the deposit leaves out (keys Zenodo has no field for, free-text funding) is
/// returned as warnings.
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

    /// A deposit and what it left out of the codemeta.json.
    public struct Converted: Sendable, Hashable {
        /// The `.zenodo.json` text.
        public var json: String
        /// Values of the codemeta.json that are not in the deposit, each at its position.
        public var warnings: [MetadataFinding]
    }

    /// Why a codemeta.json cannot become a deposit: every problem, each at its position.
    public struct Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        public var findings: [MetadataFinding]

        public var description: String { findings.map(\.description).joined(separator: "\n") }
    }

    /// The ESCAPE community on Zenodo.
    public static let escapeCommunity = "escape2020"

    /// The deposit for a codemeta.json named `path` in messages, or every reason it has none.
    public static func convert(_ data: Data, path: String = "codemeta.json", options: Options = Options()) throws(Refusal) -> Converted {
        let validator = CodeMetaValidator(path: path, knownLicenseIDs: CodeMetaCheck.knownLicenceIDs)
        var problems = validator.validate(data).filter { $0.severity == .error }
        guard case let .parsed(result) = JSONSyntaxCheck.read(data), case .object = result.value.kind else { throw Refusal(findings: problems) }
        let root = result.value
        // The validator reports placeholders of recommended keys as warnings (a draft may keep
        // them while it is being filled in); in a deposit they would be published, so here every
        // placeholder is an error.
        let reported = Set(problems.map { "\($0.line ?? 0):\($0.column ?? 0)" })
        for (keyPath, value) in placeholders(in: root) where !reported.contains("\(value.position.line):\(value.position.column)") {
            problems.append(MetadataFinding(rule: "codemeta-zenodo-ready", severity: .error,
                                            message: "'\(keyPath)' still holds the placeholder '\(value.string ?? "")', which would be published in the deposit",
                                            path: path, at: value.position))
        }
        problems += shapeProblems(root, path: path)
        guard problems.isEmpty else { throw Refusal(findings: sortedByPosition(problems)) }

        var deposit = deposit(fromCodeMeta: root)
        var warnings = leftOut(root, path: path)
        var grants = deposit.grants ?? []
        for grant in options.grants where !grants.contains(.init(id: grant)) { grants.append(.init(id: grant)) }
        deposit.grants = grants.isEmpty ? nil : grants
        if options.includeEscapeCommunity { deposit.communities = [.init(identifier: escapeCommunity)] }
        warnings = sortedByPosition(warnings)

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, arrays and structs cannot fail; an empty object is never written.
        let json = (try? encoder.encode(deposit)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return Converted(json: json + "\n", warnings: warnings)
    }

    /// The `.zenodo.json` text for a codemeta.json, or the refusal.
    public static func zenodoJSON(fromCodeMeta data: Data, options: Options = Options()) throws(Refusal) -> String {
        try convert(data, options: options).json
    }

    /// The deposit a codemeta.json object says, without judging it: what `convert` writes for
    /// a file it accepts, as a value.
    static func deposit(fromCodeMeta root: PositionedValue) -> ZenodoDeposit {
        var deposit = ZenodoDeposit()
        deposit.title = root["name"]?.string
        deposit.description = root["description"]?.string
        deposit.version = root["softwareVersion"]?.scalarText ?? root["version"]?.scalarText
        deposit.publicationDate = root["datePublished"]?.string
        deposit.license = root["license"].flatMap(licenseID)
        deposit.keywords = keywords(root["keywords"])
        let version = CodeMetaValidator.declaredVersion(of: root) ?? .v3
        var contributors: [ZenodoDeposit.Contributor] = []
        var related: [ZenodoDeposit.RelatedIdentifier] = []
        var grants: [ZenodoDeposit.Grant] = []
        var references: [String] = []
        // eossr walks the codemeta.json's keys in the order they are written and appends to
        // each Zenodo list, so creators, contributors and related identifiers keep that order.
        for member in root.members {
            guard let row = CodeMetaCrosswalk.row(forKey: member.key, in: version) else { continue }
            switch row.zenodo {
            case "creators":
                for agent in member.value.asList {
                    guard let name = displayName(agent) else { continue }
                    let creator = ZenodoDeposit.Creator(name: name, affiliation: affiliation(agent), orcid: orcid(agent))
                    if !deposit.creators.contains(creator) { deposit.creators.append(creator) }
                }
            case "contributors" where !row.zenodoContributorType.isEmpty:
                for agent in member.value.asList {
                    guard let name = displayName(agent) else { continue }
                    let contributor = ZenodoDeposit.Contributor(name: name, type: row.zenodoContributorType, affiliation: affiliation(agent), orcid: orcid(agent))
                    if !contributors.contains(contributor) { contributors.append(contributor) }
                }
            case "related_identifiers":
                for link in member.value.asList {
                    guard let url = link.string?.trimmingCharacters(in: .whitespaces), !url.isEmpty else { continue }
                    let identifier: ZenodoDeposit.RelatedIdentifier = member.key == "readme"
                        ? .init(identifier: url, relation: "isDocumentedBy", resourceType: "publication-softwaredocumentation")
                        : .init(identifier: url, relation: "isDerivedFrom", resourceType: "software")
                    if !related.contains(identifier) { related.append(identifier) }
                }
            case "grants":
                for grant in member.value.asList.compactMap(\.string).compactMap(grantID) where !grants.contains(.init(id: grant)) {
                    grants.append(.init(id: grant))
                }
            case "references":
                for reference in member.value.asList.compactMap(\.string) where !references.contains(reference) {
                    references.append(reference)
                }
            default:
                break
            }
        }
        deposit.contributors = contributors.isEmpty ? nil : contributors
        deposit.relatedIdentifiers = related.isEmpty ? nil : related
        deposit.grants = grants.isEmpty ? nil : grants
        deposit.references = references.isEmpty ? nil : references
        return deposit
    }

    // MARK: What the deposit leaves out

    /// Keys the crosswalk gives no Zenodo field, `applicationCategory` (whose community eossr
    /// looks up on Zenodo, which an offline tool cannot), and funding that is no grant id.
    private static func leftOut(_ root: PositionedValue, path: String) -> [MetadataFinding] {
        let version = CodeMetaValidator.declaredVersion(of: root) ?? .v3
        var warnings: [MetadataFinding] = []
        func warn(_ message: String, at position: SourcePosition) {
            warnings.append(MetadataFinding(rule: "codemeta-zenodo-ready", severity: .warning, message: message, path: path, at: position))
        }
        for member in root.members where !CodeMetaCrosswalk.keywords.contains(member.key) {
            guard let row = CodeMetaCrosswalk.row(forKey: member.key, in: version) else { continue }
            if row.zenodo.isEmpty {
                warn("'\(member.key)' has no field in a Zenodo deposit and is left out, as the OSSR upload leaves it out", at: member.keyPosition)
            } else if row.zenodo == "communities" {
                warn("'\(member.key)' is left out: the OSSR upload makes it a community only after looking it up on Zenodo, which ossrlint does offline; use --escape-community for ESCAPE", at: member.keyPosition)
            } else if row.zenodo == "grants" {
                for funding in member.value.asList {
                    guard let text = funding.string, grantID(text) == nil, !text.allSatisfy(\.isWhitespace) else { continue }
                    warn("'funding' '\(text)' is not a Zenodo grant id (a grant number such as '824064' or '10.13039/501100000780::824064') and is left out of 'grants'; Zenodo refuses a grant it does not know", at: funding.position)
                }
            }
        }
        return warnings
    }

    /// A Zenodo grant id: an OpenAIRE grant number (`824064`) or `funder DOI::number`.
    static func grantID(_ text: String) -> String? {
        let id = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !id.isEmpty, id.allSatisfy(\.isASCII), id.allSatisfy(\.isNumber) { return id }
        let parts = id.components(separatedBy: "::")
        guard parts.count == 2, parts[0].hasPrefix("10."), parts[0].contains("/"), !parts[1].isEmpty,
              !id.contains(where: \.isWhitespace) else { return nil }
        return id
    }

    // MARK: Refusals beyond the validator's

    /// Values eossr's converters stop on that the codemeta rules let through: a `citation`
    /// that is not a URL (it becomes a Zenodo reference), a `readme` or `funding` that is not a
    /// string, and an affiliation written as a string (eossr reads only Organization objects).
    private static func shapeProblems(_ root: PositionedValue, path: String) -> [MetadataFinding] {
        var problems: [MetadataFinding] = []
        func refuse(_ message: String, at position: SourcePosition) {
            problems.append(MetadataFinding(rule: "codemeta-zenodo-ready", severity: .error, message: message, path: path, at: position))
        }
        func shown(_ value: PositionedValue) -> String { value.scalarText.map { " '\($0)'" } ?? " (\(value.typeNameWithArticle))" }
        for entry in root["citation"]?.asList ?? [] {
            if let text = entry.string, MetadataFormats.isAbsoluteURL(text) { continue }
            refuse("'citation'\(shown(entry)) is not a URL; the OSSR upload sends citations to Zenodo's 'references' as URLs and stops on anything else", at: entry.position)
        }
        for key in ["readme", "funding"] {
            for entry in root[key]?.asList ?? [] where entry.string == nil {
                refuse("'\(key)' is \(entry.typeNameWithArticle); the OSSR upload takes it only as a string and stops on anything else", at: entry.position)
            }
        }
        for member in root.members where CodeMetaValidator.agentKeys.contains(member.key) {
            for agent in member.value.asList {
                for affiliation in agent["affiliation"]?.asList ?? [] where affiliation.string != nil {
                    refuse("'\(member.key)' has the affiliation\(shown(affiliation)) as a string; the OSSR upload takes only {\"@type\": \"Organization\", \"name\": …} and stops on a string", at: affiliation.position)
                }
            }
        }
        return problems
    }

    /// Every placeholder string under `value` with its key path (`author[0].givenName`).
    private static func placeholders(in value: PositionedValue, at keyPath: String = "") -> [(String, PositionedValue)] {
        switch value.kind {
        case let .object(members):
            members.flatMap { placeholders(in: $0.value, at: keyPath.isEmpty ? $0.key : "\(keyPath).\($0.key)") }
        case let .array(elements):
            elements.enumerated().flatMap { placeholders(in: $0.element, at: "\(keyPath)[\($0.offset)]") }
        case let .string(text):
            MetadataFormats.isPlaceholder(text) ? [(keyPath, value)] : []
        default:
            []
        }
    }

    private static func sortedByPosition(_ findings: [MetadataFinding]) -> [MetadataFinding] {
        findings.enumerated().sorted { lhs, rhs in
            (lhs.element.line ?? 0, lhs.element.column ?? 0, lhs.offset) < (rhs.element.line ?? 0, rhs.element.column ?? 0, rhs.offset)
        }.map(\.element)
    }

    // MARK: Field mapping

    /// "Family, Given" for a Person with both parts (the form Zenodo's deposit documentation
    /// asks for), else its `name`; an Organization's `name`; a plain string as it is.
    static func displayName(_ agent: PositionedValue) -> String? {
        if let text = agent.string { return text.isEmpty ? nil : text }
        let given = agent["givenName"]?.string ?? "", family = agent["familyName"]?.string ?? ""
        if !family.isEmpty { return given.isEmpty ? family : "\(family), \(given)" }
        if !given.isEmpty, agent["name"] == nil { return given }
        return agent["name"]?.string.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Affiliations joined with "; ", as eossr joins several.
    private static func affiliation(_ agent: PositionedValue) -> String? {
        let names = (agent["affiliation"]?.asList ?? []).compactMap { $0.string ?? $0["name"]?.string }.filter { !$0.isEmpty }
        return names.isEmpty ? nil : names.joined(separator: "; ")
    }

    /// The bare ORCID iD from `identifier`, else `@id` (eossr's order), when it is one.
    private static func orcid(_ agent: PositionedValue) -> String? {
        let text = agent["identifier"]?.string.flatMap { $0.isEmpty ? nil : $0 } ?? agent["@id"]?.string ?? ""
        let number = text.components(separatedBy: "orcid.org/").last ?? text
        let digits = number.filter { $0 != "-" }
        guard number.count == 19, digits.count == 16, digits.dropLast().allSatisfy(\.isNumber),
              digits.last.map({ $0.isNumber || $0 == "X" }) == true else { return nil }
        return number
    }

    /// `https://spdx.org/licenses/BSD-3-Clause` (or a bare id) → `bsd-3-clause`. Several
    /// licences make one Zenodo licence as eossr's LicenseConverter makes it: `other-open`
    /// when every one is a licence Zenodo knows (SPDX's), else `other-closed`.
    static func licenseID(_ license: PositionedValue) -> String? {
        let ids = license.asList.compactMap { entry -> String? in
            guard let text = entry.string ?? entry["url"]?.string ?? entry["@id"]?.string else { return nil }
            var id = text.split(separator: "/").last.map(String.init) ?? text
            if id.hasSuffix(".html") { id.removeLast(5) }
            if id.hasSuffix(".json") { id.removeLast(5) }
            return id.isEmpty ? nil : id.lowercased()
        }
        guard ids.count > 1 else { return ids.first }
        return ids.allSatisfy { SPDXLicenceFacts.lookup($0) != nil } ? "other-open" : "other-closed"
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
