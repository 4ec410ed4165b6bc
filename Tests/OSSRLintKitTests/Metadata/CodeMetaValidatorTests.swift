import Foundation
import OSSRLintKit
import Testing

@Suite struct CodeMetaValidatorTests {
    /// A codemeta.json that passes every rule; tests change one thing at a time.
    static let complete = """
    {
      "@context": "https://w3id.org/codemeta/3.0",
      "@type": "SoftwareSourceCode",
      "name": "ossr-demo",
      "description": "Demonstrates the OSSR metadata rules.",
      "softwareVersion": "1.2.0",
      "version": "1.2.0",
      "datePublished": "2024-03-01",
      "license": "https://spdx.org/licenses/BSD-3-Clause",
      "readme": "https://gitlab.example.org/escape/ossr-demo/-/blob/main/README.md",
      "codeRepository": "https://gitlab.example.org/escape/ossr-demo",
      "issueTracker": "https://gitlab.example.org/escape/ossr-demo/-/issues",
      "releaseNotes": "https://gitlab.example.org/escape/ossr-demo/-/releases",
      "memoryRequirements": "2 GB",
      "processorRequirements": "x86_64",
      "storageRequirements": "100 MB",
      "keywords": ["astronomy", "OSSR"],
      "identifier": "https://doi.org/10.5281/zenodo.1234567",
      "funding": "ESCAPE 824064",
      "funder": {"@type": "Organization", "name": "European Commission"},
      "copyrightHolder": {"@type": "Organization", "name": "ESCAPE"},
      "author": [
        {"@type": "Person", "@id": "https://orcid.org/0000-0002-1825-0097", "givenName": "Josiah", "familyName": "Carberry",
         "affiliation": {"@type": "Organization", "name": "Brown University"}}
      ],
      "maintainer": {"@type": "Person", "givenName": "Ada", "familyName": "Lovelace", "email": "ada@example.org"},
      "continuousIntegration": "https://gitlab.example.org/escape/ossr-demo/-/pipelines"
    }
    """

    private func findings(_ text: String, knownLicenseIDs: Set<String>? = nil) -> [MetadataFinding] {
        CodeMetaValidator(knownLicenseIDs: knownLicenseIDs).validate(Data(text.utf8))
    }

    /// Replaces the first occurrence of a line fragment in the complete document.
    private func complete(replacing old: String, with new: String) -> String {
        guard let range = Self.complete.range(of: old) else { fatalError("fixture lacks \(old)") }
        return Self.complete.replacingCharacters(in: range, with: new)
    }

    @Test func completeCodeMeta3PassesEveryRule() {
        #expect(findings(Self.complete) == [])
        #expect(CodeMetaValidator.declaredVersion(of: Data(Self.complete.utf8)) == .v3)
    }

    @Test func completeCodeMeta2PassesWithItsOwnKeyNames() {
        let text = complete(replacing: "\"https://w3id.org/codemeta/3.0\"", with: "\"https://doi.org/10.5063/schema/codemeta-2.0\"")
            .replacingOccurrences(of: "continuousIntegration", with: "contIntegration")
        #expect(findings(text) == [])
    }

    @Test func syntaxErrorsAreReportedAtLineAndColumn() {
        let found = findings("{\n  \"name\": \"x\",\n}")
        #expect(found.map(\.description) == ["codemeta.json:3:1: error: invalid JSON: trailing comma before '}'"])
        #expect(found.first?.rule == "codemeta-valid-json")
    }

    @Test func topLevelMustBeAnObject() {
        #expect(findings("[]").map(\.message) == ["the top-level value is an array, expected an object"])
    }

