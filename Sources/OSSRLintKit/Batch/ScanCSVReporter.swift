/// The scan's repository table as CSV (RFC 4180): a header line, then one line per repository,
/// lines ending in CRLF; a cell without a value is empty. The most-failed rules are not in it: a CSV file holds one table, and a
/// second would break every reader's idea of the columns (the other formats carry them).
///
/// Every cell is text a spreadsheet shows as it is: control and text-reordering characters,
/// line breaks included, are spelt visibly (`\u{A}`); a cell with a comma or a quote is quoted,
/// its quotes doubled; and a cell that would start with `=`, `+`, `-` or `@` gets a leading `'`,
/// so that a spreadsheet shows a hostile name rather than running it as a formula.
enum ScanCSVReporter {
    static func render(_ table: ScanTable) -> String {
        var lines = [line(ScanPresentation.headers(table))]
        for row in table.rows { lines.append(line(ScanPresentation.cells(row, in: table, missing: ""))) }
        return lines.map { $0 + "\r\n" }.joined()
    }

    private static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",")
    }

    static func cell(_ raw: String) -> String {
        var text = VisibleEscape.forDisplay(raw)
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@"]
}
