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
            let chosen = chooseAuthors(facts)
            var authors: [CodeMetaDocument.Agent] = []
            for (index, author) in chosen.enumerated() { authors.append(agent(author, keyPath: "author[\(index)]")) }
            if authors.isEmpty {
                authors = [CodeMetaDocument.Agent(type: "Person", givenName: todo("author[0].givenName", "given name of an author"),
                                                  familyName: todo("author[0].familyName", "family name of an author"))]
            }
            let maintainer: CodeMetaDocument.Agent
            let hasEmail = { (author: ProjectFacts.Author) in author.email.map(MetadataFormats.isEmail) ?? false }
            let named = facts.citationAuthors.isEmpty ? facts.packageAuthors : facts.citationAuthors
            if let contact = facts.citationContacts.first(where: { hasEmail($0) && !$0.isOrganization && !Self.namesAGroup($0.name) }) {
                maintainer = agent(contact, keyPath: "maintainer", note: false)
                guesses.append("'\(contact.name)' is the maintainer because CITATION.cff names them as its first contact with an e-mail address")
            } else if let contact = named.first(where: { hasEmail($0) && !$0.isOrganization && !Self.namesAGroup($0.name) }) {
                maintainer = agent(contact, keyPath: "maintainer", note: false)
                let source = facts.citationAuthors.isEmpty ? "the packaging metadata" : "CITATION.cff"
                guesses.append("'\(contact.name)' is the maintainer because they are the first author with an e-mail address in \(source)")
            } else if let contact = Self.humanAuthors(facts.authors).first(where: hasEmail) {
                maintainer = agent(contact, keyPath: "maintainer", note: false)
                guesses.append("'\(contact.name)' is the maintainer because they made the most commits among authors with an e-mail address")
            } else {
                maintainer = CodeMetaDocument.Agent(type: "Person", givenName: todo("maintainer.givenName", "given name of the maintainer"),
                                                    familyName: todo("maintainer.familyName", "family name of the maintainer"),
                                                    email: todo("maintainer.email", "e-mail address of the maintainer"))
            }
            let languages = Self.languages(facts.fileCountsByExtension)
            let readmeURL = facts.readmePath.flatMap { path in pages.map { $0.readme + path } }
            return CodeMetaDocument(
                name: facts.packageName ?? facts.citationTitle ?? facts.name,
                description: facts.packageDescription ?? facts.readmeText.flatMap(ReadmeDescription.firstParagraph)
                    ?? todo("description", "one-paragraph description of the software"),
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

        /// How many of the busiest committers a draft names when nothing else names the authors:
        /// a long history has many one-off contributors whom a citation does not list.
        static let historyAuthorLimit = 5

        /// CITATION.cff's authors, else the packaging metadata's, else the busiest committers
        /// (bots left out), which a person must confirm.
        mutating func chooseAuthors(_ facts: ProjectFacts) -> [ProjectFacts.Author] {
            if !facts.citationAuthors.isEmpty { return facts.citationAuthors }
            if !facts.packageAuthors.isEmpty { return facts.packageAuthors }
            let humans = Self.humanAuthors(facts.authors)
            let chosen = Array(humans.prefix(Self.historyAuthorLimit))
            if humans.count > chosen.count {
                guesses.append("the authors are the \(chosen.count) people with the most commits of \(humans.count) in the history (after .mailmap); there is no CITATION.cff or packaging metadata naming them, so confirm who should be credited")
            } else if !chosen.isEmpty {
                guesses.append("the authors are the people in the commit history (after .mailmap); there is no CITATION.cff or packaging metadata naming them, so confirm who should be credited")
            }
            return chosen
        }

        /// A Person with given and family name (split by the source, else by ``PersonName``),
        /// ORCID and affiliation; an author with only a name from CITATION.cff is an Organization.
        /// Names of one word get a placeholder given name.
        mutating func agent(_ author: ProjectFacts.Author, keyPath: String, note: Bool = true) -> CodeMetaDocument.Agent {
            var agent = CodeMetaDocument.Agent(type: "Person", id: author.orcid.flatMap(Self.orcidURL), email: author.email,
                                               affiliation: author.affiliation.map { CodeMetaDocument.Affiliation(name: $0) })
            if author.givenName != nil || author.familyName != nil {
                agent.givenName = author.givenName ?? todo("\(keyPath).givenName", "given name of '\(author.name)'")
                agent.familyName = author.familyName ?? todo("\(keyPath).familyName", "family name of '\(author.name)'")
                return agent
            }
            if author.isOrganization || Self.namesAGroup(author.name) {
                return CodeMetaDocument.Agent(type: "Organization", name: author.name, email: author.email)
            }
            let split = PersonName(author.name)
            agent.familyName = split.family
            if let given = split.given {
                agent.givenName = given
                if note, split.isGuess {
                    guesses.append("'\(author.name)' was split into given name '\(given)' and family name '\(split.family)'")
                }
            } else {
                agent.givenName = todo("\(keyPath).givenName", "given name of '\(author.name)'")
            }
            return agent
        }

        /// Whether a name is a group's ("the PyVO Developers", "CTAO NectarCAM collaboration"),
        /// which packaging metadata often gives as the author, rather than a person's.
        static func namesAGroup(_ name: String) -> Bool {
            let words = name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            return words.first == "the" || !Set(words).isDisjoint(with: groupWords)
        }

        static let groupWords: Set<String> = [
            "developers", "contributors", "team", "collaboration", "consortium", "community", "group", "project",
            "authors", "maintainers", "organization", "organisation", "foundation", "university", "institute", "observatory",
        ]

        /// `0000-0002-1825-0097` or an orcid.org URL → `https://orcid.org/0000-0002-1825-0097`.
        static func orcidURL(_ text: String) -> String? {
            let number = text.components(separatedBy: "orcid.org/").last?.trimmingCharacters(in: CharacterSet(charactersIn: "/ ")) ?? ""
            return number.isEmpty ? nil : "https://orcid.org/" + number
        }

        mutating func license(_ expression: String?) -> CodeMetaDocument.OneOrMany {
            guard let expression = expression?.trimmingCharacters(in: .whitespaces), !expression.isEmpty else {
                return .one(todo("license", "licence URL, e.g. https://spdx.org/licenses/MIT"))
            }
            let ids = expression.components(separatedBy: " OR ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ()")) }
            guard ids.allSatisfy(MetadataFormats.isSPDXIdentifierSyntax) else {
                return .one(todo("license", "licence URL for '\(expression)'"))
            }
            // SPDX deprecated the bare GNU ids: the licence analysis reports them when the files do
            // not say whether later versions may be chosen, which only the authors can say.
            for id in ids where SPDXLicenceFacts.lookup(id)?.isDeprecated == true {
                let current = Self.currentIDs(forDeprecated: id)
                let choice = current.isEmpty ? "the current SPDX id for '\(id)'" : current.map { "https://spdx.org/licenses/\($0)" }.joined(separator: " or ")
                return .one(todo("license", "\(choice) ('\(id)' is a deprecated SPDX id: say whether later versions of the licence may be chosen)"))
            }
            let urls = ids.map { "https://spdx.org/licenses/\($0)" }
            return urls.count == 1 ? .one(urls[0]) : .many(urls)
        }

        /// `GPL-3.0` → `GPL-3.0-only`, `GPL-3.0-or-later`; `GPL-2.0+` → `GPL-2.0-or-later`: the
        /// SPDX ids that replaced a deprecated one, when the list has them.
        static func currentIDs(forDeprecated id: String) -> [String] {
            let candidates = id.hasSuffix("+") ? [String(id.dropLast()) + "-or-later"] : [id + "-only", id + "-or-later"]
            return candidates.compactMap { SPDXLicenceFacts.lookup($0) }.filter { !$0.isDeprecated }.map(\.id)
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
