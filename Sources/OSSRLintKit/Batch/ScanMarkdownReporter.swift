/// The scan's table as GitHub-flavoured Markdown: a title, what was scanned how, the table, and
/// the rules failed most often (the first ten shown, the rest folded in a `<details>` element).
///
/// Repository names, titles and messages are escaped (`MarkdownEscaper`), so that a name with a
/// `|`, a line break, HTML or a terminal escape stays inside its cell, as its own text.
enum ScanMarkdownReporter {
    static let foldAfter = 10

    static func render(_ table: ScanTable) -> String {
        let sentence = ScanPresentation.settings(table).map { $0.code ? MarkdownEscaper.codeSpan($0.text, inTable: false) : MarkdownEscaper.text($0.text) }
        var lines = ["## " + MarkdownEscaper.text(ScanPresentation.title(table)), "", sentence.joined(), ""]
        let headers = ScanPresentation.headers(table).map(MarkdownEscaper.text)
        lines.append(Self.row(headers))
        // Numbers align right; the grade is centred; the repository and the error read left.
        lines.append(Self.row(["---", "---:", ":---:"] + table.columns.map { _ in "---:" } + ["---:", "---"]))
        for row in table.rows {
            var cells = ScanPresentation.cells(row, in: table).map(MarkdownEscaper.text)
            cells[0] = MarkdownEscaper.codeSpan(row.repository, inTable: true)
            lines.append(Self.row(cells))
        }
        lines += ["", "### " + ScanPresentation.mostFailedTitle, ""]
        guard !table.mostFailed.isEmpty else { return (lines + [ScanPresentation.nothingFailed]).joined(separator: "\n") + "\n" }
        lines += ruleTable(table.mostFailed.prefix(foldAfter))
        let rest = table.mostFailed.dropFirst(foldAfter)
        if !rest.isEmpty {
            lines += ["", "<details><summary>\(rest.count) more \(rest.count == 1 ? "rule" : "rules")</summary>", ""]
            lines += ruleTable(rest)
            lines += ["", "</details>"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func ruleTable(_ rules: ArraySlice<ScanTable.RuleFailures>) -> [String] {
        [row(ScanPresentation.mostFailedHeaders), row(["---", "---:", "---:"])] + rules.map { failure in
            row([MarkdownEscaper.codeSpan(failure.rule, inTable: true), "\(failure.count)", ScanPresentation.share(failure.share)])
        }
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
