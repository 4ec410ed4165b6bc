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
            "the authors are the people in the commit history (after .mailmap); there is no CITATION.cff or packaging metadata naming them, so confirm who should be credited",
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

    // MARK: Where each value comes from

    private static func object(_ draft: CodeMetaDraft) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(draft.json.utf8)) as? [String: Any])
    }

    private static func people(_ value: Any?) -> [String] {
        ((value as? [[String: Any]]) ?? []).map { agent in
            ["givenName", "familyName", "name", "@id", "email"].compactMap { key in agent[key].map { "\(key)=\($0)" } }.joined(separator: " ")
                + ((agent["affiliation"] as? [String: Any])?["name"].map { " affiliation=\($0)" } ?? "")
        }
    }

    /// citation-file-format's own CITATION.cff names Stephan Druskat with an ORCID and an
    /// affiliation; the history and the packaging metadata name others, who are not taken.
    @Test func citationFileAuthorsComeFirstWithTheirORCIDsAndAffiliations() throws {
        let facts = ProjectFacts(
            name: "cff", authors: [.init(name: "Busy Committer", email: "busy@example.org", commitCount: 90)],
            citationAuthors: [
                .init(name: "Stephan Druskat", email: "mail@sdruskat.net", commitCount: 0, givenName: "Stephan", familyName: "Druskat",
                      orcid: "https://orcid.org/0000-0003-4925-7248", affiliation: "German Aerospace Center (DLR)"),
                .init(name: "Hugo van Kemenade", commitCount: 0, givenName: "Hugo", familyName: "van Kemenade"),
                .init(name: "The CFF Team", commitCount: 0, isOrganization: true),
            ],
            citationTitle: "Citation File Format",
            packageAuthors: [.init(name: "Packager Person", commitCount: 0)])
        let draft = CodeMetaDraft(facts: facts)
        let document = try Self.object(draft)
        #expect(Self.people(document["author"]) == [
            "givenName=Stephan familyName=Druskat @id=https://orcid.org/0000-0003-4925-7248 email=mail@sdruskat.net affiliation=German Aerospace Center (DLR)",
            "givenName=Hugo familyName=van Kemenade",
            "name=The CFF Team",
        ])
        #expect(Self.people([document["maintainer"] ?? [:]]) == [
            "givenName=Stephan familyName=Druskat @id=https://orcid.org/0000-0003-4925-7248 email=mail@sdruskat.net affiliation=German Aerospace Center (DLR)",
        ])
        #expect(document["name"] as? String == "Citation File Format", "no packaging name: the CFF title")
        #expect(!draft.guesses.contains { $0.contains("commit") })
        #expect(CodeMetaValidator().validate(Data(Self.fill(draft).utf8)) == [])
    }

    /// CITATION.cff's `contact` is whom to write to about the software: its maintainer.
    @Test func theCitationFileContactIsTheMaintainer() throws {
        let facts = ProjectFacts(
            name: "x",
            citationAuthors: [.init(name: "Stephan Druskat", email: "mail@sdruskat.net", commitCount: 0, givenName: "Stephan", familyName: "Druskat")],
            citationContacts: [.init(name: "Jurriaan Spaaks", email: "j.spaaks@esciencecenter.nl", commitCount: 0, givenName: "Jurriaan", familyName: "Spaaks")])
        let draft = CodeMetaDraft(facts: facts)
        #expect(Self.people([try Self.object(draft)["maintainer"] ?? [:]]) == ["givenName=Jurriaan familyName=Spaaks email=j.spaaks@esciencecenter.nl"])
        #expect(draft.guesses.contains("'Jurriaan Spaaks' is the maintainer because CITATION.cff names them as its first contact with an e-mail address"))
    }

    @Test func packagingMetadataGivesNameDescriptionAndAuthorsBeforeTheREADMEAndHistory() throws {
        let facts = ProjectFacts(
            name: "pyvo", readmeText: "PyVO\n====\n\nA README paragraph.\n",
            authors: [.init(name: "Busy Committer", email: "busy@example.org", commitCount: 90)],
            citationTitle: "PyVO: Python access to the Virtual Observatory",
            packageName: "pyvo", packageDescription: "Astropy affiliated package for accessing Virtual Observatory data and services",
            packageAuthors: [.init(name: "Druskat, Stephan", email: "mail@sdruskat.net", commitCount: 0), .init(name: "Hugo van Kemenade", commitCount: 0)])
        let document = try Self.object(CodeMetaDraft(facts: facts))
        #expect(document["name"] as? String == "pyvo")
        #expect(document["description"] as? String == "Astropy affiliated package for accessing Virtual Observatory data and services")
        #expect(Self.people(document["author"]) == ["givenName=Stephan familyName=Druskat email=mail@sdruskat.net", "givenName=Hugo familyName=van Kemenade"])
    }

    /// pyvo's setup.cfg gives "the PyVO Developers" as its author, nectarchain's pyproject.toml
    /// "CTAO NectarCAM collaboration": groups, not a person to split into given and family name.
    @Test(arguments: ["the PyVO Developers", "CTAO NectarCAM collaboration"])
    func aGroupNamedAsAuthorIsAnOrganization(name: String) throws {
        let draft = CodeMetaDraft(facts: ProjectFacts(name: "x", packageAuthors: [.init(name: name, commitCount: 0)]))
        #expect(Self.people(try Self.object(draft)["author"]) == ["name=\(name)"])
        #expect(!draft.guesses.contains { $0.contains("was split") })
    }

    /// pyvo has 55 commit authors, several under two addresses; a citation lists its core team.
    @Test func historyAuthorsAreOnlyTheBusiestCommittersAndMarkedForReview() throws {
        let committers = (1...8).map { ProjectFacts.Author(name: "Person \($0) Example", email: "p\($0)@example.org", commitCount: 100 - $0) }
        let draft = CodeMetaDraft(facts: ProjectFacts(name: "pyvo", authors: committers))
        let document = try Self.object(draft)
        #expect(Self.people(document["author"]).count == 5)
        #expect(draft.guesses.first == "the authors are the 5 people with the most commits of 8 in the history (after .mailmap); there is no CITATION.cff or packaging metadata naming them, so confirm who should be credited")
    }

    @Test(arguments: [
        ("Druskat, Stephan", "Stephan", "Druskat"),
        ("Hugo van Kemenade", "Hugo", "van Kemenade"),
        ("Ludwig Mies van der Rohe", "Ludwig Mies", "van der Rohe"),
        ("Ada King Lovelace", "Ada King", "Lovelace"),
        ("Ada Lovelace", "Ada", "Lovelace"),
    ])
    func namesSplitAtACommaOrAParticle(whole: String, given: String, family: String) throws {
        let document = try Self.object(CodeMetaDraft(facts: ProjectFacts(name: "x", packageAuthors: [.init(name: whole, commitCount: 0)])))
        #expect(Self.people(document["author"]) == ["givenName=\(given) familyName=\(family)"])
    }

    /// SPDX deprecated `GPL-3.0`; the licence analysis reports it when the files do not say
    /// whether later versions may be chosen, which only the authors can decide.
    @Test func aDeprecatedLicenceIDBecomesAChoiceToMake() throws {
        let draft = CodeMetaDraft(facts: ProjectFacts(name: "x", licenseExpression: "GPL-3.0"))
        let license = try #require(try Self.object(draft)["license"] as? String)
        #expect(license == "TODO: https://spdx.org/licenses/GPL-3.0-only or https://spdx.org/licenses/GPL-3.0-or-later ('GPL-3.0' is a deprecated SPDX id: say whether later versions of the licence may be chosen)")
        #expect(draft.placeholders.contains { $0.keyPath == "license" })
        let current = try Self.object(CodeMetaDraft(facts: ProjectFacts(name: "x", licenseExpression: "GPL-3.0-or-later")))
        #expect(current["license"] as? String == "https://spdx.org/licenses/GPL-3.0-or-later")
    }

    /// The first paragraphs of real READMEs that the draft took whole before: pyvo's RST title,
    /// nectarchain's badge substitutions, an SPDX header comment, howfairis's literal title.
    @Test(arguments: [
        ("PyVO\n====\n\n.. image:: https://img.shields.io/pypi/v/pyvo.svg\n    :target: https://pypi.org/project/pyvo\n\nPyVO lets you find and retrieve astronomical data\navailable from archives that support standard `IVOA <http://www.ivoa.net>`_\nvirtual observatory service protocols.\n",
         "PyVO lets you find and retrieve astronomical data available from archives that support standard IVOA virtual observatory service protocols."),
        ("nectarchain |zenodo| |pypi| |ci|\n================================\n\n.. |zenodo| image:: https://zenodo.org/badge/DOI/10.5281/zenodo.1.svg\n.. |pypi| image:: https://badge.fury.io/py/nectarchain.svg\n\n|ci| Repository for the high level analysis of the NectarCAM data.\n",
         "Repository for the high level analysis of the NectarCAM data."),
        ("<!--\nSPDX-FileCopyrightText: 2023 Example Lab\nSPDX-License-Identifier: MIT\n-->\n# tool\n\n[![CI](https://x/ci.svg)](https://x/ci) ![cov](https://x/cov.svg)\n\nA **fast** tool for `FITS` files.\n",
         "A fast tool for FITS files."),
        (".. SPDX-FileCopyrightText: 2021 Example\n..\n.. SPDX-License-Identifier: Apache-2.0\n\n``howfairis`` developer documentation\n======================================\n\nIf you're looking for user documentation, go `here <README.rst>`_.\n",
         "If you're looking for user documentation, go here."),
        ("# skytool\n\nskytool reduces raw telescope exposures into calibrated images.\n", "skytool reduces raw telescope exposures into calibrated images."),
        ("howfairis\n=========\n\n|\n\nPython package to analyze a GitHub or GitLab repository's compliance with the\nfair-software.eu_ recommendations.\n",
         "Python package to analyze a GitHub or GitLab repository's compliance with the fair-software.eu recommendations."),
    ])
    func theDescriptionIsTheREADMEsFirstProseParagraphWithoutBadgesOrMarkup(readme: String, description: String) throws {
        let document = try Self.object(CodeMetaDraft(facts: ProjectFacts(name: "x", readmeText: readme)))
        #expect(document["description"] as? String == description)
    }
}
