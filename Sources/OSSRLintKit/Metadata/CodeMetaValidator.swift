import Foundation

/// Checks a codemeta.json against what the ESCAPE OSSR and its Zenodo upload need.
///
/// Rules, in the order they run (each later rule needs what the earlier ones established):
/// - `codemeta-valid-json`: strict JSON with an object at the top; nothing else runs without it.
/// - `codemeta-context`: `@context` names exactly one CodeMeta version the OSSR accepts (2.0 or
///   3.0), and `@type` is `SoftwareSourceCode`. The version picks the key set for the rest.
/// - `codemeta-required` / `codemeta-recommended`: the crosswalk's required and recommended keys
///   are present and neither empty nor a placeholder (`"TODO: …"`).
/// - `codemeta-known-keys`: every top-level key is in the crosswalk for the declared version,
///   with "did you mean" for typos and a pointer to the other version for version-specific keys.
/// - `codemeta-zenodo-ready`: the values convert into a Zenodo deposit (URLs, dates, persons,
///   versions, ORCID iDs).
public struct CodeMetaValidator: Sendable {
    /// Every rule id this validator reports.
    public static let ruleIDs = [
        "codemeta-valid-json", "codemeta-context", "codemeta-required", "codemeta-recommended",
        "codemeta-known-keys", "codemeta-zenodo-ready",
    ]

    /// The path findings name.
    public var path: String
    /// SPDX licence ids the licence URL must end with; nil checks SPDX id syntax only (the
    /// licence list lives with the licence checks, which pass it in).
    public var knownLicenseIDs: Set<String>?

    public init(path: String = "codemeta.json", knownLicenseIDs: Set<String>? = nil) {
        self.path = path
        self.knownLicenseIDs = knownLicenseIDs
    }

    /// All findings for a codemeta.json, ordered by position.
    public func validate(_ data: Data) -> [MetadataFinding] {
        var run = Run(path: path, knownLicenseIDs: knownLicenseIDs)
        run.check(data)
        return run.findings.enumerated().sorted { lhs, rhs in
            let a = (lhs.element.line ?? 0, lhs.element.column ?? 0, lhs.offset)
            let b = (rhs.element.line ?? 0, rhs.element.column ?? 0, rhs.offset)
            return a < b
        }.map(\.element)
    }

    /// The CodeMeta version a codemeta.json declares, when it declares exactly one.
    public static func declaredVersion(of data: Data) -> CodeMetaVersion? {
        guard case let .parsed(result) = JSONSyntaxCheck.read(data) else { return nil }
        return declaredVersion(of: result.value)
    }

    static func declaredVersion(of root: PositionedValue) -> CodeMetaVersion? {
        guard let context = root["@context"] else { return nil }
        let versions = Set(Run.contextVersions(context).map(\.version))
        return versions.count == 1 ? versions.first : nil
    }

    /// Keys whose values are persons or organisations, and how Zenodo receives them.
    /// URL schemes a code repository is reached by, including pip's VCS forms
    /// (`git+https://…`), which packaging metadata copied into codemeta.json often has.
    static let repositorySchemes: Set<String> = ["http", "https", "git", "ssh", "svn", "git+https", "git+http", "git+ssh", "hg+https", "svn+https"]

    static let agentKeys: Set<String> = [
        "author", "creator", "contributor", "maintainer", "copyrightHolder", "funder", "producer",
        "provider", "publisher", "sponsor", "editor",
    ]

    private struct Run {
        let path: String
        let knownLicenseIDs: Set<String>?
        var findings: [MetadataFinding] = []

        mutating func report(_ rule: String, _ severity: Severity, _ message: String, at position: SourcePosition?) {
            findings.append(MetadataFinding(rule: rule, severity: severity, message: message, path: path, at: position))
        }

