import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import OSSRLintKit
import Testing

/// The Markdown scorecard read by cmark-gfm: its tables hold the JSON scorecard's numbers, and
/// hostile text stays text.
@Suite struct MarkdownScorecardTests {
    private static func document(_ report: LintReport) throws -> XMLDocument? {
        try MarkdownReporterTests.parse(ScorecardFormat.markdown.render(Scorecard(report: report)))
    }

    private static func cells(_ row: XMLNode) throws -> [String] {
        try row.nodes(forXPath: "table_cell").map(MarkdownReporterTests.visibleText)
    }

    @Test(arguments: ["example-project"] + ScorecardFixtures.handMade.map(\.name))
    func theTablesHoldTheJSONScorecardsNumbers(fixture: String) throws {
        let report = fixture == "example-project" ? try ScorecardFixtures.exampleProject() : try #require(ScorecardFixtures.named(fixture))
        let json = try ScorecardJSONShape.of(report)
        let document = try #require(try Self.document(report))
        let heading = try #require(try MarkdownReporterTests.nodes(document, "/document/heading[@level='2']").first)
        let headline = json.overall.map { ReportPresentation.points($0) + " / 100" + (json.grade.map { ", grade " + VisibleEscape.forDisplay($0) } ?? "") } ?? "not scored"
        #expect(try MarkdownReporterTests.visibleText(heading) == "OSSR scorecard: " + headline)

        let headings = try MarkdownReporterTests.nodes(document, "/document/heading[@level='3']").map(MarkdownReporterTests.visibleText)
        let tables = try MarkdownReporterTests.nodes(document, "/document/table")
        #expect(tables.count == headings.count, "a table under each section heading: \(headings)")
        let categoryRows = try tables[0].nodes(forXPath: "table_row")
        #expect(categoryRows.count == json.categories.count)
        for (row, category) in zip(categoryRows, json.categories) {
            let cells = try Self.cells(row)
            #expect(cells.count == 5)
            #expect(cells[0] == VisibleEscape.forDisplay(category.title))
            #expect(cells[1] == (category.score.map(ReportPresentation.points) ?? "not scored"))
        }
        if !json.losses.isEmpty {
            let rows = try tables[1].nodes(forXPath: "table_row")
            #expect(rows.count == json.losses.count)
            for (row, loss) in zip(rows, json.losses) {
                let cells = try Self.cells(row)
                #expect(cells.count == 5)
                #expect(cells.first == "\u{2212}" + ReportPresentation.points(loss.points))
                #expect(cells[3] == VisibleEscape.forDisplay(loss.message))
                #expect(cells[4] == (loss.remediation.map(VisibleEscape.forDisplay) ?? "—"))
            }
        }
        let sections = [("Waived", json.waived), ("Not applicable", json.notApplicable), ("Findings that cost no points", json.unscoredFindings)]
        for (name, rules) in sections where !rules.isEmpty {
            let index = try #require(headings.firstIndex { $0.hasPrefix(name) }, "\(name) in \(headings)")
            let messages = try tables[index].nodes(forXPath: "table_row").map { try Self.cells($0).last ?? "" }
            #expect(messages == rules.map { VisibleEscape.forDisplay($0.message) }, "\(name)")
        }
    }

    @Test func hostileTextAppearsAsTextAndInjectsNoMarkup() throws {
        let report = ScorecardFixtures.hostile
        let document = try #require(try Self.document(report))
        #expect(try MarkdownReporterTests.nodes(document, "//html_inline|//html_block|//emph|//link|//image|//code_block|//block_quote|//list").isEmpty)
        let loss = try #require(try MarkdownReporterTests.nodes(document, "/document/table[2]/table_row").first)
        let cells = try Self.cells(loss)
        #expect(cells[1] == "rule|`id` Title *x* _y_ <i> (Cat | <b>bold</b> & `x` 😀)")
        #expect(cells[3] == VisibleEscape.forDisplay(ReportFixtures.hostileText))
        let identity = try #require(try MarkdownReporterTests.nodes(document, "/document/paragraph").first)
        #expect(try MarkdownReporterTests.visibleText(identity).hasPrefix("Repository " + VisibleEscape.forDisplay(report.repository.path) + " at work tree"))
    }

    @Test func theEdgesAreSaidInWords() throws {
        let waived = ScorecardFormat.markdown.render(Scorecard(report: ScorecardFixtures.everythingWaived))
        let document = try #require(try MarkdownReporterTests.parse(waived))
        let strong = try MarkdownReporterTests.nodes(document, "//strong").map(MarkdownReporterTests.visibleText)
        #expect(strong == ["Not scored: every rule is waived."])
        let zero = try #require(try Self.document(ScorecardFixtures.zeroWeights))
        let rules = try MarkdownReporterTests.nodes(zero, "/document/table[1]/table_row/table_cell[4]").map(MarkdownReporterTests.visibleText)
        #expect(rules == ["1 of 2 rules passed", "1 of 2 rules passed; weight 0: not counted in the overall score",
                          "0 of 1 rule passed; not scored: its rules weigh nothing"])
        #expect(MarkdownScorecard.bar(72.5) == "▰▰▰▰▰▰▰▱▱▱")
        #expect(MarkdownScorecard.bar(nil) == "—")
    }
}
