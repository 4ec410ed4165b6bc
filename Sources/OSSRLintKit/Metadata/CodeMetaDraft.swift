import Foundation

/// A first codemeta.json (CodeMeta 3.0) written from ``ProjectFacts``, for
/// `ossrlint codemeta init`.
///
/// What the facts cannot tell is written as a string starting with `TODO: ` (see
/// ``placeholders``). ``CodeMetaValidator`` reports such values as missing required or
/// recommended keys, so a draft cannot pass until a person has filled them in; deleting a
/// recommended key instead turns its finding into a plain "missing" warning. What the draft
/// guessed (how a name splits into given and family name, who maintains) is listed in
/// ``guesses`` for the person to confirm.
public struct CodeMetaDraft: Sendable, Hashable {
    /// A value left for a person: where it is and the placeholder text written there.
    public struct Placeholder: Sendable, Hashable {
        /// Where the value is: `description`, `author[0].givenName`, `funder.name` ….
        public var keyPath: String
        /// The placeholder string as written, `TODO: …` included.
        public var text: String
    }

    /// The prefix every placeholder value starts with.
    public static let placeholderPrefix = "TODO: "

    /// The codemeta.json text: pretty printed, sorted keys, one trailing newline.
    public let json: String
    public let placeholders: [Placeholder]
    /// Derived values a person should check, as sentences.
    public let guesses: [String]

