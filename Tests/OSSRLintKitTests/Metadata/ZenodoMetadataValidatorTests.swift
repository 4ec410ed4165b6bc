import Foundation
import OSSRLintKit
import Testing

@Suite struct ZenodoMetadataValidatorTests {
    static let complete = """
    {
      "title": "ossr-demo",
      "upload_type": "software",
      "description": "Demonstrates the OSSR metadata rules.",
      "creators": [{"name": "Carberry, Josiah", "orcid": "0000-0002-1825-0097"}],
      "access_right": "open",
      "license": "bsd-3-clause",
      "publication_date": "2024-03-01",
      "version": "1.2.0"
    }
    """

    private func messages(_ text: String, codeMeta: String? = nil) -> [String] {
        ZenodoMetadataValidator().validate(Data(text.utf8), codeMeta: codeMeta.map { Data($0.utf8) }).map(\.description)
    }

    @Test func completeFilePasses() {
        #expect(messages(Self.complete) == [])
    }

    @Test func requiredKeysAndSyntax() {
        #expect(messages("{\"title\": \"\"}") == [
            ".zenodo.json:1:11: error: required key 'title' is empty",
            ".zenodo.json:1:1: error: required key 'creators' is missing",
            ".zenodo.json:1:1: error: required key 'description' is missing",
            ".zenodo.json:1:1: error: 'open' access needs a 'license' id such as 'mit' (access is 'open' when 'access_right' is absent)",
        ])
        #expect(messages("{\"title\": 1,}") == [".zenodo.json:1:13: error: invalid JSON: trailing comma before '}'"])
    }

    @Test(arguments: [
        ("\"access_right\": \"open\"", "\"access_right\": \"public\"", ".zenodo.json:6:19: error: 'access_right' 'public' is not one of 'open', 'embargoed', 'restricted', 'closed'"),
        ("\"license\": \"bsd-3-clause\"", "\"license\": \"\"", ".zenodo.json:7:14: error: 'open' access needs a 'license' id such as 'mit'"),
        ("\"access_right\": \"open\"", "\"access_right\": \"embargoed\"", ".zenodo.json:1:1: error: 'embargoed' access needs an 'embargo_date' as YYYY-MM-DD"),
        ("\"2024-03-01\"", "\"1 March 2024\"", ".zenodo.json:8:23: error: 'publication_date' '1 March 2024' is not an ISO 8601 date; write it as YYYY-MM-DD"),
        ("\"upload_type\": \"software\"", "\"upload_type\": \"code\"", ".zenodo.json:3:18: error: 'upload_type' 'code' is not one of 'publication', 'poster', 'presentation', 'dataset', 'image', 'video', 'software', 'lesson', 'physicalobject', 'other'"),
        ("0000-0002-1825-0097", "0000-0002-1825-0098", ".zenodo.json:5:54: error: ORCID '0000-0002-1825-0098' has a wrong check digit"),
    ])
    func singleProblems(old: String, new: String, expected: String) {
        #expect(messages(Self.complete.replacingOccurrences(of: old, with: new)) == [expected])
    }

    @Test func restrictedAccessNeedsNoLicence() {
        let text = Self.complete.replacingOccurrences(of: "\"access_right\": \"open\"", with: "\"access_right\": \"closed\"")
            .replacingOccurrences(of: "\"license\": \"bsd-3-clause\",", with: "")
        #expect(messages(text) == [])
    }

    /// The codemeta.json the complete deposit could have been generated from.
    static let codeMeta = """
        {"@context": "https://w3id.org/codemeta/3.0", "name": "ossr-demo", "description": "Demonstrates the OSSR metadata rules.",
         "softwareVersion": "1.2.0", "license": "https://spdx.org/licenses/BSD-3-Clause",
         "author": [{"@type": "Person", "givenName": "Josiah", "familyName": "Carberry"}]}
        """

    /// agnpy keeps .zenodo.json generated from codemeta.json: both existing is the workflow,
    /// not a finding; only a deposit that drifted from its source is.
    @Test func aDepositThatAgreesWithCodeMetaIsNoFinding() {
        #expect(messages(Self.complete, codeMeta: Self.codeMeta) == [])
    }

    @Test func aDepositThatDriftedFromCodeMetaNamesEachField() {
        let drifted = Self.codeMeta.replacingOccurrences(of: "1.2.0", with: "1.3.0").replacingOccurrences(of: "BSD-3-Clause", with: "MIT")
        #expect(messages(Self.complete, codeMeta: drifted) == [
            ".zenodo.json:9:14: warning: 'version' is '1.2.0' but codemeta.json gives '1.3.0'; the upload takes .zenodo.json and ignores codemeta.json, so regenerate it ('ossrlint codemeta to-zenodo') or make them agree",
            ".zenodo.json:7:14: warning: 'license' is 'bsd-3-clause' but codemeta.json gives 'mit'; the upload takes .zenodo.json and ignores codemeta.json, so regenerate it ('ossrlint codemeta to-zenodo') or make them agree",
        ])
    }

    /// Two licences convert to 'other-open'; a deposit written by hand that names one of them
    /// chose it, which is not drift.
    @Test func aDepositNamingOneOfSeveralLicencesHasNotDrifted() {
        let dual = Self.codeMeta.replacingOccurrences(of: "\"https://spdx.org/licenses/BSD-3-Clause\"", with: "[\"https://spdx.org/licenses/BSD-3-Clause\", \"https://spdx.org/licenses/MIT\"]")
        #expect(dual != Self.codeMeta)
        #expect(messages(Self.complete, codeMeta: dual) == [])
    }

    @Test func whatToZenodoWritesAgreesWithItsSource() throws {
        let generated = try ZenodoConversion.zenodoJSON(fromCodeMeta: Data(CodeMetaValidatorTests.complete.utf8))
        #expect(messages(generated, codeMeta: CodeMetaValidatorTests.complete).filter { $0.contains("codemeta.json gives") } == [])
    }

    /// Zenodo's loader takes `{"id": "MIT"}` as well as `"mit"`; the GitHub integration makes
    /// a deposit without `upload_type` a software record.
    @Test func aLicenceObjectWithAnIDAndNoUploadTypeAreAccepted() {
        let text = Self.complete.replacingOccurrences(of: "\"bsd-3-clause\"", with: "{\"id\": \"BSD-3-Clause\"}")
            .replacingOccurrences(of: "\"upload_type\": \"software\",", with: "")
        #expect(messages(text) == [])
        let noID = Self.complete.replacingOccurrences(of: "\"bsd-3-clause\"", with: "{\"title\": \"BSD\"}")
        #expect(messages(noID) == [".zenodo.json:7:14: error: 'license' as an object needs an 'id' string such as 'mit'"])
    }
}
