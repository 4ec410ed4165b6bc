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

    private func messages(_ text: String, codeMetaPresent: Bool = false) -> [String] {
        ZenodoMetadataValidator().validate(Data(text.utf8), codeMetaPresent: codeMetaPresent).map(\.description)
    }

    @Test func completeFilePasses() {
        #expect(messages(Self.complete) == [])
    }

    @Test func requiredKeysAndSyntax() {
        #expect(messages("{\"title\": \"\"}") == [
            ".zenodo.json:1:11: error: required key 'title' is empty",
            ".zenodo.json:1:1: error: required key 'upload_type' is missing",
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

    @Test func bothZenodoAndCodeMetaIsAFinding() {
        let found = ZenodoMetadataValidator().validate(Data(Self.complete.utf8), codeMetaPresent: true)
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("both .zenodo.json and codemeta.json exist; the upload takes .zenodo.json and ignores codemeta.json") == true)
        #expect(found.first?.rule == "zenodo-json-valid")
    }
}
