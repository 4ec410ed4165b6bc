import Foundation
import Testing
import TestSupport
@testable import OSSRLintKit

@Suite struct SARIFReporterTests {
    /// The OASIS SARIF 2.1.0 schema (draft-04).
    static let schema = PackageRoot.shared.appendingPathComponent("report-schemas/sarif-schema-2.1.0.json")

    /// Runs check-jsonschema with the SARIF schema on `sarif`; its `uri` and `uri-reference`
    /// formats are checked (see `URIFormat`, whose control shows that they are).
    static func validate(_ sarif: String) throws -> ExternalTool.Output? {
        guard let checker = ExternalTool.locate("check-jsonschema", installHint: "pip install check-jsonschema rfc3986-validator") else { return nil }
        let file = try TemporaryFile(sarif, suffix: ".sarif.json")
        defer { file.remove() }
        return try checker.run(["--schemafile", schema.path, file.url.path])
    }

    private static func run(_ report: LintReport) throws -> [String: Any] {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter().render(report).utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return try #require(runs.first)
    }

    private static func results(_ report: LintReport) throws -> [[String: Any]] {
        try #require(try run(report)["results"] as? [[String: Any]])
    }

    private static func uris(_ result: [String: Any]) -> [String] {
        (result["locations"] as? [[String: Any]] ?? []).compactMap {
            (($0["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        }
    }

    private static func fingerprint(_ result: [String: Any]) -> String? {
        (result["partialFingerprints"] as? [String: String])?["ossrlint/v1"]
    }

    /// The golden files (`ReporterGoldenTests` pins each fixture's output to one), as the
    /// schema's consumers would read them.
    @Test func everyGoldenSARIFFileValidatesAgainstTheSARIFSchema() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: GoldenFile.folder.path).filter { $0.hasSuffix(".sarif") }.sorted()
        #expect(names.count == ReportFixtures.all.count + 1, "\(names)")
        for name in names {
            let sarif = try String(contentsOf: GoldenFile.folder.appendingPathComponent(name), encoding: .utf8)
            let output = try #require(try Self.validate(sarif))
            #expect(output.status == 0, "\(name): check-jsonschema: \(output.stdout)\(output.stderr)")
        }
    }

    @Test(arguments: [
        ("a level SARIF lacks", #""level" : "note""#, #""level" : "info""#),
        ("a path that is no URI", #""uri" : "codemeta.json""#, #""uri" : "code meta.json""#),
        ("a line below 1", "\"startLine\" : 1\n", "\"startLine\" : 0\n"),
        ("an unknown baseline state", #""baselineState" : "unchanged""#, #""baselineState" : "old""#),
    ])
    func theSchemaRejectsABrokenLog(_ defect: String, _ original: String, _ replacement: String) throws {
        let sarif = SARIFReporter().render(ReportFixtures.mixedWithBaseline)
        #expect(sarif.contains(original), "fixture no longer has \(original)")
        let output = try #require(try Self.validate(sarif.replacingOccurrences(of: original, with: replacement)))
        #expect(output.status != 0, "a log with \(defect) was accepted")
    }

    @Test func onlyFindingsAreResultsAndEachPointsAtItsRule() throws {
        let report = ReportFixtures.mixed
        let run = try Self.run(report)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "ossrlint")
        #expect(driver["version"] as? String == "0.9.0")
        #expect(driver["informationUri"] as? String == OSSRLintVersion.informationURI)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == report.results.map(\.rule))
        let results = try Self.results(report)
        #expect(results.compactMap { $0["ruleId"] as? String } == report.results.filter(\.isFinding).map(\.rule))
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let levels = Dictionary(uniqueKeysWithValues: results.map { ($0["ruleId"] as? String ?? "", $0["level"] as? String ?? "") })
        #expect(levels == [
            "licence-file": "error", "codemeta-required-keys": "warning", "codemeta-keywords": "note",
            "tag-reachable": "error", "container-recipe": "note",
        ])
        #expect(results.first { $0["ruleId"] as? String == "tag-reachable" }.flatMap { ($0["properties"] as? [String: Any])?["status"] as? String } == "error")
    }

    @Test func aRuleDescribesItselfWithTitleRemediationAndItsFirstWebReference() throws {
        let driver = try #require((try Self.run(ReportFixtures.mixed)["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let licence = try #require(rules.first { $0["id"] as? String == "licence-file" })
        #expect((licence["shortDescription"] as? [String: Any])?["text"] as? String == "Licence file")
        let remediation = "add a LICENSE file with the full text of an open-source licence, for example MIT"
        #expect((licence["fullDescription"] as? [String: Any])?["text"] as? String == remediation)
        #expect((licence["help"] as? [String: Any])?["text"] as? String == remediation)
        #expect(licence["helpUri"] as? String == "https://choosealicense.com/")
        #expect((licence["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        // No remediation: GitHub needs a non-empty description and help, so the title stands in.
        let tag = try #require(rules.first { $0["id"] as? String == "tag-reachable" })
        #expect((tag["help"] as? [String: Any])?["text"] as? String == "Release tag on main")
        #expect(tag["helpUri"] == nil)
    }

    @Test func pathEvidenceIsALocationWithItsPositionAndAFindingWithoutOneIsAtTheConfiguration() throws {
        let results = try Self.results(ReportFixtures.mixed)
        func result(_ rule: String) throws -> [String: Any] { try #require(results.first { $0["ruleId"] as? String == rule }) }
        #expect(Self.uris(try result("licence-file")) == ["LICENSE", "COPYING"])
        let keys = try #require(try result("codemeta-required-keys")["locations"] as? [[String: Any]])
        let regions = keys.compactMap { ($0["physicalLocation"] as? [String: Any])?["region"] as? [String: Int] }
        #expect(regions == (1...12).map { ["startLine": $0, "startColumn": 3] })
        #expect((keys[2]["message"] as? [String: Any])?["text"] as? String == "missing key 'key3'")
        #expect(Self.uris(try result("tag-reachable")) == [RepositoryConfiguration.fileName])
        #expect(Self.uris(try result("container-recipe")) == [RepositoryConfiguration.fileName])
    }

    @Test func hostilePathsArePercentEncodedAndDecodeToTheRepositorysPath() throws {
        let results = try Self.results(ReportFixtures.hostile)
        let uris = Self.uris(try #require(results.first))
        #expect(uris == ["dir/%1B%5D0;owned%07file%7Cname%60.txt", "%23%20heading%0A-%20item%0A%0A%3Cdiv%3E"])
        #expect(uris.map { $0.removingPercentEncoding } == ReportFixtures.hostile.results[0].evidence.prefix(2).map(\.subject))
        let message = try #require((results.first?["message"] as? [String: Any])?["text"] as? String)
        #expect(!message.unicodeScalars.contains(where: VisibleEscape.isUnsafeForDisplay), "\(message.debugDescription)")
    }

    @Test func aGitQuotedPathIsLocatedAtTheFileItNames() throws {
        var report = ReportFixtures.allPass
        report.results[0].status = .fail
        report.results[0].evidence = [.path(#""\346\225\260\346\215\256/r\303\251sum\303\251 1.txt""#)]
        let uris = Self.uris(try #require(try Self.results(report).first))
        #expect(uris == ["%E6%95%B0%E6%8D%AE/r%C3%A9sum%C3%A9%201.txt"])
        #expect(uris.first?.removingPercentEncoding == "数据/résumé 1.txt")
    }

    @Test func fingerprintsIgnorePositionsDetailsAndMessagesButNotPaths() throws {
        let before = try Self.results(ReportFixtures.mixed).map(Self.fingerprint)
        var edited = ReportFixtures.mixed
        for index in edited.results.indices {
            edited.results[index].message += " (reworded)"
            edited.results[index].evidence = edited.results[index].evidence.map { evidence in
                var moved = evidence
                moved.line = evidence.line.map { $0 + 40 }
                moved.column = 9
                moved.detail = "another detail"
                return moved
            }
        }
        #expect(try Self.results(edited).map(Self.fingerprint) == before)
        #expect(Set(before.compactMap(\.self)).count == before.count, "fingerprints repeat: \(before)")

        edited.results[1].evidence[0].subject = "LICENCE"
        let after = try Self.results(edited).map(Self.fingerprint)
        #expect(after[0] != before[0], "another file is another finding")
        #expect(Array(after.dropFirst()) == Array(before.dropFirst()))
    }

    @Test func aBaselineMarksEachResultNewOrUnchangedAndNamesWhatWasFixed() throws {
        let run = try Self.run(ReportFixtures.mixedWithBaseline)
        let results = try #require(run["results"] as? [[String: Any]])
        let states = Dictionary(uniqueKeysWithValues: results.map { ($0["ruleId"] as? String ?? "", $0["baselineState"] as? String ?? "") })
        #expect(states == [
            "licence-file": "new", "codemeta-required-keys": "unchanged", "codemeta-keywords": "unchanged",
            "tag-reachable": "unchanged", "container-recipe": "unchanged",
        ])
        let baseline = (run["properties"] as? [String: Any])?["baseline"] as? [String: Any]
        #expect(baseline?["fixed"] as? [String] == ["licence-osi"])
        #expect(baseline?["revision"] as? String == "origin/main")
        #expect(try Self.results(ReportFixtures.mixed).allSatisfy { $0["baselineState"] == nil })
    }

    @Test func theRunCarriesTheProfileStageAndCommitButNoLocalFolder() throws {
        let run = try Self.run(ReportFixtures.mixed)
        let properties = try #require(run["properties"] as? [String: Any])
        #expect(properties["profile"] as? String == "ossr")
        #expect(properties["stage"] == nil, "the fixture names no stage")
        var staged = ReportFixtures.mixed
        staged.stage = .mergeRequest
        #expect((try Self.run(staged)["properties"] as? [String: Any])?["stage"] as? String == "merge-request")
        #expect((properties["repository"] as? [String: Any])?["commit"] as? String == ReportFixtures.mixed.repository.commit)
        #expect(!SARIFReporter().render(ReportFixtures.mixed).contains(ReportFixtures.mixed.repository.path))
    }

    @Test func aLongRemediationIsCutToGitHubsLimitInTheDescriptionButNotInTheHelp() throws {
        var report = ReportFixtures.allPass
        report.results[0].remediation = String(repeating: "fix it. ", count: 200)
        let driver = try #require((try Self.run(report)["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rule = try #require((driver["rules"] as? [[String: Any]])?.first)
        let full = try #require((rule["fullDescription"] as? [String: Any])?["text"] as? String)
        #expect(full.count == SARIFReporter.descriptionLimit && full.hasSuffix("…"))
        #expect((rule["help"] as? [String: Any])?["text"] as? String == report.results[0].remediation)
    }
}
