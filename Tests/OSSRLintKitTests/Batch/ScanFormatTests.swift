import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
@testable import OSSRLintKit

/// Every scan format read back by the program that reads it, on a table of hostile names:
/// each row keeps its cells, each name stays one cell showing its own text, and nothing in a
/// name becomes markup, a formula or a terminal command.
@Suite struct ScanFormatTests {
    private let table = ScanTableFixtures.hostile

    /// What a reader sees of a raw name: control and text-reordering characters spelt visibly.
    private func shown(_ raw: String) -> String { VisibleEscape.forDisplay(raw) }

    /// JSON is data and carries names exactly (only C0 controls escaped, as JSON must); the
    /// formats people read show no control or text-reordering character as it is.
    @Test func noFormatCarriesARawControlCharacter() {
        for format in ScanFormat.allCases {
            let text = format.render(table)
            let controls = text.unicodeScalars.filter { scalar in
                let unsafe = format == .json ? scalar.value < 0x20 : VisibleEscape.isUnsafeForDisplay(scalar)
                return unsafe && scalar != "\n" && !(format == .csv && scalar == "\r")
            }
            #expect(controls.isEmpty, "\(format): \(controls.map { String($0.value, radix: 16) })")
        }
    }

    @Test func markdownTablesKeepEveryRowAndCellAndEachNameIsItsOwnText() throws {
        let document = try #require(try MarkdownReporterTests.parse(ScanFormat.markdown.render(table)))
        let tables = try MarkdownReporterTests.nodes(document, "/document/table")
        #expect(tables.count == 2, "the repository table and the most-failed rules")
        let rows = try MarkdownReporterTests.nodes(document, "/document/table[1]/table_row")
        #expect(rows.count == table.rows.count)
        let headers = try MarkdownReporterTests.nodes(document, "/document/table[1]/table_header/table_cell").map(MarkdownReporterTests.visibleText)
        #expect(headers == ["Repository", "Score", "Grade", shown("<b>Bold|title</b>\n"), "Failed required", "Error"])
        for (node, row) in zip(rows, table.rows) {
            let cells = try node.nodes(forXPath: "table_cell")
            #expect(cells.count == headers.count)
            #expect(try MarkdownReporterTests.visibleText(cells[0]) == shown(row.repository))
            #expect(try MarkdownReporterTests.visibleText(cells[headers.count - 1]) == shown(ScanPresentation.error(row.error)))
        }
        #expect(try MarkdownReporterTests.nodes(document, "//html_inline|//html_block").isEmpty, "no name becomes HTML")
        let rules = try MarkdownReporterTests.nodes(document, "/document/table[2]/table_row/table_cell[1]").map(MarkdownReporterTests.visibleText)
        #expect(rules == ["rule|<i>x</i>"])
    }