        mutating func check(_ data: Data) {
            let result: JSONScanner.Result
            switch JSONSyntaxCheck.read(data) {
            case let .invalid(message, position):
                report("codemeta-valid-json", .error, "invalid JSON: \(message)", at: position)
                return
            case let .parsed(parsed):
                result = parsed
            }
            for duplicate in result.duplicateKeys {
                report("codemeta-valid-json", .warning, "key '\(duplicate.key)' appears more than once; readers keep only one of the values", at: duplicate.keyPosition)
            }
            let root = result.value
            guard case .object = root.kind else {
                report("codemeta-valid-json", .error, "the top-level value is \(root.typeNameWithArticle), expected an object", at: root.position)
                return
            }
            let version = checkContext(root)
            checkPresence(root, version: version)
            checkKnownKeys(root, version: version)
            checkZenodoReadiness(root)
        }

        // MARK: codemeta-context

        static func contextVersions(_ context: PositionedValue) -> [(version: CodeMetaVersion, position: SourcePosition)] {
            context.asList.compactMap { entry in
                entry.string.flatMap(CodeMetaVersion.init(contextURL:)).map { ($0, entry.position) }
            }
        }

        /// The declared version when it is one the OSSR accepts; nil otherwise, after reporting why.
        mutating func checkContext(_ root: PositionedValue) -> CodeMetaVersion? {
            var accepted: CodeMetaVersion?
            if let member = root.member("@context") {
                let found = Self.contextVersions(member.value)
                let versions = Array(Set(found.map(\.version))).sorted()
                if versions.isEmpty {
                    let given = member.value.string.map { " ('\($0)')" } ?? ""
                    report("codemeta-context", .error, "'@context'\(given) names no CodeMeta context; use '\(CodeMetaVersion.v3.contextURL)' or '\(CodeMetaVersion.v2.contextURL)'", at: member.value.position)
                } else if versions.count > 1 {
                    let names = versions.map(\.rawValue).joined(separator: " and ")
                    report("codemeta-context", .error, "'@context' names CodeMeta \(names); a file must declare exactly one version", at: member.value.position)
                } else if versions[0] == .v1 {
                    report("codemeta-context", .error, "'@context' declares CodeMeta 1.0, which the OSSR does not accept: eossr \(CodeMetaCrosswalk.eossrVersion) validates 2.0 and 3.0 only and 1.0 lacks required keys such as 'maintainer' and 'softwareVersion'; use '\(CodeMetaVersion.v3.contextURL)'", at: found[0].position)
                } else {
                    accepted = versions[0]
                }
            } else {
                report("codemeta-context", .error, "'@context' is missing; add \"@context\": \"\(CodeMetaVersion.v3.contextURL)\"", at: root.position)
            }
            if let member = root.member("@type") {
                let type = member.value.string ?? ""
                if type != "SoftwareSourceCode" && type != "schema:SoftwareSourceCode" {
                    report("codemeta-context", .error, "'@type' is '\(member.value.scalarText ?? member.value.typeName)', expected 'SoftwareSourceCode'", at: member.value.position)
                }
            } else {
                report("codemeta-context", .error, "'@type' is missing; add \"@type\": \"SoftwareSourceCode\"", at: root.position)
            }
            return accepted
        }

        // MARK: codemeta-required, codemeta-recommended

        mutating func checkPresence(_ root: PositionedValue, version: CodeMetaVersion?) {
            let keyVersion = version ?? .v3
            for (level, rule, severity) in [(CodeMetaCrosswalk.Requirement.required, "codemeta-required", Severity.error),
                                            (.recommended, "codemeta-recommended", .warning)] {
                for key in CodeMetaCrosswalk.keys(level, in: keyVersion) {
                    guard let member = root.member(key) else {
                        report(rule, severity, "\(level.rawValue) key '\(key)' is missing", at: root.position)
                        continue
                    }
                    if member.value.isEmpty {
                        report(rule, severity, "\(level.rawValue) key '\(key)' is empty", at: member.value.position)
                    } else if let placeholder = firstPlaceholder(in: member.value) {
                        report(rule, severity, "\(level.rawValue) key '\(key)' still holds the placeholder '\(placeholder.string ?? "")'", at: placeholder.position)
                    }
                }
            }
        }

