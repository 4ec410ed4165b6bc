import Foundation
import OSSRLintKit
import Testing

@Suite struct CodeMetaDraftTests {
    static let facts = ProjectFacts(
        name: "ossr-demo",
        readmePath: "README.md",
        readmeText: "# ossr-demo\n\n[![CI](https://x/badge.svg)](https://x)\n\nDemonstrates the OSSR\nmetadata rules.\n\n## Install\n",
        licenseExpression: "BSD-3-Clause",
        latestTag: "v1.2.0",
        latestTagDate: Date(timeIntervalSince1970: 1_709_251_200),
        authors: [
            .init(name: "dependabot[bot]", email: "bot@example.org", commitCount: 50),
            .init(name: "Plato", email: nil, commitCount: 3),
            .init(name: "Ada King Lovelace", email: "ada@example.org", commitCount: 7),
        ],
        remoteURL: "git@gitlab.example.org:escape/ossr-demo.git",
        fileCountsByExtension: ["py": 10, "c": 2, "h": 3, "md": 4]
    )

    @Test func derivesWhatTheFactsTell() throws {
        let draft = CodeMetaDraft(facts: Self.facts)
        let json = draft.json
        #expect(json.contains("\"@context\" : \"https://w3id.org/codemeta/3.0\""))
        #expect(json.contains("\"description\" : \"Demonstrates the OSSR metadata rules.\""))
        #expect(json.contains("\"softwareVersion\" : \"1.2.0\""))
        #expect(json.contains("\"datePublished\" : \"2024-03-01\""))
        #expect(json.contains("\"license\" : \"https://spdx.org/licenses/BSD-3-Clause\""))
        #expect(json.contains("\"codeRepository\" : \"https://gitlab.example.org/escape/ossr-demo\""))
        #expect(json.contains("\"readme\" : \"https://gitlab.example.org/escape/ossr-demo/-/blob/HEAD/README.md\""))
        #expect(json.contains("\"issueTracker\" : \"https://gitlab.example.org/escape/ossr-demo/-/issues\""))
        #expect(!json.contains("dependabot"))
        #expect(draft.guesses == [
            "'Ada King Lovelace' was split into given name 'Ada King' and family name 'Lovelace'",
            "'Ada King Lovelace' is the maintainer because they made the most commits among authors with an e-mail address",
        ])
        #expect(draft.placeholders.map(\.keyPath) == [
            "author[1].givenName", "keywords[0]", "identifier", "funding", "funder.name", "copyrightHolder.name",
            "memoryRequirements", "processorRequirements", "storageRequirements",
        ])
        #expect(json.contains("\"programmingLanguage\" : [\n    \"Python\",\n    \"C\"\n  ]"))
    }

    @Test func draftFailsUntilPlaceholdersAreFilled() {
        let findings = CodeMetaValidator().validate(Data(CodeMetaDraft(facts: Self.facts).json.utf8))
        #expect(Set(findings.map(\.rule)) == ["codemeta-required", "codemeta-recommended"])
        #expect(findings.contains { $0.message == "required key 'author' still holds the placeholder 'TODO: given name of 'Plato''" })
    }

    /// Fills each placeholder with a value that suits its key.
    static func fill(_ draft: CodeMetaDraft) -> String {
        var json = draft.json
        for placeholder in draft.placeholders {
            let key = placeholder.keyPath.split(separator: ".").last.map(String.init) ?? placeholder.keyPath
            let value = switch key {
            case "softwareVersion": "1.0.0"
            case "datePublished": "2024-05-01"
            case "license": "https://spdx.org/licenses/MIT"
            case "readme": "https://example.org/ossr-demo/README.md"
            case "codeRepository": "https://example.org/ossr-demo"
            case "issueTracker": "https://example.org/ossr-demo/issues"
            case "releaseNotes": "https://example.org/ossr-demo/releases"
            case "identifier": "https://doi.org/10.5281/zenodo.1234567"
            case "email": "someone@example.org"
            case "description": "A tool."
            default: "Filled"
            }
            json = json.replacingOccurrences(of: "\"\(placeholder.text)\"", with: "\"\(value)\"")
        }
        return json
    }

    @Test(arguments: [
        facts,
        ProjectFacts(name: "bare"),
        ProjectFacts(name: "gh", readmePath: "README.rst", licenseExpression: "MIT OR Apache-2.0", latestTag: "2024.01",
                        authors: [.init(name: "Jane Doe", email: "jane@example.org")], remoteURL: "https://github.com/org/gh.git"),
        ProjectFacts(name: "odd", licenseExpression: "GPL-2.0-only WITH Classpath-exception-2.0", latestTag: "nightly",
                        authors: [.init(name: "Mononym", email: "not-an-email")], remoteURL: "ssh://git@example.org:22/x/odd.git"),
    ])
    func filledDraftPassesEveryCodeMetaRule(facts: ProjectFacts) {
        let draft = CodeMetaDraft(facts: facts)
        let findings = CodeMetaValidator().validate(Data(Self.fill(draft).utf8))
        #expect(findings == [], "\(Self.fill(draft))")
    }
}
