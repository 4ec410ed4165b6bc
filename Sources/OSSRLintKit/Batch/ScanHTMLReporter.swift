/// The scan's table as one self-contained HTML page: its style inline, no script, nothing
/// loaded from elsewhere, so it can be archived, mailed or served as a CI artefact as it is.
///
/// The page is also well-formed XML (every element closed, `<meta … />`), so that an XML
/// parser checks it as strictly as a browser reads it. Every text from a repository is escaped
/// (`XMLEscaper`) after control and text-reordering characters are spelt visibly.
enum ScanHTMLReporter {
    static func render(_ table: ScanTable) -> String {
        let title = escape(ScanPresentation.title(table))
        let sentence = ScanPresentation.settings(table).map { $0.code ? "<code>" + escape($0.text) + "</code>" : escape($0.text) }.joined()
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\" />",
            "<title>\(title)</title>",
            "<style>",
            "body { font-family: sans-serif; margin: 2em; }",
            "table { border-collapse: collapse; margin-bottom: 2em; }",
            "th, td { border: 1px solid #999; padding: 0.25em 0.5em; vertical-align: top; }",
            "td.number { text-align: right; font-variant-numeric: tabular-nums; }",
            "th[scope=row] { text-align: left; }",
            "tr.failed td { background: #fdecea; }",
            "</style>",
            "</head>",
            "<body>",
            "<h1>\(title)</h1>",
            "<p>\(sentence)</p>",
            "<table>",
            "<thead>",
            "<tr>" + ScanPresentation.headers(table).map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr>",
            "</thead>",
            "<tbody>",
        ]
        for row in table.rows {
            let cells = ScanPresentation.cells(row, in: table)
            var html = ["<th scope=\"row\"><code>\(escape(cells[0]))</code></th>"]
            // Score and category scores, and the failed-required count, are numbers.
            let numeric = Set([1, cells.count - 2] + table.columns.indices.map { $0 + 3 })
            for (index, cell) in cells.enumerated().dropFirst() {
                html.append(numeric.contains(index) ? "<td class=\"number\">\(escape(cell))</td>" : "<td>\(escape(cell))</td>")
            }
            lines.append((row.error == nil ? "<tr>" : "<tr class=\"failed\">") + html.joined() + "</tr>")
        }
        lines += ["</tbody>", "</table>", "<h2>\(escape(ScanPresentation.mostFailedTitle))</h2>"]
        if table.mostFailed.isEmpty {
            lines.append("<p>\(escape(ScanPresentation.nothingFailed))</p>")
        } else {
            lines += ["<table>", "<thead>", "<tr>" + ScanPresentation.mostFailedHeaders.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr>", "</thead>", "<tbody>"]
            for failure in table.mostFailed {
                lines.append("<tr><th scope=\"row\"><code>\(escape(failure.rule))</code></th><td class=\"number\">\(failure.count)</td>"
                             + "<td class=\"number\">\(escape(ScanPresentation.share(failure.share)))</td></tr>")
            }
            lines += ["</tbody>", "</table>"]
        }
        lines += ["</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escape(_ text: String) -> String {
        XMLEscaper.escapeText(VisibleEscape.forDisplay(text))
    }
}