        private func firstPlaceholder(in value: PositionedValue) -> PositionedValue? {
            switch value.kind {
            case let .string(text): return MetadataFormats.isPlaceholder(text) ? value : nil
            case let .array(elements): return elements.lazy.compactMap(firstPlaceholder).first
            case let .object(members): return members.lazy.compactMap { firstPlaceholder(in: $0.value) }.first
            default: return nil
            }
        }

        // MARK: codemeta-known-keys

        mutating func checkKnownKeys(_ root: PositionedValue, version: CodeMetaVersion?) {
            let allowed = version.map(CodeMetaCrosswalk.allowedKeys(in:))
                ?? CodeMetaCrosswalk.allowedKeys(in: .v2).union(CodeMetaCrosswalk.allowedKeys(in: .v3))
            for member in root.members where !allowed.contains(member.key) {
                report("codemeta-known-keys", .error, unknownKeyMessage(member.key, version: version, allowed: allowed), at: member.keyPosition)
            }
        }

        private func unknownKeyMessage(_ key: String, version: CodeMetaVersion?, allowed: Set<String>) -> String {
            if let version {
                for other in CodeMetaVersion.allCases.reversed() where other != version {
                    guard let row = CodeMetaCrosswalk.row(forKey: key, in: other) else { continue }
                    let replacement = row.key(in: version).map { "; use '\($0)'" } ?? "; CodeMeta \(version.rawValue) has no such key"
                    return "'\(key)' is a CodeMeta \(other.rawValue) key but the file declares \(version.rawValue)\(replacement)"
                }
            }
            let scope = version.map { "the CodeMeta \($0.rawValue) crosswalk" } ?? "the CodeMeta crosswalk"
            if let suggestion = Spelling.closest(to: key, among: allowed) {
                return "unknown key '\(key)' is not in \(scope); did you mean '\(suggestion)'?"
            }
            return "unknown key '\(key)' is not in \(scope), which eossr rejects"
        }

        // MARK: codemeta-zenodo-ready

        mutating func zenodo(_ message: String, at position: SourcePosition) {
            report("codemeta-zenodo-ready", .error, message, at: position)
        }

        mutating func checkZenodoReadiness(_ root: PositionedValue) {
            if let license = root["license"], !license.isEmpty { checkLicense(license) }
            if let date = root["datePublished"], let text = date.scalarText, !text.isEmpty, !MetadataFormats.isPlaceholder(text),
               !MetadataFormats.isISODate(text) {
                zenodo("'datePublished' '\(text)' is not an ISO 8601 date; write it as YYYY-MM-DD", at: date.position)
            }
            for member in root.members where CodeMetaValidator.agentKeys.contains(member.key) {
                for agent in member.value.asList { checkAgent(agent, key: member.key) }
            }
            if let repository = root["codeRepository"], let text = repository.string, !text.isEmpty,
               !MetadataFormats.isPlaceholder(text), !MetadataFormats.isAbsoluteURL(text, schemes: CodeMetaValidator.repositorySchemes) {
                zenodo("'codeRepository' '\(text)' is not an absolute URL; write e.g. 'https://gitlab.example.org/group/project'", at: repository.position)
            }
            if let version = root["version"], let software = root["softwareVersion"],
               let a = version.scalarText, let b = software.scalarText, a != b {
                zenodo("'version' is '\(a)' but 'softwareVersion' is '\(b)'; the deposit takes one version, make them equal", at: version.position)
            }
            if let maintainers = root["maintainer"], !maintainers.isEmpty,
               !maintainers.asList.contains(where: { ($0["email"]?.string).map(MetadataFormats.isEmail) ?? false }) {
                zenodo("no 'maintainer' has an 'email'; add a contact address", at: maintainers.position)
            }
            checkORCIDs(in: root)
        }

