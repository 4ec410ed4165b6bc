import Foundation
import OSSRLintKit
import Testing

@Suite struct ZenodoConversionTests {
    @Test func convertsTheWayTheOSSRUploadDoes() throws {
        let codemeta = CodeMetaValidatorTests.complete.replacingOccurrences(
            of: "\"copyrightHolder\": {\"@type\": \"Organization\", \"name\": \"ESCAPE\"},",
            with: "\"copyrightHolder\": {\"@type\": \"Organization\", \"name\": \"ESCAPE\"}, \"contributor\": [{\"@type\": \"Person\", \"name\": \"Solo\"}],")
        let json = try ZenodoConversion.zenodoJSON(fromCodeMeta: Data(codemeta.utf8), options: .init(includeEscapeCommunity: true, grants: ["10.13039/501100000780::824064"]))
        #expect(json == """
        {
          "access_right" : "open",
          "communities" : [
            {
              "identifier" : "escape2020"
            }
          ],
          "contributors" : [
            {
              "name" : "Solo",
              "type" : "Other"
            },
            {
              "name" : "ESCAPE",
              "type" : "RightsHolder"
            },
            {
              "name" : "European Commission",
              "type" : "Sponsor"
            },
            {
              "name" : "Lovelace, Ada",
              "type" : "ContactPerson"
            }
          ],
          "creators" : [
            {
              "affiliation" : "Brown University",
              "name" : "Carberry, Josiah",
              "orcid" : "0000-0002-1825-0097"
            }
          ],
          "description" : "Demonstrates the OSSR metadata rules.",
          "grants" : [
            {
              "id" : "10.13039/501100000780::824064"
            }
          ],
          "keywords" : [
            "astronomy",
            "OSSR"
          ],
          "license" : "bsd-3-clause",
          "publication_date" : "2024-03-01",
          "title" : "ossr-demo",
          "upload_type" : "software",
          "version" : "1.2.0"
        }

        """)
        #expect(ZenodoMetadataValidator().validate(Data(json.utf8)) == [], "the output passes the .zenodo.json rule")
    }

    @Test func outputIsDeterministic() throws {
        let data = Data(CodeMetaValidatorTests.complete.utf8)
        #expect(try ZenodoConversion.zenodoJSON(fromCodeMeta: data) == ZenodoConversion.zenodoJSON(fromCodeMeta: data))
    }

    @Test func invalidJSONFailsWithPosition() {
        #expect(throws: ZenodoConversion.Failure(message: "invalid JSON: trailing comma before '}'", line: 1, column: 12)) {
            try ZenodoConversion.zenodoJSON(fromCodeMeta: Data("{\"name\": 1,}".utf8))
        }
    }
}
