/// Wording and ordering that several reporters share, so the console, Markdown and JUnit
/// outputs describe the same report in the same words.
enum ReportPresentation {
    /// The baseline as people name it: the revision given (`origin/main`) and its short commit;
    /// the short commit alone when the revision was a commit id already
    /// (`$CI_MERGE_REQUEST_DIFF_BASE_SHA`), which would otherwise be printed twice.
    static func baselineNames(_ baseline: LintReport.Repository) -> (revision: String?, commit: String?) {
        let commit = baseline.commit.map { String($0.prefix(7)) }
        guard let revision = baseline.revision else { return (nil, commit) }
        if let full = baseline.commit, revision.count >= 4, full.hasPrefix(revision.lowercased()) { return (nil, commit) }
        return (revision, commit)
    }

    /// The results of one category as reporters list them: findings first, most severe first,
    /// then everything else; rule-set order otherwise.
    static func findingsFirst(_ results: [RuleResult]) -> [RuleResult] {
        // Sorting on the original position as well keeps the order stable by construction.
        results.enumerated().sorted { lhs, rhs in
            let left = rank(lhs.element), right = rank(rhs.element)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func rank(_ result: RuleResult) -> Int {
        guard result.isFinding else { return 3 }
        switch result.severity {
        case .error: return 0
        case .warning: return 1
        case .info: return 2
        }
    }

    /// "12 rules: 9 passed, 2 failed (1 error, 1 warning), 1 not applicable".
    /// "score 72.5/100, grade C" (no grade when the policy gives none; "no score" when nothing
    /// could be scored).
    static func scorePhrase(_ score: Score) -> String {
        guard let overall = score.overall else { return "no score: no rule that counts ran" }
        return "score \(points(overall))/100" + (score.grade.map { ", grade \($0)" } ?? "")
    }

    /// A score or a number of points to one decimal, the same on every machine.
    static func points(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    static func summarySentence(_ report: LintReport) -> String {
        let summary = report.summary
        var parts = ["\(summary.passed) passed"]
        if summary.failed > 0 {
            let failed = report.results.filter { $0.status == .fail }
            let breakdown = severityCounts(failed.map(\.severity))
            parts.append("\(summary.failed) failed (\(breakdown))")
        }
        if summary.notApplicable > 0 { parts.append("\(summary.notApplicable) not applicable") }
        if summary.waived > 0 { parts.append("\(summary.waived) waived") }
        if summary.errors > 0 { parts.append("\(summary.errors) could not run") }
        let noun = summary.total == 1 ? "rule" : "rules"
        return "\(summary.total) \(noun): " + parts.joined(separator: ", ")
    }

    /// "fixes 2 findings and introduces 1", "introduces no finding and fixes none".
    static func deltaPhrase(_ comparison: LintReport.Comparison) -> String {
        func count(_ number: Int) -> String { number == 0 ? "none" : number == 1 ? "1 finding" : "\(number) findings" }
        return "fixes \(count(comparison.fixed.count)) and introduces \(count(comparison.new.count))"
    }

    /// "2 errors, 1 warning" for the findings of the report, or "no findings".
    static func findingsPhrase(_ report: LintReport) -> String {
        let findings = report.results.filter(\.isFinding).map(\.severity)
        return findings.isEmpty ? "no findings" : severityCounts(findings)
    }

    /// Non-zero counts, most severe first: "1 error, 2 warnings, 3 info".
    static func severityCounts(_ severities: [Severity]) -> String {
        Severity.allCases.reversed().compactMap { severity -> String? in
            let count = severities.count { $0 == severity }
            guard count > 0 else { return nil }
            return "\(count) \(noun(for: severity, count: count))"
        }.joined(separator: ", ")
    }

    private static func noun(for severity: Severity, count: Int) -> String {
        switch severity {
        case .error: count == 1 ? "error" : "errors"
        case .warning: count == 1 ? "warning" : "warnings"
        case .info: "info"
        }
    }

    /// What state of the repository was checked, in words, and the abbreviated commit id if
    /// there is one: ("commit", "abc1234"), ("index on", "abc1234"), ("work tree", nil).
    static func state(of repository: LintReport.Repository) -> (label: String, commit: String?) {
        let commit = repository.commit.map { String($0.prefix(7)) }
        let name: String
        switch repository.source {
        case "commit": name = "commit"
        case "index": name = "index"
        case "worktree": name = "work tree"
        default: name = repository.source
        }
        if repository.source == "commit" || commit == nil { return (name, commit) }
        return (name + " on", commit)
    }

    /// "line 3, column 1" for a position in a file, or nil when the evidence has none.
    static func position(of evidence: Evidence) -> String? {
        guard let line = evidence.line else { return nil }
        guard let column = evidence.column else { return "line \(line)" }
        return "line \(line), column \(column)"
    }
}
