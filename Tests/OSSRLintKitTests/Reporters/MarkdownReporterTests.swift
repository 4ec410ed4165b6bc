import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import OSSRLintKit

@Suite struct MarkdownReporterTests {
    /// The document tree the real GFM parser builds from `markdown`, namespace removed so
    /// XPath can name elements plainly.
    static func parse(_ markdown: String) throws -> XMLDocument? {
        guard let cmark = ExternalTool.locate("cmark-gfm", installHint: "apt-get install cmark-gfm") else { return nil }
        let output = try cmark.run(["-e", "table", "-t", "xml"], input: markdown)
        #expect(output.status == 0, "cmark-gfm: \(output.stderr)")
        let xml = output.stdout
            .replacingOccurrences(of: #"<!DOCTYPE document SYSTEM "CommonMark.dtd">"#, with: "")
            .replacingOccurrences(of: #" xmlns="http://commonmark.org/xml/1.0""#, with: "")
        return try XMLDocument(xmlString: xml, options: [.nodePreserveWhitespace])
    }

    static func nodes(_ document: XMLDocument, _ xpath: String) throws -> [XMLNode] {
        try document.nodes(forXPath: xpath)
    }

    /// The text of a node as the reader sees it: its text and code descendants joined.
    static func visibleText(_ node: XMLNode) throws -> String {
        try node.nodes(forXPath: ".//text|.//code").compactMap(\.stringValue).joined()
    }

    /// Findings come first in one table, the rules that passed, did not apply or were waived
    /// in another folded below: one row per rule in all, five cells per row.
    @Test(arguments: ReportFixtures.all.map(\.name))
    func findingsAndTheOtherRulesAreTablesWithOneRowPerRuleAndFiveCells(fixture: String) throws {
        let report = try #require(ReportFixtures.all.first { $0.name == fixture }?.report)
        let document = try #require(try Self.parse(MarkdownReporter().render(report)))
        // A scored report starts with the score table (a row per category); the rules' tables follow.
        let allTables = try Self.nodes(document, "/document/table")
        // The waivers' table (seven cells a row) comes after the findings.
        let waiverTables = report.waivers.map { $0.isEmpty ? 0 : 1 } ?? 0
        let rulesTables = Array(allTables.dropFirst(report.score == nil ? 0 : 1))
        var tables = rulesTables
        if waiverTables == 1, tables.count > 1 {
            let waiverTable = tables.remove(at: 1)
            #expect(try waiverTable.nodes(forXPath: "table_row").count == report.waivers?.count)
            #expect(try waiverTable.nodes(forXPath: "table_header/table_cell").count == 7)
        }
        if let score = report.score {
            #expect(try allTables.first?.nodes(forXPath: "table_row").count == score.categories.count)
        }
        let findings = report.results.count(where: \.isFinding)
        let others = report.results.count - findings
        #expect(tables.count == (findings > 0 ? 1 : 0) + (others > 0 ? 1 : 0))
        let rowCounts = try tables.map { try $0.nodes(forXPath: "table_row").count }
        #expect(rowCounts == [findings, others].filter { $0 > 0 })
        for table in tables {
            #expect(try table.nodes(forXPath: "table_header").count == 1)
            for row in try table.nodes(forXPath: "table_header|table_row") {
                #expect(try row.nodes(forXPath: "table_cell").count == 5, "row: \(row.xmlString)")
            }
        }
    }

    @Test func everyStatusHasAWordBesideItsEmoji() throws {
        let document = try #require(try Self.parse(MarkdownReporter().render(ReportFixtures.mixed)))
        let statusCells = try Self.nodes(document, "/document/table[position() > 1][count(table_header/table_cell) = 5]/table_row/table_cell[1]").map(Self.visibleText)
        #expect(Set(statusCells) == ["✅ pass", "❌ fail", "⚠️ error", "➖ not applicable", "💤 waived"])
    }

    @Test func theVerdictComesFirst() throws {
        let markdown = MarkdownReporter().render(ReportFixtures.mixed)
        let firstLine = markdown.split(separator: "\n").first.map(String.init)
        #expect(firstLine == "**OSSRLint: 2 errors, 1 warning, 2 info** — `/srv/repos/analysis-pipeline` at index on `abc1234`, profile `ossr`")
        #expect(MarkdownReporter().render(ReportFixtures.allPass).hasPrefix("**OSSRLint: no findings** — `.` at commit `0123456` (`HEAD`), profile `ossr`\n"))
    }

    @Test func hostileTextAppearsAsTextAndInjectsNoMarkup() throws {
        let report = ReportFixtures.hostile
        let document = try #require(try Self.parse(MarkdownReporter().render(report)))
        let expected = VisibleEscape.forDisplay(ReportFixtures.hostileText)

        let messageCell = try #require(try Self.nodes(document, "/document/table[1]/table_row[1]/table_cell[5]").first)
        #expect(try Self.visibleText(messageCell) == expected)
        let ruleCell = try #require(try Self.nodes(document, "/document/table[1]/table_row[1]/table_cell[2]").first)
        #expect(try Self.visibleText(ruleCell) == "rule|`id` Title *x* _y_ <i>")
        let categoryCell = try #require(try Self.nodes(document, "/document/table[1]/table_row[1]/table_cell[3]").first)
        #expect(try Self.visibleText(categoryCell) == "Cat | <b>bold</b> & `x` 😀")

        // Every evidence subject is one code span holding exactly the (visibly escaped) subject.
        let codes = try Self.nodes(document, "/document/list/item/paragraph/code").compactMap(\.stringValue)
        #expect(codes == report.results[0].evidence.map { VisibleEscape.forDisplay($0.subject) })

        // Only the markup the reporter writes itself (the folded rules' <details>): no raw HTML,
        // emphasis or stray links.
        let html = try Self.nodes(document, "//html_inline|//html_block").compactMap(\.stringValue)
        #expect(html.allSatisfy { $0.hasPrefix("<details><summary>") || $0 == "</details>\n" }, "\(html)")
        #expect(try Self.nodes(document, "//emph|//image|//block_quote|//code_block|//thematic_break").isEmpty)
        let links = try Self.nodes(document, "//link").compactMap { ($0 as? XMLElement)?.attribute(forName: "destination")?.stringValue }
        #expect(links == ["https://example.org/ok"])
        let strong = try Self.nodes(document, "//strong").map(Self.visibleText)
        #expect(strong == ["OSSRLint: 1 error, 2 info", "error:", "Required by the OSSR", "How to fix:", "References:", "info:", "Recommended by the OSSR",
                           "info:", "Recommended by the OSSR"])
        let headings = try Self.nodes(document, "//heading").map(Self.visibleText)
        #expect(headings.count == 1 + 3 + 1, "Findings, three findings, Waivers: \(headings)")
        #expect(try Self.nodes(document, "//list").count == 1)
        #expect(try Self.nodes(document, "//list/item").count == 4)
    }

