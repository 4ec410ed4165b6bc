/// The scorecard as GitHub-flavoured Markdown, with the content of the HTML scorecard: the
/// score and grade, a table of categories with a text bar beside each score, a table of the
/// lost points with how to earn each back, then the rules left out of the score.
///
/// Text from the repository or the rule set goes through `MarkdownEscaper`, never at the start
/// of a line, so it cannot break a table or become markup.
enum MarkdownScorecard {
    /// How many blocks a full bar has.
    static let barLength = 10

    static func render(_ card: Scorecard) -> String {
        var lines = ["## OSSR scorecard: " + MarkdownEscaper.text(headline(card)), "", identity(card)]
        if let notScored = ScorecardWording.notScored(card) { lines += ["", "**" + MarkdownEscaper.text(notScored) + "**"] }
        if !card.categories.isEmpty { lines += ["", "### Categories", ""] + categories(card) }
        if !card.losses.isEmpty {
            let total = card.losses.reduce(0) { $0 + $1.points }
            lines += ["", "### Points lost: \(ReportPresentation.points(total)) in \(card.losses.count) \(card.losses.count == 1 ? "rule" : "rules")", ""]
            lines += losses(card)
        }
        if !card.unscoredFindings.isEmpty {
            lines += ["", "### Findings that cost no points (\(card.unscoredFindings.count))", "",
                      "Their rule or their category weighs nothing; they are findings still.", ""]
            lines += rules(card.unscoredFindings, in: card)
        }
        if !card.waived.isEmpty {
            lines += ["", "### Waived (\(card.waived.count)), left out of the score", ""] + rules(card.waived, in: card)
        }
        if !card.notApplicable.isEmpty {
            lines += ["", "### Not applicable (\(card.notApplicable.count)), left out of the score", ""] + rules(card.notApplicable, in: card)
        }
        lines += ["", footer(card)]
        return lines.joined(separator: "\n") + "\n"
    }

    /// "72.5 / 100, grade C" or "not scored".
    private static func headline(_ card: Scorecard) -> String {
        ScorecardWording.overall(card) + (card.grade.map { ", grade \($0)" } ?? "")
    }

    /// "Repository `name` (`path`) at commit `abc1234` (`HEAD`), committed 2024-01-01 12:00 UTC, profile `ossr`, merge-request stage".
    private static func identity(_ card: Scorecard) -> String {
        let state = ReportPresentation.state(of: card.repository)
        var line = "Repository " + MarkdownEscaper.codeSpan(card.name, inTable: false)
        if card.repository.path != card.name { line += " (" + MarkdownEscaper.codeSpan(card.repository.path, inTable: false) + ")" }
        line += " at " + state.label
        if let commit = state.commit { line += " " + MarkdownEscaper.codeSpan(commit, inTable: false) }
        if let revision = card.repository.revision { line += " (" + MarkdownEscaper.codeSpan(revision, inTable: false) + ")" }
        let date = ScorecardWording.date(card)
        line += card.date == nil ? ", date: \(date)" : ", committed \(date)"
        line += ", profile " + MarkdownEscaper.codeSpan(card.profile, inTable: false)
        if let stage = card.stage { line += ", \(stage.rawValue) stage" }
        return line
    }

    /// Category | Score | Bar | Rules | Weight.
    private static func categories(_ card: Scorecard) -> [String] {
        var lines = ["| Category | Score | Bar | Rules | Weight |", "| --- | ---: | --- | --- | ---: |"]
        for category in card.categories {
            var rules = ScorecardWording.rulesPassed(category)
            if let note = ScorecardWording.note(category) { rules += "; " + note }
            let cells = [MarkdownEscaper.text(category.title), ScorecardWording.score(category), bar(category.score),
                         MarkdownEscaper.text(rules), ScorecardWording.weight(category.weight)]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// `▰▰▰▰▰▰▰▱▱▱` for 70; a dash for no score. Rounded to the nearest tenth of the bar.
    static func bar(_ score: Double?) -> String {
        guard let score, score.isFinite else { return "—" }
        let filled = min(barLength, max(0, Int((score / 100 * Double(barLength)).rounded())))
        return String(repeating: "▰", count: filled) + String(repeating: "▱", count: barLength - filled)
    }

    /// Points | Rule | Requirement | What is wrong | How to earn them back.
    private static func losses(_ card: Scorecard) -> [String] {
        var lines = ["| Points | Rule | Requirement | What is wrong | How to earn them back |", "| ---: | --- | --- | --- | --- |"]
        for loss in card.losses {
            let cells = [
                ScorecardWording.lostPoints(loss.points),
                MarkdownEscaper.codeSpan(loss.rule, inTable: true) + " " + MarkdownEscaper.text(loss.title)
                    + " (" + MarkdownEscaper.text(card.title(ofCategory: loss.category)) + ")",
                ScorecardWording.requirement(loss.requirement) + ", " + ScorecardWording.status(loss.status),
                MarkdownEscaper.text(loss.message),
                loss.remediation.map(MarkdownEscaper.text) ?? "—",
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// Rule | Category | Requirement | Message.
    private static func rules(_ rules: [Scorecard.Rule], in card: Scorecard) -> [String] {
        var lines = ["| Rule | Category | Requirement | Message |", "| --- | --- | --- | --- |"]
        for rule in rules {
            let cells = [
                MarkdownEscaper.codeSpan(rule.rule, inTable: true) + " " + MarkdownEscaper.text(rule.title),
                MarkdownEscaper.text(card.title(ofCategory: rule.category)),
                ScorecardWording.requirement(rule.requirement),
                MarkdownEscaper.text(rule.message),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    private static func footer(_ card: Scorecard) -> String {
        var line = "Made by " + MarkdownEscaper.text(card.tool.name) + " " + MarkdownEscaper.text(card.tool.version) + "."
        if !card.grades.isEmpty { line += " Grades: " + MarkdownEscaper.text(ScorecardWording.gradeScale(card)) + "." }
        return line + " How the score is made: `ossrlint explain --scoring`."
    }
}
