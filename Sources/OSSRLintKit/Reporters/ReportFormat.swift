/// The output formats the command line offers. Raw values are the spellings users type
/// (`--format junit`), so the CLI can make this enum `ExpressibleByArgument` as it is.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Text for a terminal, grouped by category, with a summary line.
    case console
    /// JUnit XML for CI test-report views (GitLab, GitHub, Jenkins).
    case junit
    /// GitHub-flavoured Markdown for a merge-request comment.
    case markdown
    /// Machine-readable JSON, described by `Reports/ossrlint-report.schema.json`.
    case json

    /// The usual file name extension for this format, without the dot.
    public var fileExtension: String {
        switch self {
        case .console: "txt"
        case .junit: "xml"
        case .markdown: "md"
        case .json: "json"
        }
    }

    /// The reporter for this format. `useColour` and `quiet` only affect the console format;
    /// `failingAt` (the severity that fails the run) the console's quiet mode and JUnit.
    public func reporter(useColour: Bool = false, quiet: Bool = false, failingAt: Severity? = .error) -> any Reporter {
        switch self {
        case .console: ConsoleReporter(useColour: useColour, quiet: quiet, failingAt: failingAt)
        case .junit: JUnitReporter(failingAt: failingAt)
        case .markdown: MarkdownReporter()
        case .json: JSONReporter()
        }
    }

    /// Renders `report` in this format with default options (for the console: no colour, not quiet).
    public func render(_ report: LintReport) -> String {
        reporter().render(report)
    }
}
