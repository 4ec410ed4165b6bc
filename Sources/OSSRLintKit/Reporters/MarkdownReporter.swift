/// GitHub-flavoured Markdown for a merge-request comment: a one-line verdict, a table per
/// category (Status | Rule | Severity | Message), then a Findings section with the message,
/// evidence, remedy and references of every failed rule and every rule that could not run.
///
/// Every status is a word as well as an emoji. Text from the repository is escaped so that it
/// cannot break a table or inject HTML; evidence lists longer than ten items fold the rest into
/// a `<details>` element.
public struct MarkdownReporter: Reporter {
    /// How many evidence items show before the rest fold away.
    public static let foldAfter = 10

    public init() {}

    public func render(_ report: LintReport) -> String {
        var lines = [verdict(report), "", MarkdownEscaper.text(ReportPresentation.summarySentence(report))]
        let groups = report.resultsByCategory
        for (category, results) in groups {
            lines += ["", "### " + MarkdownEscaper.text(category.title), ""]
            lines.append("| Status | Rule | Severity | Message |")
            lines.append("| --- | --- | --- | --- |")
            for result in ReportPresentation.findingsFirst(results) {
                let cells = [
                    Self.status(result.status),
                    MarkdownEscaper.codeSpan(result.rule, inTable: true) + " " + MarkdownEscaper.text(result.title),
                    result.severity.rawValue,
                    MarkdownEscaper.text(result.message),
                ]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
        }
        let findings = groups.flatMap { ReportPresentation.findingsFirst($0.results) }.filter(\.isFinding)
        if !findings.isEmpty {
            lines += ["", "### Findings"]
            for result in findings { lines += finding(result) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "**OSSRLint: 2 errors, 1 warning** — profile `ossr`, commit `abc1234`".
    private func verdict(_ report: LintReport) -> String {
        let state = ReportPresentation.state(of: report.repository)
        var line = "**OSSRLint: \(ReportPresentation.findingsPhrase(report))** — profile "
            + MarkdownEscaper.codeSpan(report.profile, inTable: false) + ", " + state.label
        if let commit = state.commit { line += " " + MarkdownEscaper.codeSpan(commit, inTable: false) }
        return line
    }

    private func finding(_ result: RuleResult) -> [String] {
        var lines = [
            "",
            "#### \(Self.status(result.status)): " + MarkdownEscaper.codeSpan(result.rule, inTable: false)
                + " — " + MarkdownEscaper.text(result.title),
            "",
            "**\(result.severity.rawValue):** " + MarkdownEscaper.text(result.message),
        ]
        if !result.evidence.isEmpty {
            let items = result.evidence.map(evidenceItem)
            lines.append("")
            lines += items.prefix(Self.foldAfter)
            if items.count > Self.foldAfter {
                let rest = items.count - Self.foldAfter
                lines += ["", "<details><summary>\(rest) more evidence \(rest == 1 ? "item" : "items")</summary>", ""]
                lines += items.dropFirst(Self.foldAfter)
                lines += ["", "</details>"]
            }
        }
        if let remediation = result.remediation {
            lines += ["", "**How to fix:** " + MarkdownEscaper.text(remediation)]
        }
        if !result.references.isEmpty {
            lines += ["", "**References:** " + result.references.map(MarkdownEscaper.link).joined(separator: ", ")]
        }
        return lines
    }

    /// "- path `LICENSE` line 3, column 1 — not found".
    private func evidenceItem(_ evidence: Evidence) -> String {
        var item = "- \(evidence.kind.rawValue) " + MarkdownEscaper.codeSpan(evidence.subject, inTable: false)
        if let position = ReportPresentation.position(of: evidence) { item += " " + position }
        if let detail = evidence.detail { item += " — " + MarkdownEscaper.text(detail) }
        return item
    }

    private static func status(_ status: RuleStatus) -> String {
        switch status {
        case .pass: "✅ pass"
        case .fail: "❌ fail"
        case .notApplicable: "➖ not applicable"
        case .waived: "💤 waived"
        case .error: "⚠️ error"
        }
    }
}