    /// Python's csv module, strict, reads the same cells back: a spreadsheet's view of them.
    @Test func csvParsesBackCellForCellInPythonsCSVModule() throws {
        let file = try TemporaryFile(ScanFormat.csv.render(table), suffix: ".csv")
        defer { file.remove() }
        let script = "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'), strict=True))))"
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, file.url.path], in: file.url.deletingLastPathComponent())
        try #require(result.status == 0, "\(result.standardError)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String]])
        #expect(parsed.first == ["Repository", "Score", "Grade", shown("<b>Bold|title</b>\n"), "Failed required", "Error"])
        #expect(parsed.count == table.rows.count + 1)
        for (cells, row) in zip(parsed.dropFirst(), table.rows) {
            let name = shown(row.repository)
            #expect(cells[0] == (["=", "+", "-", "@"].contains(name.first.map(String.init) ?? "") ? "'" + name : name))
            #expect(cells[1] == (row.score.map(ReportPresentation.points) ?? ""), "no value is an empty cell")
            #expect(cells[5] == shown(ScanPresentation.error(row.error)))
        }
        #expect(parsed.dropFirst().contains { $0[0] == "'=HYPERLINK(\"x\",\"y\")" }, "a formula is shown, never run")
    }

    @Test func jsonIsValidAgainstItsSchemaAndReadsBackIntoTheSameTable() throws {
        let json = ScanFormat.json.render(table)
        let file = try TemporaryFile(json, suffix: ".json")
        defer { file.remove() }
        if let checker = ExternalTool.locate("check-jsonschema", installHint: "pip install check-jsonschema") {
            let schema = PackageRoot.url.appendingPathComponent("Reports/ossrlint-scan.schema.json")
            let output = try checker.run(["--schemafile", schema.path, file.url.path])
            #expect(output.status == 0, "check-jsonschema: \(output.stdout)\(output.stderr)")
        }
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let names = (decoded["repositories"] as? [[String: Any]] ?? []).compactMap { $0["repository"] as? String }
        #expect(names == table.rows.map(\.repository), "JSON carries every name exactly")
        let read = try ScanDocument.read(Data(json.utf8))
        #expect(read == table)
        #expect(ScanFormat.json.render(read) == json)
    }

    @Test func jsonThatIsNotAScanIsRefusedSayingWhere() throws {
        for (text, reason) in [("[]", "wrong type"), ("{", "not JSON"), (#"{"tool": {"name": "ossrlint", "version": "1"}}"#, "key 'scan' is missing")] {
            do {
                _ = try ScanDocument.read(Data(text.utf8))
                Issue.record("'\(text)' was read")
            } catch {
                #expect(error.reason.contains(reason), "\(error.reason)")
            }
        }
    }

    /// Well-formed XML (so an XML parser checks it strictly), read by Python's HTML parser as a
    /// browser reads it: only the page's own elements, each name one cell.
    @Test func htmlIsWellFormedSelfContainedAndEachNameIsOneCell() throws {
        let html = ScanFormat.html.render(table)
        let file = try TemporaryFile(html, suffix: ".html")
        defer { file.remove() }
        if let xmllint = ExternalTool.locate("xmllint", installHint: "apt-get install libxml2-utils") {
            let output = try xmllint.run(["--noout", file.url.path])
            #expect(output.status == 0, "xmllint: \(output.stderr)")
        }
        let script = """
            import html.parser, json, sys
            class Reader(html.parser.HTMLParser):
                def __init__(self):
                    super().__init__(convert_charrefs=True)
                    self.tags, self.rows, self.cell = set(), [], None
                def handle_starttag(self, tag, attrs):
                    self.tags.add(tag)
                    if tag == "tr": self.rows.append([])
                    if tag in ("td", "th"): self.cell = ""
                def handle_endtag(self, tag):
                    if tag in ("td", "th"): self.rows[-1].append(self.cell); self.cell = None
                def handle_data(self, data):
                    if self.cell is not None: self.cell += data
            reader = Reader()
            reader.feed(open(sys.argv[1], encoding="utf-8").read())
            print(json.dumps({"tags": sorted(reader.tags), "rows": reader.rows}))
            """
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, file.url.path], in: file.url.deletingLastPathComponent())
        try #require(result.status == 0, "\(result.standardError)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let tags = parsed["tags"] as? [String] ?? []
        #expect(Set(tags).isSubset(of: ["html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "code", "table", "thead", "tbody", "tr", "th", "td"]), "\(tags)")
        let rows = parsed["rows"] as? [[String]] ?? []
        #expect(rows.count == 1 + table.rows.count + 1 + table.mostFailed.count, "both tables with their headers")
        for (cells, row) in zip(rows.dropFirst(), table.rows) {
            #expect(cells.count == 6)
            #expect(cells[0] == shown(row.repository))
            #expect(cells[5] == shown(ScanPresentation.error(row.error)))
        }
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("<script"), "nothing loaded from elsewhere, no script")
    }

    @Test func anEmptyShardStillWritesEveryFormat() throws {
        let empty = ScanTable(settings: ScanTableFixtures.settings, shard: ScanShard(index: 3, count: 3), rows: [])
        #expect(ScanFormat.markdown.render(empty).contains(ScanPresentation.nothingFailed))
        #expect(ScanFormat.csv.render(empty) == "Repository,Score,Grade,Failed required,Error\r\n")
        #expect(try ScanDocument.read(Data(ScanFormat.json.render(empty).utf8)) == empty)
    }
}
