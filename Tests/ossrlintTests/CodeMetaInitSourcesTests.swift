import Foundation
import Testing
import TestSupport

/// Where `ossrlint codemeta init` takes each value from, in repositories shaped like the
/// projects where the draft went wrong: CITATION.cff before packaging metadata before the
/// history for authors, packaging metadata before the README for the description, `.mailmap`
/// for the history, and never a deprecated SPDX id.
@Suite struct CodeMetaInitSourcesTests {
    private static func draft(_ repository: TemporaryRepository, _ arguments: String...) throws -> (document: [String: Any], notes: String) {
        let result = try OSSRLintExecutable.run(["codemeta", "init"] + arguments, in: repository.url, environment: repository.environment)
        #expect(result.status == 0, "\(result.standardError)")
        let value = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        return (try #require(value as? [String: Any]), result.standardError)
    }

    /// Each agent as one line: its keys in a fixed order, affiliation by name.
    private static func people(_ value: Any?) -> [String] {
        let agents = (value as? [[String: Any]]) ?? (value as? [String: Any]).map { [$0] } ?? []
        return agents.map { agent in
            ["@type", "givenName", "familyName", "name", "@id", "email"].compactMap { key in agent[key].map { "\(key)=\($0)" } }.joined(separator: " ")
                + ((agent["affiliation"] as? [String: Any])?["name"].map { " affiliation=\($0)" } ?? "")
        }
    }

    /// Many committers (pyvo had 55), one of them under two addresses.
    private static func busyHistory(_ repository: TemporaryRepository) throws {
        try repository.commit("Start", files: ["README.md": "# tool\n\nA tool.\n"])
        for (index, name) in ["Kim Commit", "Lee Commit", "Max Commit", "Noa Commit", "Oli Commit", "Pat Commit"].enumerated() {
            for round in 0..<(6 - index) {
                try repository.commit("Work \(index).\(round)", files: ["src/\(index)-\(round).py": "x = 1\n"], author: name, email: "\(name.prefix(3).lowercased())@example.org")
            }
        }
    }

    // MARK: Authors

    /// citation-file-format's own CITATION.cff: persons with ORCIDs and affiliations, a name
    /// particle, an entity, and a contact who maintains it; the commit history names others.
    @Test func authorsComeFromCitationFileWithORCIDsAndAffiliations() throws {
        let repository = try TemporaryRepository()
        try Self.busyHistory(repository)
        try repository.commit("Cite", files: ["CITATION.cff": """
        cff-version: 1.2.0
        title: Citation File Format
        message: If you use this software, please cite it as below.
        authors:
          - family-names: Druskat
            given-names: Stephan
            orcid: https://orcid.org/0000-0003-4925-7248
            affiliation: German Aerospace Center (DLR)
            email: mail@sdruskat.net
          - given-names: Hugo
            name-particle: van
            family-names: Kemenade
          - name: The CFF Team
        contact:
          - family-names: Spaaks
            given-names: Jurriaan H.
            email: j.spaaks@esciencecenter.nl

        """])
        let (document, notes) = try Self.draft(repository)
        #expect(Self.people(document["author"]) == [
            "@type=Person givenName=Stephan familyName=Druskat @id=https://orcid.org/0000-0003-4925-7248 email=mail@sdruskat.net affiliation=German Aerospace Center (DLR)",
            "@type=Person givenName=Hugo familyName=van Kemenade",
            "@type=Organization name=The CFF Team",
        ])
        #expect(Self.people(document["maintainer"]) == ["@type=Person givenName=Jurriaan H. familyName=Spaaks email=j.spaaks@esciencecenter.nl"])
        #expect(document["name"] as? String == "Citation File Format")
        #expect(!notes.contains("Commit"), "\(notes)")
    }

    /// pyproject.toml's [project] names the package, describes it and lists its authors as
    /// "Family, Given" and with a particle; the README's first paragraph and the history lose.
    @Test func nameDescriptionAndAuthorsComeFromPyProject() throws {
        let repository = try TemporaryRepository()
        try Self.busyHistory(repository)
        try repository.commit("Package", files: ["pyproject.toml": """
        [project]
        name = "pyvo"
        description = "Astropy affiliated package for accessing Virtual Observatory data and services"
        authors = [
            {name = "Druskat, Stephan", email = "mail@sdruskat.net"},
            {name = "Hugo van Kemenade"},
        ]

        """])
        let (document, _) = try Self.draft(repository)
        #expect(document["name"] as? String == "pyvo")
        #expect(document["description"] as? String == "Astropy affiliated package for accessing Virtual Observatory data and services")
        #expect(Self.people(document["author"]) == [
            "@type=Person givenName=Stephan familyName=Druskat email=mail@sdruskat.net",
            "@type=Person givenName=Hugo familyName=van Kemenade",
        ])
    }

    @Test func setupConfigIsReadWhenThereIsNoPyProjectAndSetupPyIsNot() throws {
        let repository = try TemporaryRepository()
        try Self.busyHistory(repository)
        try repository.commit("Package", files: [
            "setup.cfg": "[metadata]\nname = nectarchain\ndescription = Analysis chain for the NectarCAM camera\nauthor = Ada Lovelace\nauthor_email = ada@example.org\n",
            "setup.py": "from setuptools import setup\nsetup(name='not-this', author='Not This')\n",
        ])
        let (document, _) = try Self.draft(repository)
        #expect(document["name"] as? String == "nectarchain")
        #expect(document["description"] as? String == "Analysis chain for the NectarCAM camera")
        #expect(Self.people(document["author"]) == ["@type=Person givenName=Ada familyName=Lovelace email=ada@example.org"])
    }

    /// pyvo's setup.cfg names a group as its author; it is an Organization, and the maintainer
    /// (a person) still comes from the history.
    @Test func aGroupAuthorInPackagingMetadataIsAnOrganization() throws {
        let repository = try TemporaryRepository()
        try Self.busyHistory(repository)
        try repository.commit("Package", files: ["setup.cfg": "[metadata]\nname = pyvo\nauthor = the PyVO Developers\nauthor_email = astropy.team@gmail.com\n"])
        let (document, notes) = try Self.draft(repository)
        #expect(Self.people(document["author"]) == ["@type=Organization name=the PyVO Developers email=astropy.team@gmail.com"])
        #expect(Self.people(document["maintainer"]) == ["@type=Person givenName=Kim familyName=Commit email=kim@example.org"])
        #expect(!notes.contains("was split"), "\(notes)")
    }

    /// With nothing else naming authors: the history after `.mailmap` (one person under two
    /// addresses is one author), only the busiest committers, listed for review.
    @Test func historyAuthorsAreMailmappedDeduplicatedAndOnlyTheBusiest() throws {
        let repository = try TemporaryRepository()
        try Self.busyHistory(repository)
        // Kim also committed as "K. C." from a work address (a separate person but for
        // .mailmap), and Pat under a misspelt name from the same address.
        for round in 0..<3 {
            try repository.commit("Work more \(round)", files: ["src/w\(round).py": "y = 2\n"], author: "K. C.", email: "kim.commit@work.example")
        }
        try repository.commit("Typo", files: ["src/t.py": "z = 3\n"], author: "pat commit", email: "pat@example.org")
        try repository.commit("Map", files: [".mailmap": "Kim Commit <kim@example.org> <kim.commit@work.example>\n"])
        let (document, notes) = try Self.draft(repository)
        #expect(Self.people(document["author"]) == [
            "@type=Person givenName=Kim familyName=Commit email=kim@example.org",
            "@type=Person givenName=Lee familyName=Commit email=lee@example.org",
            "@type=Person givenName=Max familyName=Commit email=max@example.org",
            "@type=Person givenName=Noa familyName=Commit email=noa@example.org",
            "@type=Person givenName=Ada familyName=Author email=ada@example.org",
        ])
        #expect(notes.contains("to confirm: the authors are the 5 people with the most commits of 7 in the history (after .mailmap)"), "\(notes)")
    }

    // MARK: Name, description, licence

    /// A bare mirror without a remote is named after its folder, `.git` removed.
    @Test func aBareMirrorIsNamedWithoutDotGit() throws {
        let source = try TemporaryRepository()
        try source.commit("Start", files: ["README.md": "# tool\n\nA tool.\n"])
        let mirror = try TemporaryRepository(cloning: source, arguments: ["--mirror"])
        try mirror.git("remote", "remove", "origin")
        #expect(mirror.url.lastPathComponent == "repo.git")
        let (document, _) = try Self.draft(mirror)
        #expect(document["name"] as? String == "repo")
    }

    /// pyvo's README.rst (a title over `====`, an image directive), nectarchain's title with
    /// badge substitutions, an SPDX header comment above a Markdown README with badges, and
    /// howfairis's README (an empty line block, a `name_` reference) and its developer README
    /// (an SPDX comment block, a title in ``literal``).
    @Test(arguments: [
        ("README.rst", "PyVO\n====\n\n.. image:: https://img.shields.io/pypi/v/pyvo.svg\n    :target: https://pypi.org/project/pyvo\n\nPyVO lets you find and retrieve astronomical data\navailable from archives that support standard `IVOA <http://www.ivoa.net>`_\nvirtual observatory service protocols.\n",
         "PyVO lets you find and retrieve astronomical data available from archives that support standard IVOA virtual observatory service protocols."),
        ("README.rst", "nectarchain |zenodo| |pypi|\n===========================\n\n.. |zenodo| image:: https://zenodo.org/badge/DOI/10.5281/zenodo.1.svg\n.. |pypi| image:: https://badge.fury.io/py/nectarchain.svg\n\nRepository for the high level analysis of the NectarCAM data.\n",
         "Repository for the high level analysis of the NectarCAM data."),
        ("README.md", "<!--\nSPDX-FileCopyrightText: 2023 Example Lab\nSPDX-License-Identifier: MIT\n-->\n# tool\n\n[![CI](https://x.example/ci.svg)](https://x.example/ci)\n\nA **fast** tool for `FITS` files.\n",
         "A fast tool for FITS files."),
        ("README.rst", "howfairis\n=========\n\n|\n\nPython package to analyze a GitHub or GitLab repository's compliance with the\nfair-software.eu_ recommendations.\n\nBadges\n------\n",
         "Python package to analyze a GitHub or GitLab repository's compliance with the fair-software.eu recommendations."),
        ("README.dev.rst", ".. SPDX-FileCopyrightText: 2021 Example\n..\n.. SPDX-License-Identifier: Apache-2.0\n\n``howfairis`` developer documentation\n======================================\n\nIf you're looking for user documentation, go `here <README.rst>`_.\n",
         "If you're looking for user documentation, go here."),
    ])
    func theDescriptionIsTheREADMEsFirstProseWithoutBadgesOrMarkup(file: String, readme: String, description: String) throws {
        let repository = try TemporaryRepository()
        try repository.commit("Start", files: [file: readme])
        let (document, _) = try Self.draft(repository)
        #expect(document["description"] as? String == description)
    }

    /// The GPL-3.0 text alone does not say whether later versions may be chosen (its "or any
    /// later version" is the how-to appendix), so the licence analysis reports the bare id,
    /// which SPDX deprecated: the draft asks instead of writing it.
    @Test func aGPLTextWithoutALaterVersionChoiceGivesAQuestionNotADeprecatedID() throws {
        let text = try String(contentsOf: PackageRoot.shared.appendingPathComponent("license-data/choosealicense/gpl-3.0.txt"), encoding: .utf8)
        let body = text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
        let repository = try TemporaryRepository()
        try repository.commit("Start", files: ["README.md": "# tool\n\nA tool.\n", "COPYING": body])
        let (document, _) = try Self.draft(repository)
        let license = try #require(document["license"] as? String)
        #expect(license.hasPrefix("TODO: https://spdx.org/licenses/GPL-3.0-only or https://spdx.org/licenses/GPL-3.0-or-later"), "\(license)")
    }
}
