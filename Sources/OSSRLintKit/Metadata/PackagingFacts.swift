import Foundation

/// The name, description and authors that Python packaging metadata declares, for
/// ``CodeMetaDraft``: pyproject.toml's `[project]` table (PEP 621) first, else setup.cfg's
/// `[metadata]` section. setup.py is code, not data, and is not run or parsed.
struct PackagingFacts: Sendable, Hashable {
    var name: String?
    var description: String?
    var authors: [ProjectFacts.Author] = []

    private struct PyProject: Decodable {
        struct Person: Decodable {
            var name: String?
            var email: String?
        }

        struct Project: Decodable {
            var name: String?
            var description: String?
            var authors: [Person]?
        }

        var project: Project?
    }

    init(pyproject: Data?, setupConfig: Data?) {
        if let pyproject, let text = String(data: pyproject, encoding: .utf8),
           let project = try? NodeDecoder(TOMLReader.read(text)).singleValueContainer().decode(PyProject.self).project {
            name = Self.nonEmpty(project.name)
            description = Self.nonEmpty(project.description)
            authors = (project.authors ?? []).compactMap { person in
                guard let name = Self.nonEmpty(person.name) else { return nil }
                return ProjectFacts.Author(name: name, email: Self.nonEmpty(person.email), commitCount: 0)
            }
        }
        guard let setupConfig, let text = String(data: setupConfig, encoding: .utf8) else { return }
        let ini = INIDocument(text)
        // `file:` and `attr:` values point elsewhere; they are not the value itself.
        func value(_ key: String) -> String? {
            guard let text = Self.nonEmpty(ini.option(key, in: "metadata")?.value), !text.hasPrefix("file:"), !text.hasPrefix("attr:") else { return nil }
            return text
        }
        name = name ?? value("name")
        description = description ?? value("description")
        if authors.isEmpty, let author = value("author") {
            authors = [ProjectFacts.Author(name: author, email: value("author_email"), commitCount: 0)]
        }
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.split(whereSeparator: \.isWhitespace).joined(separator: " "), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
