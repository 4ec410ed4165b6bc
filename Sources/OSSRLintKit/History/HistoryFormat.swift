/// The formats `ossrlint history` writes. Raw values are the spellings users type
/// (`--format svg=history.svg`).
public enum HistoryFormat: String, CaseIterable, Sendable {
    /// A table for a terminal.
    case console
    /// A GitHub-flavoured Markdown table, for a merge-request comment or a wiki page.
    case markdown
    /// JSON, described by `Reports/ossrlint-history.schema.json`.
    case json
    /// CSV, for spreadsheets.
    case csv
    /// An SVG line chart.
    case svg

    /// The history in this format: a pure function of it, the same history giving the same bytes.
    public func render(_ history: ScoreHistory) -> String {
        switch self {
        case .console: HistoryConsoleTable().render(history)
        case .markdown: HistoryMarkdownTable().render(history)
        case .json: HistoryJSON().render(history)
        case .csv: HistoryCSV().render(history)
        case .svg: HistoryChart().render(history)
        }
    }
}
