/// Text for a terminal: a header line, results grouped by category with findings first, the
/// evidence, remedy and references of each finding indented under it, and a summary line.
///
/// Text that comes from the repository (paths, tag names, messages quoting them) can hold
/// terminal escape sequences; control and text-reordering characters are therefore printed as
/// visible escapes such as `\u{1B}`, whether or not colour is on.
public struct ConsoleReporter: Reporter {
    /// Whether to colour status words and headings with ANSI escape sequences.
    public var useColour: Bool
    /// Whether to print only the findings that fail the run (failed rules and rules that could
    /// not run, at or above `failingAt`), with no header, headings or summary: nothing at all
    /// when the run passes, as a pre-commit hook wants.
    public var quiet: Bool
    /// The least severity that fails the run; nil when nothing does (`--fail-on never`).
    public var failingAt: Severity?

    public init(useColour: Bool = false, quiet: Bool = false, failingAt: Severity? = .error) {
        self.useColour = useColour
        self.quiet = quiet
        self.failingAt = failingAt
    }

    public func render(_ report: LintReport) -> String {
        // Computed once: every finding's block names its lost points.
        let score = report.score
        var lines: [String] = []
        if quiet {
            for (_, results) in report.resultsByCategory {
                for result in ReportPresentation.findingsFirst(results) where result.isFinding && failingAt.map({ result.severity >= $0 }) == true {
                    lines += block(for: result, in: report, score: score)
                }
            }
            return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        }
        lines.append(header(report))
        for (category, results) in report.resultsByCategory {
            lines.append("")
            lines.append(paint(clean(category.title), .bold))
            for result in ReportPresentation.findingsFirst(results) {
                lines += block(for: result, in: report, score: score)
            }
        }
        lines.append("")
        if let comparison = report.comparison {
            let names = ReportPresentation.baselineNames(comparison.baseline)
            let base = [names.revision, names.commit].compactMap { $0 }.map(clean).joined(separator: " ")
            lines.append(paint("This change \(ReportPresentation.deltaPhrase(comparison)) (compared with \(base.isEmpty ? "the baseline" : base)).", .bold))
            for fixed in comparison.fixed {
                lines.append("  FIXED   \(clean(fixed.rule)) (\(fixed.severity.rawValue)): was: \(clean(fixed.message))")
            }
        }
        // Waivers in use show beside their rule; these are the ones that need their owner.
        for waiver in report.waivers ?? [] where waiver.state != .applied {
            lines.append(paint("WAIVER  ", .bold) + clean(waiver.summary))
        }
        lines.append(paint(ReportPresentation.summarySentence(report), .bold))
        if let score {
            var line = ReportPresentation.scorePhrase(score)
            let top = score.losses.prefix(3).map { "\(clean($0.rule)) \(ReportPresentation.points($0.points))" }
            if !top.isEmpty { line += "; most points lost: " + top.joined(separator: ", ") }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "ossrlint 1.2.0: checked '.' (commit abc1234) with profile 'ossr'".
    private func header(_ report: LintReport) -> String {
        let state = ReportPresentation.state(of: report.repository)
        let checked = [state.label, state.commit].compactMap { $0 }.map(clean).joined(separator: " ")
        return "\(clean(report.tool.name)) \(clean(report.tool.version)): checked "
            + "'\(clean(report.repository.path))' (\(checked)) with profile '\(clean(report.profile))'"
            + (report.stage.map { " at the \($0.rawValue) stage" } ?? "")
    }

    /// The status line of one result and, for a finding, its evidence, remedy and references.
    private func block(for result: RuleResult, in report: LintReport, score: Score?) -> [String] {
        let word = Self.statusWord(result.status)
        let padding = String(repeating: " ", count: Self.statusWidth - word.count)
        var heading = "  " + paint(word, style(for: result)) + padding + "  " + clean(result.rule)
        if result.isFinding { heading += " (\(result.severity.rawValue)\(report.isNew(result) == true ? ", new" : ""))" }
        heading += ": " + clean(result.message)
        var lines = [heading]
        guard result.isFinding else { return lines }
        let indent = String(repeating: " ", count: 4 + Self.statusWidth)
        if let score {
            let lost = score.losses.first { $0.rule == result.rule }.map { "; \(ReportPresentation.points($0.points)) of 100 points lost" } ?? ""
            lines.append(indent + "\(result.requirement == .required ? "required by the OSSR" : "recommended by the OSSR")\(lost)")
        }
        for evidence in result.evidence {
            var line = indent + "- \(evidence.kind.rawValue) \(clean(evidence.location))"
            if let detail = evidence.detail { line += " — " + clean(detail) }
            lines.append(line)
        }
        if let remediation = result.remediation { lines.append(indent + "fix: " + clean(remediation)) }
        for reference in result.references { lines.append(indent + "see: " + clean(reference)) }
        return lines
    }

    private static let statusWidth = 6

    private static func statusWord(_ status: RuleStatus) -> String {
        switch status {
        case .pass: "PASS"
        case .fail: "FAIL"
        case .notApplicable: "N/A"
        case .waived: "WAIVED"
        case .error: "ERROR"
        }
    }

    private enum Style: String {
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case magenta = "35"
        case cyan = "36"
    }

    private func style(for result: RuleResult) -> Style {
        switch result.status {
        case .pass: .green
        case .notApplicable, .waived: .dim
        case .error: .magenta
        case .fail:
            switch result.severity {
            case .error: .red
            case .warning: .yellow
            case .info: .cyan
            }
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        useColour ? "\u{1B}[\(style.rawValue)m" + text + "\u{1B}[0m" : text
    }

    private func clean(_ text: String) -> String { VisibleEscape.forDisplay(text) }
}
