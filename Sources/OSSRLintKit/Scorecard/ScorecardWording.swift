/// The words the HTML and Markdown scorecards share, so that both say the same thing.
enum ScorecardWording {
    /// "72.5 / 100", or "not scored".
    static func overall(_ card: Scorecard) -> String {
        card.overall.map { ReportPresentation.points($0) + " / 100" } ?? "not scored"
    }

    /// "Not scored: every rule is waived." when there is no overall score.
    static func notScored(_ card: Scorecard) -> String? {
        card.notScoredReason.map { "Not scored: \($0)." }
    }

    /// "12 rules: 7 passed, 4 failed, 1 could not run, 1 waived, 3 not applicable".
    static func counts(_ card: Scorecard) -> String {
        let summary = card.summary
        var parts = ["\(summary.passed) passed"]
        if summary.failed > 0 { parts.append("\(summary.failed) failed") }
        if summary.errors > 0 { parts.append("\(summary.errors) could not run") }
        if summary.waived > 0 { parts.append("\(summary.waived) waived") }
        if summary.notApplicable > 0 { parts.append("\(summary.notApplicable) not applicable") }
        return "\(summary.total) \(summary.total == 1 ? "rule" : "rules"): " + parts.joined(separator: ", ")
    }

    /// "3 of 4 rules passed, 1 waived, 2 not applicable".
    static func rulesPassed(_ category: Scorecard.Category) -> String {
        var text = "\(category.passed) of \(category.ran) \(category.ran == 1 ? "rule" : "rules") passed"
        if category.waived > 0 { text += ", \(category.waived) waived" }
        if category.notApplicable > 0 { text += ", \(category.notApplicable) not applicable" }
        return text
    }

    /// Why a category has no score, or that the overall score leaves it out; nil for a category
    /// that counts.
    static func note(_ category: Scorecard.Category) -> String? {
        switch category.unscored {
        case .notApplicable: return "not scored: no rule applies"
        case .waived: return "not scored: every rule that applies is waived"
        case .weightless: return "not scored: its rules weigh nothing"
        case nil: return category.counted ? nil : "weight 0: not counted in the overall score"
        }
    }

    /// The category's score as a number, or "not scored".
    static func score(_ category: Scorecard.Category) -> String {
        category.score.map(ReportPresentation.points) ?? "not scored"
    }

    /// "2" or "0.5": a weight as the rule file would write it.
    static func weight(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : ReportPresentation.points(value)
    }

    /// "Required" or "Recommended".
    static func requirement(_ requirement: Requirement) -> String {
        requirement == .required ? "Required" : "Recommended"
    }

    /// "failed" or "could not run".
    static func status(_ status: RuleStatus) -> String {
        switch status {
        case .pass: "passed"
        case .fail: "failed"
        case .error: "could not run"
        case .waived: "waived"
        case .notApplicable: "not applicable"
        }
    }

    /// The commit date for people, or why there is none.
    static func date(_ card: Scorecard) -> String {
        if let date = card.date { return CommitDate.readable(date) }
        return card.repository.source == "commit" ? "unknown" : "not committed"
    }

    /// What was read, in words: "commit", "staged index", "work tree".
    static func source(_ card: Scorecard) -> String {
        switch card.repository.source {
        case "index": "staged index"
        case "worktree": "work tree"
        default: card.repository.source
        }
    }

    /// "A from 90, B from 75, …".
    static func gradeScale(_ card: Scorecard) -> String {
        card.grades.map { "\($0.name) from \(weight($0.minimum))" }.joined(separator: ", ")
    }

    /// "−8.3" points lost (a minus sign, not a hyphen).
    static func lostPoints(_ points: Double) -> String {
        "\u{2212}" + ReportPresentation.points(points)
    }
}
