/// The formats `ossrlint scorecard` writes. Raw values are the spellings users type
/// (`--format html`).
public enum ScorecardFormat: String, CaseIterable, Sendable {
    /// GitHub-flavoured Markdown: a table of categories and a table of lost points.
    case markdown
    /// One self-contained HTML page (inline CSS, no script, nothing fetched), printable.
    case html
    /// Machine-readable JSON, described by `Reports/ossrlint-scorecard.schema.json`.
    case json
    /// A badge: "OSSR | 72.5 · C", coloured by grade.
    case svg

    /// The usual file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        case .svg: "svg"
        }
    }

    /// `card` in this format: a pure function, the same card giving the same bytes.
    public func render(_ card: Scorecard) -> String {
        switch self {
        case .markdown: MarkdownScorecard.render(card)
        case .html: HTMLScorecard.render(card)
        case .json: JSONScorecard.render(card)
        case .svg: SVGBadge.render(card)
        }
    }
}