    @Test func evidenceListsFoldAfterTenItems() throws {
        let markdown = MarkdownReporter().render(ReportFixtures.mixed)
        let document = try #require(try Self.parse(markdown))
        let blocks = try Self.nodes(document, "//html_block").compactMap(\.stringValue)
        #expect(blocks == ["<details><summary>2 more evidence items</summary>\n", "</details>\n",
                           "<details><summary>5 rules passed, did not apply or were waived</summary>\n", "</details>\n"])
        // The folded list is the two items after the tenth.
        let lists = try Self.nodes(document, "/document/list")
        let itemCounts = try lists.map { try $0.nodes(forXPath: "item").count }
        #expect(itemCounts == [2, 10, 2, 1, 1])
    }

    @Test func codeSpansSurviveBackticksAndSpaces() {
        #expect(MarkdownEscaper.codeSpan("a`b", inTable: false) == "``a`b``")
        #expect(MarkdownEscaper.codeSpan("`x`", inTable: false) == "`` `x` ``")
        #expect(MarkdownEscaper.codeSpan(" x ", inTable: false) == "`  x  `")
        #expect(MarkdownEscaper.codeSpan("a|b", inTable: true) == #"a\|b"#)
        #expect(MarkdownEscaper.codeSpan("", inTable: false) == "")
    }

    @Test func onlyPlainWebAddressesBecomeLinks() {
        #expect(MarkdownEscaper.link("https://example.org/x") == "<https://example.org/x>")
        #expect(MarkdownEscaper.link("javascript:alert(1)") == "javascript:alert(1)")
        #expect(MarkdownEscaper.link("https://a.b/<x>") == #"https://a.b/\<x\>"#)
        #expect(MarkdownEscaper.link("https://a.b/c d") == "https://a.b/c d")
    }
}