    public init(facts: ProjectFacts) {
        var builder = Builder()
        let document = builder.document(for: facts)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        json = ((try? encoder.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
        placeholders = builder.placeholders
        guesses = builder.guesses
    }

    private struct Builder {
        var placeholders: [Placeholder] = []
        var guesses: [String] = []

        mutating func todo(_ keyPath: String, _ what: String) -> String {
            let text = CodeMetaDraft.placeholderPrefix + what
            placeholders.append(Placeholder(keyPath: keyPath, text: text))
            return text
        }

        mutating func document(for facts: ProjectFacts) -> CodeMetaDocument {
            let repository = facts.remoteURL.flatMap(Self.webURL)
            let host = repository.flatMap { URLComponents(string: $0)?.host?.lowercased() } ?? ""
            let gitLabStyle = host.contains("gitlab") || host.hasSuffix("in2p3.fr") || host.hasSuffix("cern.ch")
            let pages: (readme: String, issues: String, releases: String)? = repository.flatMap { base in
                if host == "github.com" { return ("\(base)/blob/HEAD/", "\(base)/issues", "\(base)/releases") }
                if gitLabStyle { return ("\(base)/-/blob/HEAD/", "\(base)/-/issues", "\(base)/-/releases") }
                return nil
            }

            var version: String?
            if let tag = facts.latestTag, let parsed = ReleaseVersion(tag: tag) {
                version = parsed.tag.hasPrefix("v") || parsed.tag.hasPrefix("V") ? String(parsed.tag.dropFirst()) : parsed.tag
            }
            let versionText = version ?? todo("softwareVersion", "version of the release this file describes, e.g. 1.0.0")
            let humans = Self.humanAuthors(facts.authors)
            var authors: [CodeMetaDocument.Agent] = []
            for (index, author) in humans.enumerated() { authors.append(person(author, keyPath: "author[\(index)]")) }
            if authors.isEmpty {
                authors = [CodeMetaDocument.Agent(type: "Person", givenName: todo("author[0].givenName", "given name of an author"),
                                                  familyName: todo("author[0].familyName", "family name of an author"))]
            }
            let maintainer: CodeMetaDocument.Agent
            if let contact = humans.first(where: { $0.email.map(MetadataFormats.isEmail) ?? false }) {
                maintainer = person(contact, keyPath: "maintainer", note: false)
                guesses.append("'\(contact.name)' is the maintainer because they made the most commits among authors with an e-mail address")
            } else {
                maintainer = CodeMetaDocument.Agent(type: "Person", givenName: todo("maintainer.givenName", "given name of the maintainer"),
                                                    familyName: todo("maintainer.familyName", "family name of the maintainer"),
                                                    email: todo("maintainer.email", "e-mail address of the maintainer"))
            }
            let languages = Self.languages(facts.fileCountsByExtension)
            let readmeURL = facts.readmePath.flatMap { path in pages.map { $0.readme + path } }
            return CodeMetaDocument(
                name: facts.name,
                description: facts.readmeText.flatMap(Self.firstParagraph) ?? todo("description", "one-paragraph description of the software"),
                softwareVersion: versionText,
                version: versionText,
                datePublished: facts.latestTagDate.map(Self.isoDate) ?? todo("datePublished", "release date as YYYY-MM-DD"),
                license: license(facts.licenseExpression),
                readme: readmeURL ?? todo("readme", "URL of the README"),
                author: authors,
                maintainer: maintainer,
                codeRepository: repository ?? todo("codeRepository", "URL of the public repository"),
                issueTracker: pages?.issues ?? todo("issueTracker", "URL of the issue tracker"),
                releaseNotes: pages?.releases ?? todo("releaseNotes", "URL of the release notes"),
                programmingLanguage: languages.isEmpty ? nil : languages,
                keywords: [todo("keywords[0]", "keyword")],
                identifier: todo("identifier", "DOI URL of the software, e.g. https://doi.org/10.5281/zenodo.…"),
                funding: todo("funding", "grant that funded the work, e.g. ESCAPE 824064"),
                funder: CodeMetaDocument.Agent(type: "Organization", name: todo("funder.name", "name of the funding organisation")),
                copyrightHolder: CodeMetaDocument.Agent(type: "Organization", name: todo("copyrightHolder.name", "name of the copyright holder")),
                memoryRequirements: todo("memoryRequirements", "memory needed, e.g. 4 GB"),
                processorRequirements: todo("processorRequirements", "processor needed, e.g. x86_64"),
                storageRequirements: todo("storageRequirements", "disk space needed, e.g. 1 GB")
            )
        }

        /// Splits a name at its last space: everything before is the given name. Names of one
        /// word get a placeholder given name.
        mutating func person(_ author: ProjectFacts.Author, keyPath: String, note: Bool = true) -> CodeMetaDocument.Agent {
            let parts = author.name.split(separator: " ", omittingEmptySubsequences: true)
            var agent = CodeMetaDocument.Agent(type: "Person", email: author.email)
            if parts.count >= 2 {
                agent.givenName = parts.dropLast().joined(separator: " ")
                agent.familyName = String(parts[parts.count - 1])
                if note, parts.count > 2 {
                    guesses.append("'\(author.name)' was split into given name '\(agent.givenName ?? "")' and family name '\(agent.familyName ?? "")'")
                }
            } else {
                agent.familyName = author.name
                agent.givenName = todo("\(keyPath).givenName", "given name of '\(author.name)'")
            }
            return agent
        }

        mutating func license(_ expression: String?) -> CodeMetaDocument.OneOrMany {
            guard let expression = expression?.trimmingCharacters(in: .whitespaces), !expression.isEmpty else {
                return .one(todo("license", "licence URL, e.g. https://spdx.org/licenses/MIT"))
            }
            let ids = expression.components(separatedBy: " OR ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ()")) }
            guard ids.allSatisfy(MetadataFormats.isSPDXIdentifierSyntax) else {
                return .one(todo("license", "licence URL for '\(expression)'"))
            }
            let urls = ids.map { "https://spdx.org/licenses/\($0)" }
            return urls.count == 1 ? .one(urls[0]) : .many(urls)
        }

        /// Authors by commit count (then name), one per e-mail address, bots left out.
        static func humanAuthors(_ authors: [ProjectFacts.Author]) -> [ProjectFacts.Author] {
            var seen: Set<String> = []
            return authors
                .filter { !$0.name.lowercased().contains("[bot]") && !$0.name.lowercased().hasSuffix("-bot") && !$0.name.isEmpty }
                .sorted { ($0.commitCount, $1.name) > ($1.commitCount, $0.name) }
                .filter { seen.insert(($0.email ?? $0.name).lowercased()).inserted }
        }

        /// `git@host:group/project.git`, `ssh://git@host/group/project`, `https://user@host/…`
        /// → `https://host/group/project`.
        static func webURL(_ remote: String) -> String? {
            var text = remote.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix(".git") { text.removeLast(4) }
            if text.hasSuffix("/") { text.removeLast() }
            if !text.contains("://"), let colon = text.firstIndex(of: ":"), let at = text.firstIndex(of: "@"), at < colon {
                text = "https://" + text[text.index(after: at)..<colon] + "/" + text[text.index(after: colon)...]
            }
            guard var components = URLComponents(string: text), let host = components.host, !host.isEmpty else { return nil }
            components.scheme = "https"
            components.user = nil
            components.password = nil
            if components.port == 22 { components.port = nil }
            return components.string
        }

        /// The first paragraph of prose: not a heading, badge, HTML, list, table or code.
        static func firstParagraph(_ readme: String) -> String? {
            var paragraph: [String] = []
            var inCode = false
            for rawLine in readme.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = rawLine.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("```") || line.hasPrefix("~~~") { inCode.toggle(); continue }
                if inCode { continue }
                let skip = line.hasPrefix("#") || line.hasPrefix("[![") || line.hasPrefix("![") || line.hasPrefix("<")
                    || line.hasPrefix("|") || line.hasPrefix("=") || line.hasPrefix("-") || line.hasPrefix("*") || line.hasPrefix(">")
                if line.isEmpty || skip {
                    if !paragraph.isEmpty { break }
                    continue
                }
                paragraph.append(line)
            }
            let text = paragraph.joined(separator: " ")
            return text.isEmpty ? nil : text
        }

        static func isoDate(_ date: Date) -> String {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let pad = { (value: Int?) in (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
            return "\(parts.year ?? 1970)-\(pad(parts.month))-\(pad(parts.day))"
        }

        private static let languageByExtension: [String: String] = [
            "py": "Python", "c": "C", "h": "C", "cc": "C++", "cpp": "C++", "cxx": "C++", "hpp": "C++", "hh": "C++",
            "f": "Fortran", "f90": "Fortran", "f95": "Fortran", "f03": "Fortran", "jl": "Julia", "r": "R", "java": "Java",
            "js": "JavaScript", "ts": "TypeScript", "go": "Go", "rs": "Rust", "swift": "Swift", "m": "MATLAB", "sh": "Shell",
            "cu": "CUDA", "scala": "Scala", "kt": "Kotlin", "rb": "Ruby", "pl": "Perl", "cs": "C#", "ipynb": "Jupyter Notebook",
        ]

        /// Known programming languages by how many files use them (then by name).
        static func languages(_ counts: [String: Int]) -> [String] {
            var byLanguage: [String: Int] = [:]
            for (fileExtension, count) in counts {
                guard let language = languageByExtension[fileExtension.lowercased()] else { continue }
                byLanguage[language, default: 0] += count
            }
            return byLanguage.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        }
    }
}
