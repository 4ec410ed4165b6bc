import Foundation
@testable import OSSRLintKit
import Testing
import TestSupport

/// The JSON scorecard: valid against its schema, stable, and saying the edges plainly.
@Suite struct JSONScorecardTests {
    static let schema = PackageRoot.url.appendingPathComponent("Reports/ossrlint-scorecard.schema.json")

    /// check-jsonschema's verdict on `json` against the scorecard schema.
    static func validate(_ json: String) throws -> ExternalTool.Output? {
        guard let checker = ExternalTool.locate("check-jsonschema", installHint: "pipx install check-jsonschema") else { return nil }
        let file = try TemporaryFile(json, suffix: ".json")
        defer { file.remove() }
        return try checker.run(["--schemafile", schema.path, file.url.path])
    }

    @Test(arguments: ["example-project"] + ScorecardFixtures.handMade.map(\.name))
    func theScorecardValidatesAgainstItsSchema(fixture: String) throws {
        let report = fixture == "example-project" ? try ScorecardFixtures.exampleProject() : try #require(ScorecardFixtures.named(fixture))
        let output = try #require(try Self.validate(ScorecardFormat.json.render(Scorecard(report: report))))
        #expect(output.status == 0, "check-jsonschema: \(output.stdout)\(output.stderr)")
    }

    @Test(arguments: [
        ("a missing key", #""notScored" : null,"#, ""),
        ("an extra key", #""profile" : "ossr","#, #""profile" : "ossr", "rank" : 3,"#),
        ("a score above 100", #""overall" : 40"#, #""overall" : 140"#),
        ("an unknown reason for no score", #""unscored" : "not-applicable""#, #""unscored" : "skipped""#),
        ("a date that is not UTC", #""date" : "2024-01-01T12:00:00Z""#, #""date" : "2024-01-01T12:00:00+01:00""#),
    ])
    func theSchemaRejectsABrokenDocument(_ defect: String, _ original: String, _ replacement: String) throws {
        let json = ScorecardFormat.json.render(Scorecard(report: ScorecardFixtures.categoryNotApplicable))
        #expect(json.contains(original), "fixture no longer has \(original)")
        let output = try #require(try Self.validate(json.replacingOccurrences(of: original, with: replacement)))
        #expect(output.status != 0, "a document with \(defect) was accepted")
    }

    @Test func theNumbersAreTheReportsScore() throws {
        let report = try #require(ScorecardFixtures.named("mixed"))
        let score = try #require(report.score)
        let json = try ScorecardJSONShape.of(report)
        #expect(json.overall == score.overall)
        #expect(json.grade == score.grade)
        #expect(json.categories.map(\.score) == score.categories.map(\.score))
        #expect(json.losses.map(\.rule) == score.losses.map(\.rule))
        #expect(json.losses.map(\.points) == score.losses.map(\.points))
        #expect(json.losses.map(\.message) == score.losses.map { loss in report.results.first { $0.rule == loss.rule }?.message ?? "" })
        #expect(json.losses.map(\.remediation) == score.losses.map(\.remediation))
        #expect(json.waived.map(\.rule) == ["semver-tags"])
        #expect(json.notApplicable.map(\.rule) == ["tagged-release"])
    }

    @Test func theEdgesAreSaid() throws {
        let waived = try ScorecardJSONShape.of(ScorecardFixtures.everythingWaived)
        #expect(waived.overall == nil && waived.grade == nil)
        #expect(waived.notScored == "every rule is waived")
        #expect(waived.categories.map(\.unscored) == ["waived", "waived"])
        #expect(waived.categories.map(\.counted) == [false, false])

        let notApplicable = try ScorecardJSONShape.of(ScorecardFixtures.categoryNotApplicable)
        #expect(notApplicable.categories.map(\.unscored) == [nil, "not-applicable"])
        #expect(notApplicable.overall == 40 && notApplicable.notScored == nil)

        let zero = try ScorecardJSONShape.of(ScorecardFixtures.zeroWeights)
        #expect(zero.categories.map(\.score) == [100, 50, nil])
        #expect(zero.categories.map(\.counted) == [true, false, false])
        #expect(zero.categories.map(\.unscored) == [nil, nil, "weightless"])
        #expect(zero.losses.isEmpty)
        #expect(zero.unscoredFindings.map(\.rule) == ["licence-header", "contributing", "gitignore"])
    }

    /// The date is the commit's, in UTC; the index has none.
    @Test func theDateIsTheCommittersInUTC() throws {
        #expect(try ScorecardJSONShape.of(ScorecardFixtures.categoryNotApplicable).repository.date == "2024-01-01T12:00:00Z")
        #expect(try ScorecardJSONShape.of(ScorecardFixtures.staged).repository.date == nil)
        #expect(CommitDate.iso8601(0) == "1970-01-01T00:00:00Z")
        #expect(CommitDate.iso8601(-1) == "1969-12-31T23:59:59Z")
        #expect(CommitDate.iso8601(253_402_300_799) == "9999-12-31T23:59:59Z")
        #expect(CommitDate.iso8601(253_402_300_800) == nil)
        #expect(CommitDate.iso8601(Int64.min) == nil)
        #expect(CommitDate.readable("2024-01-01T12:00:00Z") == "2024-01-01 12:00 UTC")
    }

    /// Without a name from the command line, the scorecard is headed by the path's last part.
    @Test func theNameIsThePathsLastComponentUnlessGiven() {
        #expect(Scorecard.lastComponent(of: "/srv/mirrors/project.git/") == "project.git")
        #expect(Scorecard.lastComponent(of: "example-project") == "example-project")
        #expect(Scorecard.lastComponent(of: ".") == ".")
        #expect(Scorecard.lastComponent(of: "../") == "../")
        #expect(Scorecard(report: ScorecardFixtures.staged, name: "skyreduce").name == "skyreduce")
    }

    @Test func theSameReportGivesTheSameBytesWithSortedKeys() throws {
        let report = try #require(ScorecardFixtures.named("mixed"))
        let json = ScorecardFormat.json.render(Scorecard(report: report))
        #expect(json == ScorecardFormat.json.render(Scorecard(report: report)))
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0.split(separator: "\"")[1]) }
        #expect(keys == keys.sorted() && keys.count == 13)
    }
}
