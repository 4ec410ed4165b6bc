/// The formats of a scan's table. Raw values are what users type (`--format csv`).
public enum ScanFormat: String, CaseIterable, Sendable {
    /// GitHub-flavoured Markdown, for a wiki page or an issue.
    case markdown
    /// RFC 4180 CSV, for a spreadsheet: the repository table only (one table per file).
    case csv
    /// JSON described by `Reports/ossrlint-scan.schema.json`; also what `ossrlint merge` reads.
    case json
    /// One self-contained HTML page: no script, no style sheet or image from elsewhere.
    case html

    public func render(_ table: ScanTable) -> String {
        switch self {
        case .markdown: ScanMarkdownReporter.render(table)
        case .csv: ScanCSVReporter.render(table)
        case .json: ScanDocument.render(table)
        case .html: ScanHTMLReporter.render(table)
        }
    }
}
