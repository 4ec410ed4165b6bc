import Foundation
@testable import OSSRLintKit
import Testing

@Suite struct ZenodoConversionTests {
    /// A CodeMeta 2.0 file as ESCAPE projects write them: two creators (a person with an ORCID
    /// and two affiliations, an organisation), the repository and README links, a grant number.
    static let skycat = """
    {
      "@context": "https://doi.org/10.5063/schema/codemeta-2.0",
      "@type": "SoftwareSourceCode",
      "name": "skycat",
      "description": "Catalogues sources in sky images.",
      "codeRepository": "https://gitlab.example.org/sky/skycat",
      "readme": "https://gitlab.example.org/sky/skycat/-/blob/main/README.md",
      "softwareVersion": "2.1.0",
      "datePublished": "2024-06-30",
      "license": "https://spdx.org/licenses/Apache-2.0",
      "keywords": ["astronomy", "catalogue"],
      "funding": "824064",
      "issueTracker": "https://gitlab.example.org/sky/skycat/-/issues",
      "author": [
        {"@type": "Person", "givenName": "Josiah", "familyName": "Carberry", "@id": "https://orcid.org/0000-0002-1825-0097",
         "affiliation": [{"@type": "Organization", "name": "Brown University"}, {"@type": "Organization", "name": "ESCAPE"}]},
        {"@type": "Organization", "name": "Sky Team"}
      ],
      "maintainer": {"@type": "Person", "givenName": "Ada", "familyName": "Lovelace", "email": "ada@example.org"},
      "copyrightHolder": {"@type": "Organization", "name": "Sky Lab"},
      "funder": {"@type": "Organization", "name": "European Commission"}
    }
    """

