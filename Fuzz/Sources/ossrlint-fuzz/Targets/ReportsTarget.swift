import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OSSRLintKit

/// A report whose every string comes from the input, written in every format. Whatever the
/// strings hold, the JSON parses and carries them unchanged, the JUnit XML parses with one
/// test case per result, every Markdown table row has its four cells, and the console text
/// holds no control or text-reordering character but its line breaks.
enum ReportsTarget {
    static func prepare() {}

    static func run(_ data: Data) {
        let report = ReportBuilder.report(from: data)
        checkJSON(ReportFormat.json.render(report), report)
        for failingAt in [Severity.error, .info, nil] {
            checkJUnit(JUnitReporter(failingAt: failingAt).render(report), report)
        }
        checkMarkdown(ReportFormat.markdown.render(report), report)
        checkConsole(ReportFormat.console.render(report))
        checkConsole(ConsoleReporter(quiet: true, failingAt: .info).render(report))
    }

    static func checkJSON(_ text: String, _ report: LintReport) {
        let object = try? JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let root = object as? [String: Any] else { fatalError("the JSON report is not a JSON object:\n\(text)") }
        let results = root["results"] as? [[String: Any]] ?? []
        invariant(results.count == report.results.count, "the JSON report has \(results.count) results for \(report.results.count)")
        for (written, result) in zip(results, report.results) {
            for (key, value) in [("rule", result.rule), ("title", result.title), ("message", result.message)] {
                invariant(written[key] as? String == value, "the JSON report's '\(key)' reads back as \(String(describing: written[key])), not \(value.debugDescription)")
            }
            let evidence = written["evidence"] as? [[String: Any]] ?? []
            invariant(evidence.map { $0["subject"] as? String } == result.evidence.map(\.subject), "the JSON report's evidence subjects do not read back")
        }
        let tool = root["tool"] as? [String: Any]
        invariant(tool?["version"] as? String == report.tool.version, "the JSON report's tool version does not read back")
    }

    static func checkJUnit(_ text: String, _ report: LintReport) {
        let counter = TestCaseCounter()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = counter
        invariant(parser.parse(), "the JUnit report is not well-formed XML (\(String(describing: parser.parserError))):\n\(text)")
        invariant(counter.testCases == report.results.count, "the JUnit report has \(counter.testCases) test cases for \(report.results.count) results")
    }

    /// Counts `<testcase>` elements.
    final class TestCaseCounter: NSObject, XMLParserDelegate {
        var testCases = 0

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if elementName == "testcase" { testCases += 1 }
        }
    }

    static let tableHeader = "| Status | Rule | Category | Severity | Message |"

    /// GFM ends a table at the first blank line (or a line that is not a row), and splits a
    /// row into cells at every `|` not escaped by an odd run of backslashes, in code spans too.
    static func checkMarkdown(_ text: String, _ report: LintReport) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let headerPipes = unescapedPipes(in: Substring(tableHeader))
        var tables: [Int] = []
        var index = 0
        while index < lines.count {
            guard lines[index] == tableHeader else { index += 1; continue }
            index += 2
            var rows = 0
            while index < lines.count, !lines[index].isEmpty {
                let pipes = unescapedPipes(in: lines[index])
                invariant(pipes == headerPipes, "a Markdown table row has \(pipes) cell separators, not \(headerPipes):\n\(lines[index])")
                rows += 1
                index += 1
            }
            tables.append(rows)
        }
        // One table of the rules with findings, one (folded) of the others; an empty one is left out.
        let findings = report.results.filter(\.isFinding).count
        let expected = [findings, report.results.count - findings].filter { $0 > 0 }
        invariant(tables == expected, "the Markdown tables have \(tables) rows, not \(expected):\n\(text)")
    }

    static func unescapedPipes(in line: Substring) -> Int {
        var pipes = 0
        var backslashes = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: "|"), backslashes % 2 == 0 { pipes += 1 }
            backslashes = byte == UInt8(ascii: "\\") ? backslashes + 1 : 0
        }
        return pipes
    }

    /// Line feeds separate lines; every other control or reordering character from the
    /// repository must have been spelled visibly.
    static func checkConsole(_ text: String) {
        for scalar in text.unicodeScalars where scalar != "\n" {
            let isUnsafe = switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: true
            default: false
            }
            invariant(!isUnsafe, "the console report holds U+\(String(scalar.value, radix: 16, uppercase: true)):\n\(text.debugDescription)")
        }
    }
}
