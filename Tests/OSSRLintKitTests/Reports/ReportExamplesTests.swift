import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import OSSRLintKit
import Testing
import TestSupport

/// `Reports/examples/ossr-report.*` are the real pipeline's reports, in every format, on
/// `ExampleProject`, so they cannot drift from the code, and the consumers they are meant for
/// accept them. `RECORD_SNAPSHOTS=1 swift test --filter ReportExamples` re-records them.
@Suite struct ReportExamplesTests {
    /// The committed example of `format`; a thrown error when it is missing.
    private static func committedExample(_ format: ReportFormat) throws -> String {
        try String(contentsOf: ExampleProject.exampleURL(for: format), encoding: .utf8)
    }

    @Test func everyExampleIsTheCurrentReportOfTheExampleProject() throws {
        let repository = try ExampleProject.make()
        let report = try ExampleProject.lint(repository)
        for format in ReportFormat.allCases {
            let url = ExampleProject.exampleURL(for: format)
            if let problem = try ExpectedFile.compare(ExampleProject.render(report, as: format), with: url, named: "Reports/examples/\(url.lastPathComponent)") {
                Issue.record(Comment(rawValue: problem))
            }
        }
    }

    @Test func theExampleProjectShowsEveryStatusAndSeverity() throws {
        let report = try ExampleProject.lint(try ExampleProject.make())
        let failing = report.results.filter { $0.status == .fail }
        #expect(Set(failing.map(\.severity)) == [.error, .warning], "\(failing.map(\.rule))")
        #expect(report.results.contains { $0.status == .pass })
        #expect(report.results.contains { $0.status == .notApplicable })
        #expect(report.results.filter { $0.status == .waived }.map(\.rule) == ["container-recipe-present"])
        #expect(failing.map(\.rule).sorted() == [
            "citation-file-present", "codemeta-required", "codemeta-zenodo-ready", "license-consistent",
            "no-binary-artifacts", "release-tag-semver", "release-version-consistent",
        ])
        let artefact = try #require(report.results.first { $0.rule == "no-binary-artifacts" })
        #expect(artefact.evidence.map(\.location).contains(ExampleProject.artefactPath), "\(artefact.evidence)")
        #expect(report.repository.path == ExampleProject.repositoryPath)
    }

    @Test func buildingTheProjectTwiceGivesTheSameBytesAndNoTemporaryPath() throws {
        let first = try ExampleProject.make(), second = try ExampleProject.make()
        let firstReport = try ExampleProject.lint(first), secondReport = try ExampleProject.lint(second)
        #expect(firstReport.repository.commit == secondReport.repository.commit)
        for format in ReportFormat.allCases {
            let text = ExampleProject.render(firstReport, as: format)
            #expect(Array(text.utf8) == Array(ExampleProject.render(secondReport, as: format).utf8), "\(format)")
            #expect(!text.contains(first.root.lastPathComponent), "\(format) names the temporary folder")
        }
    }

    // MARK: The committed examples, read by their consumers

    @Test func theJUnitExampleValidatesAgainstTheJUnitSchema() throws {
        let output = try #require(try JUnitReporterTests.validate(try Self.committedExample(.junit)))
        #expect(output.status == 0, "xmllint: \(output.stderr)")
    }

    @Test func theJSONExampleValidatesAgainstTheReportSchema() throws {
        let output = try #require(try JSONReporterTests.validate(try Self.committedExample(.json)))
        #expect(output.status == 0, "check-jsonschema: \(output.stdout)\(output.stderr)")
    }

    @Test func theSARIFExampleValidatesAgainstTheSARIFSchemaAndLocatesTheAwkwardName() throws {
        let sarif = try Self.committedExample(.sarif)
        let output = try #require(try SARIFReporterTests.validate(sarif))
        #expect(output.status == 0, "check-jsonschema: \(output.stdout)\(output.stderr)")
        let log = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any]
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let artefact = try #require(results.first { $0["ruleId"] as? String == "no-binary-artifacts" })
        let location = (artefact["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        let uri = try #require((location?["artifactLocation"] as? [String: Any])?["uri"] as? String)
        #expect(uri == "src/skytool/_reduce%7Cfast%3Cavx2%3E.so")
        #expect(uri.removingPercentEncoding == ExampleProject.artefactPath)
    }

    @Test func theCodeQualityExampleValidatesAgainstItsSchemaWithUniqueFingerprints() throws {
        let json = try Self.committedExample(.codequality)
        let output = try #require(try CodeQualityReporterTests.validate(json))
        #expect(output.status == 0, "check-jsonschema: \(output.stdout)\(output.stderr)")
        let issues = try CodeQualityReporterTests.issues(json)
        #expect(Set(issues.map(\.fingerprint)).count == issues.count)
        #expect(issues.contains { $0.location.path == ExampleProject.artefactPath })
    }

    @Test func theGitHubExampleIsOneWorkflowCommandPerFinding() throws {
        let text = try Self.committedExample(.github)
        let report = try ExampleProject.lint(try ExampleProject.make())
        let commands = text.split(separator: "\n").map { GitHubReporterTests.WorkflowCommand(line: $0) }
        #expect(commands.count == report.results.count(where: \.isFinding))
        #expect(commands.allSatisfy { ["error", "warning", "notice"].contains($0?.name) }, "\(text)")
        #expect(commands.contains { $0?.properties["file"] == ExampleProject.artefactPath })
    }

    @Test func theMarkdownExampleTablesTheFindingsThenTheOtherRulesAndKeepsTheAwkwardNameWhole() throws {
        let markdown = try Self.committedExample(.markdown)
        let document = try #require(try MarkdownReporterTests.parse(markdown))
        let report = try ExampleProject.lint(try ExampleProject.make())
        let allTables = try MarkdownReporterTests.nodes(document, "/document/table")
        // First the score: a row per category, four cells (category, weight, score, rules passed).
        let score = try #require(report.score)
        let scoreTable = try #require(allTables.first)
        #expect(try scoreTable.nodes(forXPath: "table_row").count == score.categories.count)
        for (row, category) in zip(try scoreTable.nodes(forXPath: "table_row"), score.categories) {
            let cells = try row.nodes(forXPath: "table_cell").map { try MarkdownReporterTests.visibleText($0) }
            #expect(cells.count == 4 && cells[2] == (category.score.map(ReportPresentation.points) ?? "—"), "\(cells)")
        }
        let tables = Array(allTables.dropFirst())
        let findings = report.results.count(where: \.isFinding)
        #expect(try tables.map { try $0.nodes(forXPath: "table_row").count } == [findings, report.results.count - findings])
        for table in tables {
            for row in try table.nodes(forXPath: "table_header|table_row") {
                #expect(try row.nodes(forXPath: "table_cell").count == 5, "row: \(row.xmlString)")
            }
        }
        let visible = try MarkdownReporterTests.visibleText(try #require(document.rootElement()))
        #expect(visible.contains(ExampleProject.artefactPath))
        let markup = try MarkdownReporterTests.nodes(document, "//html_inline|//html_block").compactMap(\.stringValue)
        #expect(!markup.contains { $0.contains("avx2") }, "the name became markup: \(markup)")
    }
}
