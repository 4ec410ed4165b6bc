import Foundation

/// Checks a `.zenodo.json`, the file Zenodo's GitHub/GitLab integrations and the OSSR upload
/// read for a deposit's metadata. Rule id: `zenodo-json-valid`.
public struct ZenodoMetadataValidator: Sendable {
    public static let ruleID = "zenodo-json-valid"
    /// Zenodo's `access_right` values.
    public static let accessRights = ["open", "embargoed", "restricted", "closed"]
    /// Zenodo's `upload_type` values.
    public static let uploadTypes = ["publication", "poster", "presentation", "dataset", "image", "video", "software", "lesson", "physicalobject", "other"]

    /// The path findings name.
    public var path: String

    public init(path: String = ".zenodo.json") {
        self.path = path
    }

    /// Findings for a .zenodo.json; `codeMeta` is the repository's codemeta.json, if any: the
    /// upload takes .zenodo.json and ignores it, so the two must agree.
    public func validate(_ data: Data, codeMeta: Data? = nil) -> [MetadataFinding] {
        var findings: [MetadataFinding] = []
        func report(_ severity: Severity, _ message: String, at position: SourcePosition?) {
            findings.append(MetadataFinding(rule: Self.ruleID, severity: severity, message: message, path: path, at: position))
        }
        let root: PositionedValue
        switch JSONSyntaxCheck.read(data) {
        case let .invalid(message, position):
            report(.error, "invalid JSON: \(message)", at: position)
            return findings
        case let .parsed(result):
            root = result.value
        }
        guard case .object = root.kind else {
            report(.error, "the top-level value is \(root.typeNameWithArticle), expected an object", at: root.position)
            return findings
        }
        if let codeMeta {
            for difference in ZenodoCodeMetaAgreement.disagreements(deposit: root, codeMeta: codeMeta) {
                report(.warning, "'\(difference.field)' is '\(difference.deposit)' but codemeta.json gives '\(difference.codeMeta)'; the upload takes .zenodo.json and ignores codemeta.json, so regenerate it ('ossrlint codemeta to-zenodo') or make them agree",
                       at: difference.position)
            }
        }
        // `upload_type` is not among them: the GitHub–Zenodo integration and eossr's upload
        // make the deposit 'software' when it is absent.
        for key in ["title", "creators", "description"] {
            guard let value = root[key] else {
                report(.error, "required key '\(key)' is missing", at: root.position)
                continue
            }
            if value.isEmpty { report(.error, "required key '\(key)' is empty", at: value.position) }
        }
        if let type = root["upload_type"], let text = type.string, !text.isEmpty, !Self.uploadTypes.contains(text) {
            report(.error, "'upload_type' '\(text)' is not one of \(Self.uploadTypes.map { "'\($0)'" }.joined(separator: ", "))", at: type.position)
        }
        var access = "open"
        if let value = root["access_right"] {
            if let text = value.string, Self.accessRights.contains(text) {
                access = text
            } else {
                report(.error, "'access_right' '\(value.scalarText ?? value.typeName)' is not one of 'open', 'embargoed', 'restricted', 'closed'", at: value.position)
                access = ""
            }
        }
        if access == "open" || access == "embargoed" {
            let license = root["license"]
            if license?.isEmpty ?? true {
                let note = root["access_right"] == nil ? " (access is 'open' when 'access_right' is absent)" : ""
                report(.error, "'\(access)' access needs a 'license' id such as 'mit'\(note)", at: license?.position ?? root.position)
            } else if let license, license.string == nil {
                // Zenodo's loader takes the id as a string or as an object with an `id` string.
                if case .object = license.kind {
                    if license["id"]?.string.map({ !$0.isEmpty }) != true {
                        report(.error, "'license' as an object needs an 'id' string such as 'mit'", at: license.position)
                    }
                } else {
                    report(.error, "'license' must be a licence id such as 'mit' (a string, or an object with an 'id'), found \(license.typeNameWithArticle)", at: license.position)
                }
            }
        }
        if access == "embargoed" {
            let date = root["embargo_date"]
            if !(date?.string.map(MetadataFormats.isISODate) ?? false) {
                report(.error, "'embargoed' access needs an 'embargo_date' as YYYY-MM-DD", at: date?.position ?? root.position)
            }
        }
        if let date = root["publication_date"], let text = date.scalarText, !MetadataFormats.isISODate(text) {
            report(.error, "'publication_date' '\(text)' is not an ISO 8601 date; write it as YYYY-MM-DD", at: date.position)
        }
        for key in ["creators", "contributors"] {
            for person in root[key]?.elements ?? [] {
                guard case .object = person.kind else {
                    report(.error, "each of '\(key)' must be an object with a 'name', found \(person.typeNameWithArticle)", at: person.position)
                    continue
                }
                if person["name"]?.isEmpty ?? true {
                    report(.error, "a '\(key)' entry has no 'name' (write 'Family, Given')", at: person.position)
                }
                if key == "contributors", person["type"]?.isEmpty ?? true {
                    report(.error, "a 'contributors' entry has no 'type' (such as 'ContactPerson')", at: person.position)
                }
                if let orcid = person["orcid"], let text = orcid.string, let problem = MetadataFormats.orcidProblem(text) {
                    report(.error, "ORCID '\(text)' \(problem == .checksum ? "has a wrong check digit" : "is not an ORCID iD like '0000-0002-1825-0097'")", at: orcid.position)
                }
            }
        }
        return findings
    }
}
