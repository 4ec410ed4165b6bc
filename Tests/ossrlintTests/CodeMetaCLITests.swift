import Foundation
import Testing
import TestSupport

/// `ossrlint codemeta init` and `codemeta to-zenodo` as a user runs them, and the round trip a
/// user makes: draft, fill in the placeholders, commit, and pass every codemeta rule.
@Suite struct CodeMetaCLITests {
    /// README, MIT LICENSE and a Python module by two authors (Ada Author twice, Bea Builder once),
    /// tagged v1.2.0 (annotated, the fifth fixed date: 2024-01-05), with an SSH remote `origin`.
    private static func project() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.commit("Import skytool", files: [
            "README.md": "# skytool\n\nskytool reduces raw telescope exposures into calibrated images.\n",
            "LICENSE": CompleteOSSRRepository.mitLicence,
        ])
        try repository.commit("Add the reduction", files: ["src/skytool/reduce.py": "def reduce(x):\n    return x\n"])
        try repository.commit("Add flat fielding", files: ["src/skytool/flat.py": "def flat(x):\n    return x\n"], author: "Bea Builder", email: "bea@example.org")
        try repository.commit("Prepare 1.2.0", files: ["CHANGELOG.md": "# Changelog\n\n## 1.2.0\n"])
        try repository.tag("v1.2.0", annotated: true)
        try repository.git("remote", "add", "origin", "git@gitlab.example.org:sky/skytool.git")
        return repository
    }

    private static func ossrlint(_ arguments: String..., in repository: TemporaryRepository) throws -> ProcessRunner.Result {
        try OSSRLintExecutable.run(arguments, in: repository.url, environment: repository.environment)
    }

    private static func object(_ text: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [String: Any], "not a JSON object: \(text)")
    }

    // MARK: init

    @Test func initDraftsValidJSONFromTheRemoteLicenceTagAndAuthors() throws {
        let repository = try Self.project()
        let result = try Self.ossrlint("codemeta", "init", in: repository)
        #expect(result.status == 0, "\(result.standardError)")
        let draft = try Self.object(result.standardOutput)
        #expect(draft["name"] as? String == "skytool", "the work tree folder is 'repo'; the name comes from the remote")
        #expect(draft["codeRepository"] as? String == "https://gitlab.example.org/sky/skytool")
        #expect(draft["license"] as? String == "https://spdx.org/licenses/MIT")
        #expect(draft["version"] as? String == "1.2.0")
        #expect(draft["softwareVersion"] as? String == "1.2.0")
        #expect(draft["datePublished"] as? String == "2024-01-05")
        #expect(draft["description"] as? String == "skytool reduces raw telescope exposures into calibrated images.")
        let authors = try #require(draft["author"] as? [[String: Any]])
        #expect(authors.map { "\($0["givenName"] ?? "") \($0["familyName"] ?? "")" } == ["Ada Author", "Bea Builder"])
        #expect(authors.allSatisfy { $0["@type"] as? String == "Person" })
    }

    @Test func initListsEveryPlaceholderOfTheDraftOnStandardError() throws {
        let repository = try Self.project()
        let result = try Self.ossrlint("codemeta", "init", in: repository)
        let placeholders = Self.placeholders(in: try Self.object(result.standardOutput))
        #expect(!placeholders.isEmpty)
        for (keyPath, text) in placeholders {
            #expect(result.standardError.contains("to fill in: \(keyPath) — \(text)\n"), "\(keyPath) is not listed: \(result.standardError)")
        }
        let listed = result.standardError.split(separator: "\n").filter { $0.hasPrefix("to fill in: ") }
        #expect(listed.count == placeholders.count, "\(listed)")
        #expect(!result.standardOutput.contains("to fill in"))
    }

    @Test func initWritesOutputButNeverOverwritesAnExistingFile() throws {
        let repository = try Self.project()
        let printed = try Self.ossrlint("codemeta", "init", in: repository)
        let written = try Self.ossrlint("codemeta", "init", "--output", "codemeta.json", in: repository)
        #expect(written.status == 0)
        #expect(written.standardOutput == "")
        let file = repository.url.appendingPathComponent("codemeta.json")
        #expect(try String(contentsOf: file, encoding: .utf8) == printed.standardOutput)

        try Data("{}\n".utf8).write(to: file)
        let refused = try Self.ossrlint("codemeta", "init", "--output", "codemeta.json", in: repository)
        #expect(refused.status == 2)
        #expect(refused.standardOutput == "")
        #expect(refused.standardError.hasPrefix("ossrlint: error: cannot write the draft to 'codemeta.json': it exists. Remove it"), "\(refused.standardError)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "{}\n")
    }

    // MARK: round trip

    @Test func aFilledInDraftPassesEveryCodeMetaRuleAndConvertsForZenodo() throws {
        let repository = try Self.project()
        let draft = try Self.ossrlint("codemeta", "init", "--output", "codemeta.json", in: repository)
        #expect(draft.status == 0)
        let file = repository.url.appendingPathComponent("codemeta.json")
        var unfilled: [String] = []
        let filled = Self.fillingPlaceholders(in: try Self.object(try String(contentsOf: file, encoding: .utf8)), unknown: &unfilled)
        #expect(unfilled == [], "no real value for these placeholders")
        let data = try JSONSerialization.data(withJSONObject: filled, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        #expect(!String(decoding: data, as: UTF8.self).contains("TODO"))
        try (data + Data("\n".utf8)).write(to: file)
        try repository.commit("Describe skytool in codemeta.json")

        let check = try Self.ossrlint("check", "--format", "json", "--fail-on", "never", in: repository)
        #expect(check.status == 0, "\(check.standardError)")
        let results = try #require(try Self.object(check.standardOutput)["results"] as? [[String: Any]])
        // Keywords from the OSSR vocabulary are the project's choice, which no draft can make.
        let codemeta = results.filter { ($0["rule"] as? String)?.hasPrefix("codemeta-") == true && $0["rule"] as? String != "codemeta-keywords" }
        #expect(codemeta.count == 7, "\(codemeta.map { $0["rule"] ?? "" })")
        for result in codemeta {
            #expect(result["status"] as? String == "pass", "\(result["rule"] ?? ""): \(result["message"] ?? "")")
        }
        // The commit that adds codemeta.json comes after the tag: one commit, in the singular.
        let unreleased = try #require(results.first { $0["rule"] as? String == "release-unreleased-commits" })
        #expect(unreleased["message"] as? String == "1 commit since release 'v1.2.0' is not released yet")

        let zenodo = try Self.ossrlint("codemeta", "to-zenodo", in: repository)
        #expect(zenodo.status == 0, "\(zenodo.standardError)")
        let deposit = try Self.object(zenodo.standardOutput)
        #expect(deposit["upload_type"] as? String == "software")
        #expect(deposit["license"] as? String == "mit")
        #expect(deposit["version"] as? String == "1.2.0")
        #expect(deposit["title"] as? String == "skytool")
        let creators = try #require(deposit["creators"] as? [[String: Any]])
        #expect(creators.map { $0["name"] as? String } == ["Author, Ada", "Builder, Bea"])
    }

    // MARK: to-zenodo

    @Test func toZenodoOnBrokenJSONExitsOneWithFileLineAndColumn() throws {
        let repository = try Self.project()
        try repository.write("meta/broken.json", "{\n  \"name\": \"skytool\",\n  \"description\": ,\n  \"version\": \"1.2.0\"\n}\n")
        let result = try Self.ossrlint("codemeta", "to-zenodo", "meta/broken.json", in: repository)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("meta/broken.json:3:18: error: invalid JSON"), "\(result.standardError)")
    }

    /// A codemeta.json that names only who wrote it: eossr's validation stops the OSSR upload
    /// at the missing required keys, so the conversion does too, naming each.
    @Test func toZenodoRefusesAFileMissingRequiredKeysNamingEachWithItsPosition() throws {
        let repository = try Self.project()
        try repository.write("meta/codemeta.json", """
        {
          "@context": "https://w3id.org/codemeta/3.0",
          "@type": "SoftwareSourceCode",
          "name": "skytool",
          "author": [{"@type": "Person", "givenName": "Ada", "familyName": "Author"}]
        }

        """)
        let result = try Self.ossrlint("codemeta", "to-zenodo", "meta/codemeta.json", in: repository)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        let errors = result.standardError.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
        #expect(errors.sorted() == [
            "meta/codemeta.json:1:1: error: required key 'datePublished' is missing",
            "meta/codemeta.json:1:1: error: required key 'description' is missing",
            "meta/codemeta.json:1:1: error: required key 'license' is missing",
            "meta/codemeta.json:1:1: error: required key 'maintainer' is missing",
            "meta/codemeta.json:1:1: error: required key 'readme' is missing",
            "meta/codemeta.json:1:1: error: required key 'softwareVersion' is missing",
        ], "\(result.standardError)")
    }

    /// The draft `codemeta init` writes is full of "TODO:" values; converting it as it is
    /// would publish them on Zenodo.
    @Test func toZenodoRefusesTheDraftsPlaceholders() throws {
        let repository = try Self.project()
        #expect(try Self.ossrlint("codemeta", "init", "--output", "codemeta.json", in: repository).status == 0)
        let result = try Self.ossrlint("codemeta", "to-zenodo", "codemeta.json", in: repository)
        #expect(result.status == 1)
        #expect(!result.standardOutput.contains("TODO"))
        #expect(result.standardError.contains("codemeta.json:"), "\(result.standardError)")
        #expect(result.standardError.contains("still holds the placeholder 'TODO: "), "\(result.standardError)")
    }

    /// eossr sends `codeRepository` as an `isDerivedFrom` related identifier, `readme` as
    /// `isDocumentedBy` and `funding` as a grant; keys Zenodo has no field for are named.
    @Test func toZenodoKeepsTheRepositoryReadmeAndGrantAndWarnsAboutWhatItLeavesOut() throws {
        let repository = try Self.project()
        try repository.write("codemeta.json", Self.completeCodeMeta(version: "1.2.0"))
        let result = try Self.ossrlint("codemeta", "to-zenodo", "codemeta.json", in: repository)
        #expect(result.status == 0, "\(result.standardError)")
        let deposit = try Self.object(result.standardOutput)
        let related = try #require(deposit["related_identifiers"] as? [[String: String]])
        #expect(related.map { "\($0["relation"] ?? "") \($0["identifier"] ?? "")" } == [
            "isDocumentedBy https://gitlab.example.org/sky/skytool/-/blob/HEAD/README.md",
            "isDerivedFrom https://gitlab.example.org/sky/skytool",
        ])
        #expect(deposit["grants"] as? [[String: String]] == [["id": "824064"]])
        #expect(result.standardError == "codemeta.json:12:3: warning: 'issueTracker' has no field in a Zenodo deposit and is left out, as the OSSR upload leaves it out\n")
    }

    /// The CI job converts the codemeta.json of the release it uploads, from a bare mirror
    /// or a checkout, as `check --rev` lints one.
    @Test func toZenodoReadsCodeMetaFromARepositoryAtARevision() throws {
        let repository = try Self.project()
        try repository.commit("Describe 1.2.0", files: ["codemeta.json": Self.completeCodeMeta(version: "1.2.0")])
        try repository.tag("v1.2.1")
        try repository.commit("Describe 1.3.0", files: ["codemeta.json": Self.completeCodeMeta(version: "1.3.0")])
        let mirror = try TemporaryRepository(cloning: repository, arguments: ["--mirror"])
        for (arguments, version) in [([String](), "1.3.0"), (["--rev", "v1.2.1"], "1.2.0"), (["--rev", "v1.2.1", mirror.path], "1.2.0"), ([repository.path], "1.3.0")] {
            let result = try OSSRLintExecutable.run(["codemeta", "to-zenodo"] + arguments, in: repository.url, environment: repository.environment)
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
            #expect(!result.standardError.contains("NSCocoaErrorDomain"))
            #expect((try? Self.object(result.standardOutput))?["version"] as? String == version, "\(arguments)")
        }
        let file = try Self.ossrlint("codemeta", "to-zenodo", "--rev", "v1.2.1", "codemeta.json", in: repository)
        #expect(file.status == 2)
        #expect(file.standardError.hasPrefix("ossrlint: error: 'codemeta.json' is a file; --rev"), "\(file.standardError)")
        let none = try Self.ossrlint("codemeta", "to-zenodo", "--rev", "v1.2.0", in: repository)
        #expect(none.status == 2)
        #expect(none.standardError == "ossrlint: error: there is no codemeta.json at the root of the commit v1.2.0; write one with 'ossrlint codemeta init'\n")
    }

    /// Every key the OSSR requires or recommends for skytool, with one key Zenodo has no field for.
    private static func completeCodeMeta(version: String) -> String {
        """
        {
          "@context": "https://w3id.org/codemeta/3.0",
          "@type": "SoftwareSourceCode",
          "name": "skytool",
          "description": "skytool reduces raw telescope exposures into calibrated images.",
          "softwareVersion": "\(version)",
          "datePublished": "2024-01-05",
          "license": "https://spdx.org/licenses/MIT",
          "readme": "https://gitlab.example.org/sky/skytool/-/blob/HEAD/README.md",
          "codeRepository": "https://gitlab.example.org/sky/skytool",
          "funding": "824064",
          "issueTracker": "https://gitlab.example.org/sky/skytool/-/issues",
          "author": [{"@type": "Person", "givenName": "Ada", "familyName": "Author"}],
          "maintainer": {"@type": "Person", "givenName": "Ada", "familyName": "Author", "email": "ada@example.org"}
        }

        """
    }

    @Test func toZenodoOnAMissingFileExitsTwo() throws {
        let repository = try Self.project()
        let result = try Self.ossrlint("codemeta", "to-zenodo", "nowhere.json", in: repository)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("ossrlint: error: cannot read 'nowhere.json'"), "\(result.standardError)")
    }

    // MARK: Placeholders

    /// Every `"TODO: …"` string of `value` with its key path as the CLI names it (`funder.name`,
    /// `keywords[0]`).
    private static func placeholders(in value: Any, at keyPath: String = "") -> [(String, String)] {
        switch value {
        case let object as [String: Any]:
            object.sorted { $0.key < $1.key }.flatMap { placeholders(in: $0.value, at: keyPath.isEmpty ? $0.key : "\(keyPath).\($0.key)") }
        case let array as [Any]:
            array.enumerated().flatMap { placeholders(in: $0.element, at: "\(keyPath)[\($0.offset)]") }
        case let text as String where text.hasPrefix("TODO: "):
            [(keyPath, text)]
        default:
            []
        }
    }

    /// What a person would write for each key the draft can leave as a placeholder: URLs for the
    /// URL keys, an ISO date, a version, names and quantities.
    private static let realValues: [String: String] = [
        "description": "skytool reduces raw telescope exposures into calibrated images.",
        "softwareVersion": "1.2.0", "version": "1.2.0", "datePublished": "2024-01-05",
        "license": "https://spdx.org/licenses/MIT",
        "readme": "https://gitlab.example.org/sky/skytool/-/blob/HEAD/README.md",
        "codeRepository": "https://gitlab.example.org/sky/skytool",
        "issueTracker": "https://gitlab.example.org/sky/skytool/-/issues",
        "releaseNotes": "https://gitlab.example.org/sky/skytool/-/releases",
        "identifier": "https://doi.org/10.5281/zenodo.1234567",
        "keywords": "astronomy", "funding": "ESCAPE 824064", "name": "Sky Lab",
        "givenName": "Ada", "familyName": "Author", "email": "ada@example.org",
        "memoryRequirements": "4 GB", "processorRequirements": "x86_64", "storageRequirements": "1 GB",
    ]

    /// `value` with every placeholder replaced by the real value for its key; placeholders under
    /// a key without one are left and named in `unknown`.
    private static func fillingPlaceholders(in value: Any, key: String = "", unknown: inout [String]) -> Any {
        switch value {
        case let object as [String: Any]:
            var filled: [String: Any] = [:]
            for (name, member) in object { filled[name] = fillingPlaceholders(in: member, key: name, unknown: &unknown) }
            return filled
        case let array as [Any]:
            return array.map { fillingPlaceholders(in: $0, key: key, unknown: &unknown) }
        case let text as String where text.hasPrefix("TODO: "):
            guard let real = realValues[key] else {
                unknown.append(key)
                return text
            }
            return real
        default:
            return value
        }
    }
}
