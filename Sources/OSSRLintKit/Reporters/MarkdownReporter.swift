/// GitHub-flavoured Markdown for a merge-request comment, most important first: a one-line
/// verdict naming the repository and revision; with a baseline, what the change fixed and
/// introduced; the summary; a table of the rules that did not pass, then each of those findings
/// with its evidence, remedy and references; last, the rules that passed or did not apply,
/// folded in a `<details>` element.
///
/// Every status is a word as well as an emoji. Text from the repository is escaped so that it
/// cannot break a table or inject HTML; evidence lists longer than ten items fold the rest into
/// a `<details>` element.
public struct MarkdownReporter: Reporter {
    /// How many evidence items show before the rest fold away.
    public static let foldAfter = 10

    public init() {}

    public func render(_ report: LintReport) -> String {
        var lines = [verdict(report)]
        if let comparison = report.comparison { lines += delta(comparison, in: report) }
        lines += ["", MarkdownEscaper.text(ReportPresentation.summarySentence(report))]
        // Computed once: every finding names its lost points.
        let score = report.score
        if let score { lines += scoreTable(score) }
        let ordered = report.resultsByCategory.flatMap { group in ReportPresentation.findingsFirst(group.results).map { (group.category, $0) } }
        let findings = ordered.filter { $0.1.isFinding }
        if !findings.isEmpty {
            lines += ["", "### Findings", ""] + table(findings, in: report)
            for (_, result) in findings { lines += finding(result, in: report, score: score) }
        }
        if let waivers = report.waivers, !waivers.isEmpty { lines += waiverTable(waivers) }
        let others = ordered.filter { !$0.1.isFinding }
        if !others.isEmpty {
            lines += ["", "<details><summary>\(others.count) \(others.count == 1 ? "rule" : "rules") passed, did not apply or were waived</summary>", ""]
            lines += table(others, in: report)
            lines += ["", "</details>"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "**OSSRLint: 2 errors, 1 warning** — `path` at commit `abc1234` (`v1.2`), profile `ossr`".
    private func verdict(_ report: LintReport) -> String {
        let state = ReportPresentation.state(of: report.repository)
        var line = "**OSSRLint: \(ReportPresentation.findingsPhrase(report))** — "
            + MarkdownEscaper.codeSpan(report.repository.path, inTable: false) + " at " + state.label
        if let commit = state.commit { line += " " + MarkdownEscaper.codeSpan(commit, inTable: false) }
        if let revision = report.repository.revision { line += " (" + MarkdownEscaper.codeSpan(revision, inTable: false) + ")" }
        line += ", profile " + MarkdownEscaper.codeSpan(report.profile, inTable: false)
        if let stage = report.stage { line += ", \(stage.rawValue) stage" }
        return line
    }

    /// What the change fixed and introduced, each rule named.
    private func delta(_ comparison: LintReport.Comparison, in report: LintReport) -> [String] {
        let names = ReportPresentation.baselineNames(comparison.baseline)
        let commit = names.commit.map { MarkdownEscaper.codeSpan($0, inTable: false) }
        var base = names.revision.map { MarkdownEscaper.codeSpan($0, inTable: false) } ?? commit ?? "the baseline"
        if names.revision != nil, let commit { base += " (" + commit + ")" }
        var lines = ["", "**This change \(ReportPresentation.deltaPhrase(comparison))** compared with \(base)."]
        let titles = Dictionary(report.results.map { ($0.rule, $0) }, uniquingKeysWith: { first, _ in first })
        if !comparison.new.isEmpty || !comparison.fixed.isEmpty { lines.append("") }
        for rule in comparison.new {
            guard let result = titles[rule] else { continue }
            lines.append("- 🆕 new \(result.severity.rawValue): " + MarkdownEscaper.codeSpan(rule, inTable: false) + " — " + MarkdownEscaper.text(result.message))
        }
        for fixed in comparison.fixed {
            lines.append("- ✅ fixed \(fixed.severity.rawValue): " + MarkdownEscaper.codeSpan(fixed.rule, inTable: false) + " — was: " + MarkdownEscaper.text(fixed.message))
        }
        return lines
    }

    /// "**Score: 72.5/100, grade C**" and a row per category: its weight, score and rules passed.
    private func scoreTable(_ score: Score) -> [String] {
        let phrase = ReportPresentation.scorePhrase(score)
        var lines = ["", "**" + MarkdownEscaper.text(phrase.prefix(1).uppercased() + phrase.dropFirst()) + "**", "",
                     "| Category | Weight | Score | Rules passed |", "| --- | --- | --- | --- |"]
        for category in score.categories {
            var passed = "\(category.passed) of \(category.ran)"
            if category.waived > 0 { passed += ", \(category.waived) waived" }
            if category.notApplicable > 0 { passed += ", \(category.notApplicable) not applicable" }
            let cells = [MarkdownEscaper.text(category.title), ReportPresentation.points(category.weight),
                         category.score.map(ReportPresentation.points) ?? "—", passed]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// Every time-limited waiver and what became of it: expired and unused ones are work for
    /// their owner.
    private func waiverTable(_ waivers: [WaiverRecord]) -> [String] {
        var lines = ["", "### Waivers", "", "| State | Rule | Paths | Owner | Expires | Reason | Where |", "| --- | --- | --- | --- | --- | --- | --- |"]
        for waiver in waivers {
            let state = switch waiver.state {
            case .applied: "💤 applied"
            case .expired: "⌛ expired"
            case .unused: "🗑️ unused, remove it"
            }
            let paths = waiver.paths.isEmpty ? "all" : waiver.paths.map { MarkdownEscaper.codeSpan($0, inTable: true) }.joined(separator: ", ")
            let cells = [state, MarkdownEscaper.codeSpan(waiver.rule, inTable: true), paths, MarkdownEscaper.text(waiver.owner),
                         waiver.expires, MarkdownEscaper.text(waiver.reason), MarkdownEscaper.codeSpan(waiver.location, inTable: true)]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// A table of `results`: Status | Rule | Category | Severity | Message.
    private func table(_ results: [(LintReport.Category, RuleResult)], in report: LintReport) -> [String] {
        var lines = ["| Status | Rule | Category | Severity | Message |", "| --- | --- | --- | --- | --- |"]
        for (category, result) in results {
            var status = Self.status(result.status)
            if report.isNew(result) == true { status += " (new)" }
            let cells = [
                status,
                MarkdownEscaper.codeSpan(result.rule, inTable: true) + " " + MarkdownEscaper.text(result.title),
                MarkdownEscaper.text(category.title),
                "\(result.severity.rawValue), \(result.requirement.rawValue)",
                MarkdownEscaper.text(result.message),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    private func finding(_ result: RuleResult, in report: LintReport, score: Score?) -> [String] {
        var lines = [
            "",
            "#### \(Self.status(result.status))\(report.isNew(result) == true ? " (new)" : ""): " + MarkdownEscaper.codeSpan(result.rule, inTable: false)
                + " — " + MarkdownEscaper.text(result.title),
            "",
            "**\(result.severity.rawValue):** " + MarkdownEscaper.text(result.message),
        ]
        let lost = score?.losses.first { $0.rule == result.rule }
        lines += ["", "**\(result.requirement == .required ? "Required" : "Recommended") by the OSSR**"
                  + (lost.map { "; **points lost:** \(ReportPresentation.points($0.points)) of 100" } ?? "")]
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
