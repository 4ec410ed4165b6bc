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
    /// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
    case sarif
    /// GitLab Code Quality JSON for the merge-request widget.
    case codequality
    /// GitHub Actions workflow commands: an annotation per finding.
    case github

    /// The usual file name extension for this format, without the dot. Formats may share one
    /// (Code Quality is JSON, GitHub's commands are text).
    public var fileExtension: String {
        switch self {
        case .console: "txt"
        case .junit: "xml"
        case .markdown: "md"
        case .json: "json"
        case .sarif: "sarif"
        case .codequality: "json"
        case .github: "txt"
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
        case .sarif: SARIFReporter()
        case .codequality: CodeQualityReporter()
        case .github: GitHubReporter()
        }
    }

    /// Renders `report` in this format with default options (for the console: no colour, not quiet).
    public func render(_ report: LintReport) -> String {
        reporter().render(report)
    }
}