        private mutating func checkLicense(_ license: PositionedValue) {
            for entry in license.asList {
                let candidate = entry.string ?? entry["url"]?.string ?? entry["@id"]?.string
                guard let text = candidate, let value = entry.string != nil ? entry : (entry["url"] ?? entry["@id"]) else {
                    zenodo("'license' should be a URL such as 'https://spdx.org/licenses/MIT', found \(entry.typeNameWithArticle)", at: entry.position)
                    continue
                }
                if MetadataFormats.isPlaceholder(text) { continue }
                guard MetadataFormats.isAbsoluteURL(text) else {
                    let id = text.trimmingCharacters(in: .whitespaces)
                    let fix = MetadataFormats.isSPDXIdentifierSyntax(id) ? "; write 'https://spdx.org/licenses/\(id)'" : "; write 'https://spdx.org/licenses/<SPDX id>'"
                    zenodo("'license' '\(text)' is not an absolute URL, which Zenodo needs\(fix)", at: value.position)
                    continue
                }
                let last = text.split(separator: "/").last.map(String.init) ?? ""
                let id = last.hasSuffix(".html") ? String(last.dropLast(5)) : last
                let known = knownLicenseIDs.map { $0.contains(id) } ?? MetadataFormats.isSPDXIdentifierSyntax(id)
                if !known {
                    zenodo("'license' '\(text)' does not end with an SPDX licence id; write 'https://spdx.org/licenses/<SPDX id>'", at: value.position)
                }
            }
        }

        private mutating func checkAgent(_ agent: PositionedValue, key: String) {
            guard case .object = agent.kind else {
                if let text = agent.string, MetadataFormats.isPlaceholder(text) { return }
                let shown = agent.scalarText.map { " '\($0)'" } ?? ""
                zenodo("'\(key)'\(shown) is \(agent.typeNameWithArticle); Zenodo needs an object with '@type' 'Person' (with 'givenName' and 'familyName') or 'Organization' (with 'name')", at: agent.position)
                return
            }
            let type = agent["@type"]?.string.map { $0.hasPrefix("schema:") ? String($0.dropFirst(7)) : $0 }
            let label = agent["name"]?.string ?? [agent["givenName"]?.string, agent["familyName"]?.string].compactMap { $0 }.joined(separator: " ")
            let shown = label.isEmpty ? "" : " '\(label)'"
            switch type {
            case "Person":
                let missing = ["givenName", "familyName"].filter { agent[$0]?.isEmpty ?? true }
                if !missing.isEmpty {
                    let has = agent["name"].map { _ in " has only 'name' and" } ?? ""
                    zenodo("'\(key)' Person\(shown)\(has) lacks \(missing.map { "'\($0)'" }.joined(separator: " and ")), which Zenodo needs to write 'Family, Given'", at: agent.position)
                }
            case "Organization":
                if agent["name"]?.isEmpty ?? true {
                    zenodo("'\(key)' Organization has no 'name'", at: agent.position)
                }
            case nil:
                zenodo("'\(key)'\(shown) has no '@type'; use 'Person' or 'Organization'", at: agent.position)
            case let other?:
                zenodo("'\(key)'\(shown) has '@type' '\(other)'; use 'Person' or 'Organization'", at: agent["@type"]?.position ?? agent.position)
            }
        }

        private mutating func checkORCIDs(in value: PositionedValue) {
            switch value.kind {
            case let .object(members):
                for member in members {
                    if member.key == "@id" || member.key == "identifier", let text = member.value.string, text.lowercased().contains("orcid.org/"),
                       let problem = MetadataFormats.orcidProblem(text) {
                        let reason = problem == .checksum ? "has a wrong check digit" : "is not an ORCID iD like 'https://orcid.org/0000-0002-1825-0097'"
                        zenodo("ORCID '\(text)' \(reason)", at: member.value.position)
                    } else {
                        checkORCIDs(in: member.value)
                    }
                }
            case let .array(elements):
                for element in elements { checkORCIDs(in: element) }
            default:
                break
            }
        }
    }
}
