import Foundation
import Testing
import TestSupport
@testable import OSSRLintKit

@Suite struct JSONReporterTests {
    static let schema = PackageRoot.url.appendingPathComponent("Reports/ossrlint-report.schema.json")

    /// Runs check-jsonschema with the report schema on `json`.
    static func validate(_ json: String) throws -> ExternalTool.Output? {
        guard let checker = ExternalTool.locate("check-jsonschema", installHint: "pipx install check-jsonschema") else { return nil }
        let file = try TemporaryFile(json, suffix: ".json")
        defer { file.remove() }
        return try checker.run(["--schemafile", schema.path, file.url.path])
    }

    @Test(arguments: ReportFixtures.all.map(\.name))
    func outputValidatesAgainstTheReportSchema(fixture: String) throws {
        let report = try #require(ReportFixtures.all.first { $0.name == fixture }?.report)
        let output = try #require(try Self.validate(JSONReporter().render(report)))
        #expect(output.status == 0, "check-jsonschema: \(output.stdout)\(output.stderr)")
    }

    @Test(arguments: [
        ("an unknown status", #""status" : "pass""#, #""status" : "passed""#),
        ("a missing key", #""remediation" : null,"#, ""),
        ("an extra key", #""profile" : "ossr","#, #""profile" : "ossr", "rank" : 3,"#),
        ("a line below 1", #""line" : null"#, #""line" : 0"#),
    ])
    func theSchemaRejectsABrokenDocument(_ defect: String, _ original: String, _ replacement: String) throws {
        let json = JSONReporter().render(ReportFixtures.allPass)
        #expect(json.contains(original), "fixture no longer has \(original)")
        let broken = json.replacingOccurrences(of: original, with: replacement)
        let output = try #require(try Self.validate(broken))
        #expect(output.status != 0, "a document with \(defect) was accepted")
    }

    @Test func everyKeyIsPresentEvenWhenItsValueIsAbsent() throws {
        let json = JSONReporter().render(ReportFixtures.hostile)
        #expect(json.contains(#""commit" : null"#))
        #expect(json.contains(#""revision" : null"#))
        #expect(json.contains(#""column" : null"#))
        #expect(json.contains(#""remediation" : null"#))
    }

    @Test func keysAreSortedAndSlashesUnescaped() {
        let json = JSONReporter().render(ReportFixtures.allPass)
        let topLevelKeys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topLevelKeys == ["categories", "comparison", "profile", "repository", "results", "score", "stage", "summary", "tool", "waivers"])
        #expect(JSONReporter().render(ReportFixtures.mixed).contains("https://choosealicense.com/"))
    }

    @Test(arguments: ReportFixtures.all.map(\.name))
    func theReportDecodesBackUnchanged(fixture: String) throws {
        let report = try #require(ReportFixtures.all.first { $0.name == fixture }?.report)
        let decoded = try JSONDecoder().decode(LintReport.self, from: Data(JSONReporter().render(report).utf8))
        #expect(decoded == report)
    }

    @Test func summaryCountsEveryStatusAndFindingsBySeverity() throws {
        struct Shape: Decodable { var summary: LintReport.Summary }
        let json = JSONReporter().render(ReportFixtures.mixed)
        let summary = try JSONDecoder().decode(Shape.self, from: Data(json.utf8)).summary
        #expect(summary == LintReport.Summary(
            total: 10, passed: 3, failed: 4, notApplicable: 1, waived: 1, errors: 1,
            findingsBySeverity: ["error": 2, "warning": 1, "info": 2]))
    }

    @Test func aNonFiniteWeightIsWrittenAsNull() {
        var report = ReportFixtures.allPass
        report.results[0].weight = .infinity
        report.categories[0].weight = .nan
        let json = JSONReporter().render(report)
        #expect(json.components(separatedBy: #""weight" : null"#).count - 1 == 2)
    }
}