    @Test(arguments: [
        ("\"https://doi.org/10.5063/schema/codemeta-1.0\"", "'@context' declares CodeMeta 1.0, which the OSSR does not accept"),
        ("\"https://schema.org\"", "'@context' ('https://schema.org') names no CodeMeta context"),
        ("[\"https://w3id.org/codemeta/3.0\", \"https://doi.org/10.5063/schema/codemeta-2.0\"]", "'@context' names CodeMeta 2.0 and 3.0; a file must declare exactly one version"),
    ])
    func contextMustNameOneAcceptedVersion(context: String, messageStart: String) throws {
        let found = findings(complete(replacing: "\"https://w3id.org/codemeta/3.0\"", with: context)).filter { $0.rule == "codemeta-context" }
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.message.hasPrefix(messageStart), "\(finding.message)")
        #expect(finding.line == 2)
        #expect(finding.column == 15)
    }

    @Test func contextAcceptsRawGitHubAndHTTPSpellings() {
        #expect(CodeMetaVersion(contextURL: "https://raw.githubusercontent.com/codemeta/codemeta/2.0/codemeta.jsonld") == .v2)
        #expect(CodeMetaVersion(contextURL: "http://w3id.org/codemeta/3.0/") == .v3)
        #expect(CodeMetaVersion(contextURL: "https://w3id.org/codemeta/4.0") == nil)
        #expect(CodeMetaVersion(contextURL: "w3id.org/codemeta/3.0") == nil)
    }

    @Test func typeMustBeSoftwareSourceCode() {
        let found = findings(complete(replacing: "\"@type\": \"SoftwareSourceCode\"", with: "\"@type\": \"Dataset\""))
        #expect(found.map(\.message) == ["'@type' is 'Dataset', expected 'SoftwareSourceCode'"])
        #expect(found.first?.line == 3)
    }

    @Test func requiredKeysMustBePresentAndNonEmpty() {
        let text = complete(replacing: "\"readme\": \"https://gitlab.example.org/escape/ossr-demo/-/blob/main/README.md\",", with: "")
            .replacingOccurrences(of: "\"description\": \"Demonstrates the OSSR metadata rules.\"", with: "\"description\": \"  \"")
            .replacingOccurrences(of: "\"keywords\": [\"astronomy\", \"OSSR\"]", with: "\"keywords\": []")
        let found = findings(text)
        #expect(found.filter { $0.rule == "codemeta-required" }.map(\.description) == [
            "codemeta.json:1:1: error: required key 'readme' is missing",
            "codemeta.json:5:18: error: required key 'description' is empty",
        ])
        #expect(found.filter { $0.rule == "codemeta-recommended" }.map(\.description) == [
            "codemeta.json:17:15: warning: recommended key 'keywords' is empty",
        ])
    }

    @Test func requiredKeysComeFromTheCrosswalk() {
        #expect(Set(CodeMetaCrosswalk.keys(.required, in: .v3)) == ["softwareVersion", "author", "datePublished", "license", "description", "name", "maintainer", "readme"])
        #expect(CodeMetaCrosswalk.keys(.recommended, in: .v2).count == 11)
        #expect(CodeMetaCrosswalk.eossrVersion == "2.3.1")
        #expect(CodeMetaCrosswalk.allowedKeys(in: .v2).contains("contIntegration"))
        #expect(!CodeMetaCrosswalk.allowedKeys(in: .v2).contains("continuousIntegration"))
        #expect(!CodeMetaCrosswalk.allowedKeys(in: .v3).contains("@id"))
    }

    @Test func unknownKeysGetSuggestionsAndCrossVersionHints() {
        let text = complete(replacing: "\"funding\":", with: "\"@id\": \"https://example.org/x\", \"licence\": \"MIT\", \"fundnig\":")
        let text2 = text.replacingOccurrences(of: "https://w3id.org/codemeta/3.0", with: "https://doi.org/10.5063/schema/codemeta-2.0")
        let messages = findings(text2).filter { $0.rule == "codemeta-known-keys" }.map(\.message)
        #expect(messages == [
            "unknown key '@id' is not in the CodeMeta 2.0 crosswalk, which eossr rejects",
            "unknown key 'licence' is not in the CodeMeta 2.0 crosswalk; did you mean 'license'?",
            "unknown key 'fundnig' is not in the CodeMeta 2.0 crosswalk; did you mean 'funding'?",
            "'continuousIntegration' is a CodeMeta 3.0 key but the file declares 2.0; use 'contIntegration'",
        ])
        let v3 = findings(Self.complete.replacingOccurrences(of: "continuousIntegration", with: "contIntegration"))
        #expect(v3.map(\.message) == ["'contIntegration' is a CodeMeta 2.0 key but the file declares 3.0; use 'continuousIntegration'"])
        #expect(v3.first?.location == "codemeta.json:27:3")
    }

    @Test(arguments: [
        ("\"https://spdx.org/licenses/BSD-3-Clause\"", "\"BSD-3-Clause\"", "'license' 'BSD-3-Clause' is not an absolute URL, which Zenodo needs; write 'https://spdx.org/licenses/BSD-3-Clause'"),
        ("\"https://spdx.org/licenses/BSD-3-Clause\"", "\"https://example.org/licenses/my licence\"", "'license' 'https://example.org/licenses/my licence' is not an absolute URL, which Zenodo needs; write 'https://spdx.org/licenses/<SPDX id>'"),
        ("\"2024-03-01\"", "\"02-02-2022\"", "'datePublished' '02-02-2022' is not an ISO 8601 date; write it as YYYY-MM-DD"),
        ("\"2024-03-01\"", "\"2023-02-29\"", "'datePublished' '2023-02-29' is not an ISO 8601 date; write it as YYYY-MM-DD"),
        ("\"https://gitlab.example.org/escape/ossr-demo\",", "\"gitlab.example.org/escape/ossr-demo\",", "'codeRepository' 'gitlab.example.org/escape/ossr-demo' is not an absolute URL; write e.g. 'https://gitlab.example.org/group/project'"),
        ("\"version\": \"1.2.0\"", "\"version\": \"1.2\"", "'version' is '1.2' but 'softwareVersion' is '1.2.0'; the deposit takes one version, make them equal"),
        ("\"email\": \"ada@example.org\"", "\"email\": \"\"", "no 'maintainer' has an 'email'; add a contact address"),
        ("0000-0002-1825-0097", "0000-0002-1825-0098", "ORCID 'https://orcid.org/0000-0002-1825-0098' has a wrong check digit"),
        ("0000-0002-1825-0097", "0000-0002-1825", "ORCID 'https://orcid.org/0000-0002-1825' is not an ORCID iD like 'https://orcid.org/0000-0002-1825-0097'"),
        ("{\"@type\": \"Organization\", \"name\": \"ESCAPE\"}", "\"ESCAPE\"", "'copyrightHolder' 'ESCAPE' is a string; Zenodo needs an object with '@type' 'Person' (with 'givenName' and 'familyName') or 'Organization' (with 'name')"),
        ("{\"@type\": \"Organization\", \"name\": \"ESCAPE\"}", "{\"@type\": \"Organization\"}", "'copyrightHolder' Organization has no 'name'"),
        ("\"givenName\": \"Ada\", \"familyName\": \"Lovelace\",", "\"name\": \"Ada Lovelace\",", "'maintainer' Person 'Ada Lovelace' has only 'name' and lacks 'givenName' and 'familyName', which Zenodo needs to write 'Family, Given'"),
        ("{\"@type\": \"Organization\", \"name\": \"European Commission\"}", "{\"name\": \"European Commission\"}", "'funder' 'European Commission' has no '@type'; use 'Person' or 'Organization'"),
    ])
    func zenodoReadinessFindings(old: String, new: String, message: String) {
        let found = findings(complete(replacing: old, with: new))
        #expect(found.map(\.message) == [message])
        #expect(found.allSatisfy { $0.rule == "codemeta-zenodo-ready" })
    }

    /// Packaging metadata writes repositories the way pip reaches them; they are absolute URLs.
    @Test func aPipStyleRepositoryURLIsAnAbsoluteURL() {
        let url = "\"https://gitlab.example.org/escape/ossr-demo\","
        #expect(findings(complete(replacing: url, with: "\"git+https://gitlab.example.org/escape/ossr-demo.git\",")).isEmpty)
        #expect(findings(complete(replacing: url, with: "\"git+ssh://git@gitlab.example.org/escape/ossr-demo.git\",")).isEmpty)
        #expect(findings(complete(replacing: url, with: "\"git+https:/ossr-demo\",")).map(\.rule) == ["codemeta-zenodo-ready"])
    }

    @Test func licenceIdCanBeCheckedAgainstAKnownList() {
        let text = complete(replacing: "licenses/BSD-3-Clause", with: "licenses/BSD-3")
        #expect(findings(text).isEmpty, "syntax-only check without a list")
        #expect(findings(text, knownLicenseIDs: ["BSD-3-Clause", "MIT"]).map(\.message) == [
            "'license' 'https://spdx.org/licenses/BSD-3' does not end with an SPDX licence id; write 'https://spdx.org/licenses/<SPDX id>'",
        ])
    }

    @Test func placeholdersCountAsMissing() {
        let found = findings(complete(replacing: "\"Josiah\"", with: "\"TODO: given name\""))
        #expect(found.map(\.description) == ["codemeta.json:23:86: error: required key 'author' still holds the placeholder 'TODO: given name'"])
    }

    @Test func duplicateKeysAreAWarning() {
        let found = findings(complete(replacing: "\"version\": \"1.2.0\",", with: "\"version\": \"1.2.0\", \"version\": \"1.2.0\","))
        #expect(found.map(\.description) == ["codemeta.json:7:23: warning: key 'version' appears more than once; readers keep only one of the values"])
    }

    @Test func committedCrosswalkTableIsNotStale() throws {
        let result = try MetadataTestSupport.regenerate(
            script: "Scripts/generate-codemeta-crosswalk.py",
            committed: "Sources/OSSRLintKit/Metadata/Generated/CodeMetaCrosswalkData.swift")
        #expect(!result.generated.isEmpty, "generator failed: \(result.output)")
        #expect(result.generated == result.committed, "stale: run python3 Scripts/generate-codemeta-crosswalk.py ../shared Sources/OSSRLintKit/Metadata/Generated/CodeMetaCrosswalkData.swift")
    }
}