    /// Expected values worked out by hand from eossr 2.3.1's `codemeta2zenodo` (core.py and
    /// converters.py of the PyPI wheel) and its crosswalk (`escape_codemeta_crosswalk.csv`, the
    /// copy in shared/ossr). eossr walks the file's keys in order and appends to each Zenodo
    /// list, so lists keep the file's order.
    @Test func convertsASampleFileFieldByFieldAsEossrDoes() throws {
        let converted = try ZenodoConversion.convert(Data(Self.skycat.utf8))
        let deposit = try #require(try JSONSerialization.jsonObject(with: Data(converted.json.utf8)) as? [String: Any])
        // add_upload_type: no @type or SoftwareSourceCode → "software"; access_right defaults to "open".
        #expect(deposit["upload_type"] as? String == "software")
        #expect(deposit["access_right"] as? String == "open")
        // Crosswalk name → title, description → description (Text, copied).
        #expect(deposit["title"] as? String == "skycat")
        #expect(deposit["description"] as? String == "Catalogues sources in sky images.")
        // Crosswalk softwareVersion → version; datePublished → publication_date (DateConverter keeps ISO text).
        #expect(deposit["version"] as? String == "2.1.0")
        #expect(deposit["publication_date"] as? String == "2024-06-30")
        // LicenseConverter: url.rsplit("/")[-1].lower(), which is a Zenodo licence id.
        #expect(deposit["license"] as? String == "apache-2.0")
        // keywords: Text, each element copied.
        #expect(deposit["keywords"] as? [String] == ["astronomy", "catalogue"])
        // CodeRepositoryConverter then ReadmeConverter, both to related_identifiers, in file order.
        let related = try #require(deposit["related_identifiers"] as? [[String: String]])
        #expect(related == [
            ["scheme": "url", "identifier": "https://gitlab.example.org/sky/skycat", "relation": "isDerivedFrom", "resource_type": "software"],
            ["scheme": "url", "identifier": "https://gitlab.example.org/sky/skycat/-/blob/main/README.md", "relation": "isDocumentedBy",
             "resource_type": "publication-softwaredocumentation"],
        ])
        // GrantConverter: funding.strip() → {"id": …}.
        #expect(deposit["grants"] as? [[String: String]] == [["id": "824064"]])
        // author → creators. PersonConverter joins several affiliations with "; " and takes the
        // ORCID from `identifier`, else `@id`; OrganizationConverter keeps only `name`.
        // Deliberate differences from eossr, which are Zenodo's documented deposit format:
        // the name is "Family, Given" (eossr writes "Josiah Carberry") and the ORCID is the
        // bare iD (eossr copies the URL).
        let creators = try #require(deposit["creators"] as? [[String: String]])
        #expect(creators == [
            ["name": "Carberry, Josiah", "affiliation": "Brown University; ESCAPE", "orcid": "0000-0002-1825-0097"],
            ["name": "Sky Team"],
        ])
        // ContributorConverter with the crosswalk's ZenodoContributorType, in file order:
        // maintainer → ContactPerson, copyrightHolder → RightsHolder, funder → Sponsor; no e-mail.
        let contributors = try #require(deposit["contributors"] as? [[String: String]])
        #expect(contributors == [
            ["name": "Lovelace, Ada", "type": "ContactPerson"],
            ["name": "Sky Lab", "type": "RightsHolder"],
            ["name": "European Commission", "type": "Sponsor"],
        ])
        // issueTracker has no Zenodo column in the crosswalk: eossr skips it silently; we say so.
        #expect(Set(deposit.keys) == ["upload_type", "access_right", "title", "description", "version", "publication_date", "license",
                                       "keywords", "related_identifiers", "grants", "creators", "contributors"])
        #expect(converted.warnings.map(\.description) == [
            "codemeta.json:13:3: warning: 'issueTracker' has no field in a Zenodo deposit and is left out, as the OSSR upload leaves it out",
        ])
        #expect(ZenodoMetadataValidator().validate(Data(converted.json.utf8)) == [], "the output passes the .zenodo.json rule")
    }

    /// A CodeMeta 3.0 file with lists where eossr takes them: two licences, two repositories,
    /// two grants, a citation, an organisation as author and a contributor with an ORCID under
    /// `identifier`, and `version` beside `softwareVersion`.
    static let fitsviewer = """
    {
      "@context": "https://w3id.org/codemeta/3.0",
      "@type": "SoftwareSourceCode",
      "name": "fitsviewer",
      "description": "Views FITS images.",
      "version": "0.4.0",
      "softwareVersion": "0.4.0",
      "datePublished": "2023-11-02",
      "license": ["https://spdx.org/licenses/MIT", "https://spdx.org/licenses/Apache-2.0"],
      "readme": "https://github.com/example/fitsviewer#readme",
      "codeRepository": ["https://github.com/example/fitsviewer", "https://gitlab.example.org/mirror/fitsviewer"],
      "citation": "https://doi.org/10.1000/fits.2023",
      "funding": ["824064", "10.13039/501100000780::101004761"],
      "author": [{"@type": "Organization", "name": "FITS Viewer Team"}],
      "contributor": [{"@type": "Person", "givenName": "Grace", "familyName": "Hopper", "identifier": "https://orcid.org/0000-0002-1825-0097"}],
      "maintainer": {"@type": "Person", "givenName": "Ada", "familyName": "Lovelace", "email": "ada@example.org"}
    }
    """

    /// Expected values worked out by hand from eossr 2.3.1, as for skycat.
    @Test func convertsASampleFileWithListsAsEossrDoes() throws {
        let converted = try ZenodoConversion.convert(Data(Self.fitsviewer.utf8))
        let deposit = try #require(try JSONSerialization.jsonObject(with: Data(converted.json.utf8)) as? [String: Any])
        // version (Number or Text → str) and softwareVersion (Text) both go to version; the list
        // handle_version_type finds holds one value twice, so it is that value.
        #expect(deposit["version"] as? String == "0.4.0")
        // LicenseConverter._convert_list: every id is a Zenodo licence (none 'other-closed') → 'other-open'.
        #expect(deposit["license"] as? String == "other-open")
        // readme first (file order), then MasterConverter's list handling extends with one
        // CodeRepositoryConverter entry per repository.
        let related = try #require(deposit["related_identifiers"] as? [[String: String]])
        #expect(related.map { "\($0["relation"] ?? "") \($0["identifier"] ?? "") \($0["resource_type"] ?? "") \($0["scheme"] ?? "")" } == [
            "isDocumentedBy https://github.com/example/fitsviewer#readme publication-softwaredocumentation url",
            "isDerivedFrom https://github.com/example/fitsviewer software url",
            "isDerivedFrom https://gitlab.example.org/mirror/fitsviewer software url",
        ])
        // citation → references: ReferencesConverter (a ListConverter) wraps the URL in a list.
        #expect(deposit["references"] as? [String] == ["https://doi.org/10.1000/fits.2023"])
        // funding list → one GrantConverter result per element.
        #expect(deposit["grants"] as? [[String: String]] == [["id": "824064"], ["id": "10.13039/501100000780::101004761"]])
        // OrganizationConverter keeps the name only.
        #expect(deposit["creators"] as? [[String: String]] == [["name": "FITS Viewer Team"]])
        // contributor → ContributorConverter type 'Other' (crosswalk), maintainer → ContactPerson;
        // ORCID from `identifier`. Same two deliberate differences as for skycat.
        #expect(deposit["contributors"] as? [[String: String]] == [
            ["name": "Hopper, Grace", "orcid": "0000-0002-1825-0097", "type": "Other"],
            ["name": "Lovelace, Ada", "type": "ContactPerson"],
        ])
        #expect(deposit["title"] as? String == "fitsviewer")
        #expect(deposit["publication_date"] as? String == "2023-11-02")
        #expect(converted.warnings == [])
    }

    /// eossr's converters raise on these; the codemeta rules do not look at them.
    @Test func valuesEossrStopsOnAreRefused() {
        let text = CodeMetaValidatorTests.complete
            .replacingOccurrences(of: "\"funding\": \"ESCAPE 824064\"", with: "\"funding\": {\"@type\": \"Grant\", \"identifier\": \"824064\"}")
            .replacingOccurrences(of: "\"affiliation\": {\"@type\": \"Organization\", \"name\": \"Brown University\"}", with: "\"affiliation\": \"Brown University\"")
            .replacingOccurrences(of: "\"identifier\": \"https://doi.org/10.5281/zenodo.1234567\",", with: "\"identifier\": \"https://doi.org/10.5281/zenodo.1234567\", \"citation\": \"Carberry 2024\",")
        do {
            let converted = try ZenodoConversion.convert(Data(text.utf8))
            Issue.record("converted: \(converted.json)")
        } catch {
            #expect(error.findings.map(\.description) == [
                "codemeta.json:18:71: error: 'citation' 'Carberry 2024' is not a URL; the OSSR upload sends citations to Zenodo's 'references' as URLs and stops on anything else",
                "codemeta.json:19:14: error: 'funding' is an object; the OSSR upload takes it only as a string and stops on anything else",
                "codemeta.json:24:21: error: 'author' has the affiliation 'Brown University' as a string; the OSSR upload takes only {\"@type\": \"Organization\", \"name\": …} and stops on a string",
            ])
        }
    }

    @Test func theCompleteExampleConvertsWithEveryListInFileOrder() throws {
        let codemeta = CodeMetaValidatorTests.complete.replacingOccurrences(
            of: "\"copyrightHolder\": {\"@type\": \"Organization\", \"name\": \"ESCAPE\"},",
            with: "\"copyrightHolder\": {\"@type\": \"Organization\", \"name\": \"ESCAPE\"}, \"contributor\": [{\"@type\": \"Organization\", \"name\": \"Solo\"}],")
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
              "name" : "European Commission",
              "type" : "Sponsor"
            },
            {
              "name" : "ESCAPE",
              "type" : "RightsHolder"
            },
            {
              "name" : "Solo",
              "type" : "Other"
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
          "related_identifiers" : [
            {
              "identifier" : "https://gitlab.example.org/escape/ossr-demo/-/blob/main/README.md",
              "relation" : "isDocumentedBy",
              "resource_type" : "publication-softwaredocumentation",
              "scheme" : "url"
            },
            {
              "identifier" : "https://gitlab.example.org/escape/ossr-demo",
              "relation" : "isDerivedFrom",
              "resource_type" : "software",
              "scheme" : "url"
            }
          ],
          "title" : "ossr-demo",
          "upload_type" : "software",
          "version" : "1.2.0"
        }

        """)
        #expect(ZenodoMetadataValidator().validate(Data(json.utf8)) == [], "the output passes the .zenodo.json rule")
    }

    @Test func whatTheDepositLeavesOutIsAWarningAtItsKey() throws {
        let converted = try ZenodoConversion.convert(Data(CodeMetaValidatorTests.complete.utf8), path: "meta/codemeta.json")
        #expect(converted.warnings.map(\.description) == [
            "meta/codemeta.json:12:3: warning: 'issueTracker' has no field in a Zenodo deposit and is left out, as the OSSR upload leaves it out",
            "meta/codemeta.json:13:3: warning: 'releaseNotes' has no field in a Zenodo deposit and is left out, as the OSSR upload leaves it out",
            "meta/codemeta.json:14:3: warning: 'memoryRequirements' has no field in a Zenodo deposit and is left out, as the OSSR upload leaves it out",
            "meta/codemeta.json:15:3: warning: 'processorRequirements' has no field in a Zenodo deposit and is left out, as the OSSR upload leaves it out",
            "meta/codemeta.json:16:3: warning: 'storageRequirements' has no field in a Zenodo deposit and is left out, as the OSSR upload leaves it out",
            "meta/codemeta.json:18:3: warning: 'identifier' has no field in a Zenodo deposit and is left out, as the OSSR upload leaves it out",
            "meta/codemeta.json:19:14: warning: 'funding' 'ESCAPE 824064' is not a Zenodo grant id (a grant number such as '824064' or '10.13039/501100000780::824064') and is left out of 'grants'; Zenodo refuses a grant it does not know",
            "meta/codemeta.json:27:3: warning: 'continuousIntegration' has no field in a Zenodo deposit and is left out, as the OSSR upload leaves it out",
        ])
    }

    /// eossr's `Codemeta.validate` raises on missing required keys before converting anything.
    @Test func aFileMissingRequiredKeysIsRefusedWithEachPosition() {
        let text = "{\n  \"@context\": \"https://w3id.org/codemeta/3.0\",\n  \"@type\": \"SoftwareSourceCode\",\n  \"name\": \"skycat\",\n  \"author\": [{\"@type\": \"Person\", \"givenName\": \"Ada\", \"familyName\": \"Lovelace\"}]\n}\n"
        #expect(throws: ZenodoConversion.Refusal.self) { try ZenodoConversion.convert(Data(text.utf8)) }
        do {
            _ = try ZenodoConversion.convert(Data(text.utf8))
        } catch {
            #expect(error.findings.map(\.description).sorted() == [
                "codemeta.json:1:1: error: required key 'softwareVersion' is missing",
                "codemeta.json:1:1: error: required key 'datePublished' is missing",
                "codemeta.json:1:1: error: required key 'license' is missing",
                "codemeta.json:1:1: error: required key 'description' is missing",
                "codemeta.json:1:1: error: required key 'maintainer' is missing",
                "codemeta.json:1:1: error: required key 'readme' is missing",
            ].sorted(), "\(error.findings)")
        }
    }

    /// The validator only warns about a placeholder in a recommended key (a draft is being
    /// filled in); a deposit would publish it, so the conversion refuses it.
    @Test func aPlaceholderAnywhereIsRefused() {
        let text = CodeMetaValidatorTests.complete.replacingOccurrences(of: "\"100 MB\"", with: "\"TODO: disk space needed\"")
        do {
            let converted = try ZenodoConversion.convert(Data(text.utf8))
            Issue.record("converted: \(converted.json)")
        } catch {
            #expect(error.findings.map(\.description) == [
                "codemeta.json:16:26: error: 'storageRequirements' still holds the placeholder 'TODO: disk space needed', which would be published in the deposit",
            ])
        }
    }

    @Test func outputIsDeterministic() throws {
        let data = Data(CodeMetaValidatorTests.complete.utf8)
        #expect(try ZenodoConversion.zenodoJSON(fromCodeMeta: data) == ZenodoConversion.zenodoJSON(fromCodeMeta: data))
    }

    @Test func invalidJSONIsRefusedWithPosition() {
        do {
            _ = try ZenodoConversion.convert(Data("{\"name\": 1,}".utf8))
            Issue.record("converted invalid JSON")
        } catch {
            #expect(error.findings.map(\.description) == ["codemeta.json:1:12: error: invalid JSON: trailing comma before '}'"])
        }
    }

    @Test(arguments: [("824064", "824064"), (" 10.13039/501100000780::824064 ", "10.13039/501100000780::824064")])
    func grantNumbersAndFunderGrantPairsAreGrantIDs(text: String, id: String) {
        #expect(ZenodoConversion.grantID(text) == id)
    }

    @Test(arguments: ["ESCAPE 824064", "H2020", "10.13039/501100000780", ""])
    func freeTextFundingIsNoGrantID(text: String) {
        #expect(ZenodoConversion.grantID(text) == nil)
    }
}
