/// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding
/// (error, warning and info severity), which the runner turns into annotations on the job and,
/// with a file, on the pull request's diff.
///
/// `::error file=PATH,line=N,col=N,title=RULE::MESSAGE`: the file is the finding's first path
/// evidence (git's quoting undone), with its position when known; a finding that names no file
/// is annotated on the job alone. The message is the finding's, prefixed `new: ` when a
/// baseline did not have it, with the remediation on a second line.
///
/// The output is printed into the job's log, which the runner reads line by line for commands,
/// so nothing from the repository may end a line or start a command: values are escaped as
/// GitHub's toolkit escapes them (`%`, CR and LF in the message; also `:` and `,` in property
/// values), and every other control or text-reordering character is spelled visibly, as in the
/// console report. Every line therefore starts with `::` and is one command.
public struct GitHubReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        report.results.filter(\.isFinding).map { command(for: $0, isNew: report.isNew($0) == true) + "\n" }.joined()
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    private func command(for finding: RuleResult, isNew: Bool) -> String {
        var properties: [(String, String)] = []
        if let path = finding.evidence.first(where: { $0.kind == .path && !$0.subject.isEmpty }) {
            properties.append(("file", EvidencePath.text(of: path.subject)))
            if let line = path.line, line >= 1 {
                properties.append(("line", String(line)))
                if let column = path.column, column >= 1 { properties.append(("col", String(column))) }
            }
        }
        properties.append(("title", finding.rule))
        var message = (isNew ? "new: " : "") + finding.message
        if let remediation = finding.remediation, !remediation.isEmpty { message += "\nfix: " + remediation }
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(Self.command(finding.severity)) \(list)::\(Self.escapeData(message))"
    }

    /// The message escaped as `@actions/core` escapes command data.
    static func escapeData(_ value: String) -> String {
        var output = ""
        output.reserveCapacity(value.utf8.count + 8)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            case _ where VisibleEscape.isUnsafeForDisplay(scalar): output += VisibleEscape.spelling(of: scalar)
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A property value escaped as `@actions/core` escapes command properties: as data, and
    /// `:` and `,`, which would end the value.
    static func escapeProperty(_ value: String) -> String {
        escapeData(value).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
