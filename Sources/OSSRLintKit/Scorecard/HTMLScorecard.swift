/// The scorecard as one self-contained HTML page: the score and grade, a bar per category with
/// its score beside it, every lost point with its rule, message and how to earn it back, then
/// the rules left out of the score; the repository, revision, commit and commit date on top.
///
/// Nothing outside the file: the style sheet is inline and there is no script, link, image or
/// font to fetch, so the page reads the same offline, archived or printed. Every text from the
/// repository or the rule set is escaped (`HTMLScorecard.text`); numbers the tests read back sit
/// in elements of their own (`#overall`, `#grade`, `.category-score`, `.loss .value`).
enum HTMLScorecard {
    static func render(_ card: Scorecard) -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"color-scheme\" content=\"light\">",
            "<meta name=\"generator\" content=\"\(attribute(card.tool.name + " " + card.tool.version))\">",
            "<title>" + text("OSSR scorecard: \(card.name) — \(headline(card))") + "</title>",
            "<style>",
            HTMLScorecardStyle.css,
            "</style>",
            "</head>",
            "<body>",
            "<main>",
        ]
        lines += masthead(card) + summary(card)
        if !card.categories.isEmpty { lines += categories(card) }
        if !card.losses.isEmpty { lines += losses(card) }
        if !card.unscoredFindings.isEmpty {
            lines += rules(card.unscoredFindings, in: card, section: "unscored", heading: "Findings that cost no points", showStatus: true,
                           lede: "Their rule or their category weighs nothing, so the score leaves them out; they are findings still.")
        }
        if !card.waived.isEmpty {
            lines += rules(card.waived, in: card, section: "waived", heading: "Waived",
                           lede: "Turned off by the repository's configuration, with a reason; left out of the score.")
        }
        if !card.notApplicable.isEmpty {
            lines += rules(card.notApplicable, in: card, section: "not-applicable", heading: "Not applicable",
                           lede: "These rules do not apply to this repository at this stage; left out of the score.")
        }
        lines += footer(card) + ["</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Sections

    private static func masthead(_ card: Scorecard) -> [String] {
        var facts: [(String, String)] = []
        // `.` says nothing the heading does not; any other path is how the user named it.
        if card.repository.path != card.name && card.repository.path != "." { facts.append(("Path", "<code class=\"path\">" + text(card.repository.path) + "</code>")) }
        let isCommit = card.repository.source == "commit"
        if !isCommit { facts.append(("Linted", text(ScorecardWording.source(card)))) }
        if let revision = card.repository.revision { facts.append(("Revision", "<code class=\"revision\">" + text(revision) + "</code>")) }
        facts.append((card.date == nil ? "Date" : "Committed", "<span class=\"date\">" + text(ScorecardWording.date(card)) + "</span>"))
        facts.append(("Profile", "<code class=\"profile\">" + text(card.profile) + "</code>"))
        if let stage = card.stage { facts.append(("Stage", text(stage.rawValue))) }
        // Last: the longest, it wraps alone on a narrow page.
        facts.append((isCommit ? "Commit" : "Based on commit", card.repository.commit.map { "<code class=\"commit\">" + text($0) + "</code>" } ?? "none"))
        return [
            "<header>",
            "<p class=\"kicker\">OSSR scorecard</p>",
            "<h1 class=\"repository\">" + text(card.name) + "</h1>",
            "<dl class=\"facts\">",
        ] + facts.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>" } + ["</dl>", "</header>"]
    }

    private static func summary(_ card: Scorecard) -> [String] {
        let level = levelClass(card.level(ofGrade: card.grade))
        var lines = ["<section class=\"summary\" aria-label=\"Overall score\">",
                     "<div class=\"grade \(level)\"><span class=\"grade-caption\">Grade</span><span class=\"grade-value\" id=\"grade\">"
                         + text(card.grade ?? "—") + "</span></div>",
                     "<div class=\"overall-block\">"]
        if let overall = card.overall {
            lines += ["<p class=\"overall\"><span id=\"overall\">\(ReportPresentation.points(overall))</span><span class=\"out-of\"> / 100</span></p>",
                      bar(overall, level: level, large: true)]
        } else {
            lines.append("<p class=\"not-scored\" id=\"overall\">" + text(ScorecardWording.notScored(card) ?? "Not scored.") + "</p>")
        }
        lines += ["<p class=\"counts\">" + text(ScorecardWording.counts(card)) + "</p>", "</div>", "</section>"]
        return lines
    }

    private static func categories(_ card: Scorecard) -> [String] {
        var lines = [
            "<section class=\"categories\">",
            "<h2>Categories</h2>",
            "<table>",
            "<thead><tr><th scope=\"col\">Category</th><th scope=\"col\">Score out of 100</th><th scope=\"col\">Rules</th><th scope=\"col\" class=\"number\">Weight</th></tr></thead>",
            "<tbody>",
        ]
        for category in card.categories {
            let score: String
            if let value = category.score {
                let level = levelClass(card.level(ofGrade: card.grade(ofScore: value)))
                score = "<div class=\"meter\">" + bar(value, level: level, large: false)
                    + "<span class=\"category-score\">\(ReportPresentation.points(value))</span></div>"
            } else {
                score = "<div class=\"meter\"><div class=\"bar\" aria-hidden=\"true\"></div><span class=\"category-score unscored-score\">not scored</span></div>"
            }
            var rules = text(ScorecardWording.rulesPassed(category))
            if let note = ScorecardWording.note(category) { rules += "<span class=\"note\">" + text(note) + "</span>" }
            lines.append("<tr class=\"category\" data-category=\"\(attribute(category.id))\"><th scope=\"row\">" + text(category.title) + "</th>"
                         + "<td>\(score)</td><td>\(rules)</td><td class=\"number\">" + text(ScorecardWording.weight(category.weight)) + "</td></tr>")
        }
        return lines + ["</tbody>", "</table>", "</section>"]
    }

    private static func losses(_ card: Scorecard) -> [String] {
        let total = card.losses.reduce(0) { $0 + $1.points }
        var lines = [
            "<section class=\"losses\">",
            "<h2>Points lost<span class=\"count\">\(ReportPresentation.points(total)) points in \(card.losses.count) \(card.losses.count == 1 ? "rule" : "rules")</span></h2>",
            "<p class=\"lede\">Most points first; each says what is wrong and how to earn the points back.</p>",
            "<ol class=\"losses\">",
        ]
        for loss in card.losses {
            let requirement = ScorecardWording.requirement(loss.requirement)
            lines += [
                "<li class=\"loss\" data-rule=\"\(attribute(loss.rule))\">",
                "<div class=\"loss-points\"><span class=\"value\">\u{2212}<span class=\"points\">\(ReportPresentation.points(loss.points))</span></span><span class=\"unit\">points</span></div>",
                "<div class=\"loss-body\">",
                "<h3><span class=\"rule-title\">" + text(loss.title) + "</span><code class=\"rule-id\">" + text(loss.rule) + "</code></h3>",
                "<p class=\"tags\"><span class=\"tag \(loss.requirement.rawValue)\">\(requirement)</span><span class=\"tag status\">"
                    + text(ScorecardWording.status(loss.status)) + "</span><span class=\"tag category\">" + text(card.title(ofCategory: loss.category)) + "</span></p>",
                "<p class=\"message\"><span class=\"label\">Found:</span> " + text(loss.message) + "</p>",
            ]
            if let remediation = loss.remediation {
                lines.append("<p class=\"remedy\"><span class=\"label\">To earn it back:</span> " + text(remediation) + "</p>")
            }
            lines += ["</div>", "</li>"]
        }
        return lines + ["</ol>", "</section>"]
    }

    /// A section listing `rules`, each with its title, id, category, requirement (and status
    /// when `showStatus`, where the section does not say it) and message. Kept quieter than the
    /// lost points: these cost nothing.
    private static func rules(_ rules: [Scorecard.Rule], in card: Scorecard, section: String, heading: String, showStatus: Bool = false,
                              lede: String) -> [String] {
        var lines = [
            "<section class=\"\(section)\">",
            "<h2>\(heading)<span class=\"count\">\(rules.count) \(rules.count == 1 ? "rule" : "rules")</span></h2>",
            "<p class=\"lede\">\(lede)</p>",
            "<ul class=\"rules\">",
        ]
        for rule in rules {
            var meta = [card.title(ofCategory: rule.category), ScorecardWording.requirement(rule.requirement).lowercased()]
            if showStatus { meta.append(ScorecardWording.status(rule.status)) }
            lines.append("<li class=\"rule\" data-rule=\"\(attribute(rule.rule))\" data-status=\"\(rule.status.rawValue)\"><span class=\"rule-line\">"
                         + "<span class=\"rule-title\">" + text(rule.title) + "</span><code class=\"rule-id\">" + text(rule.rule) + "</code>"
                         + "<span class=\"rule-meta\">" + text(meta.joined(separator: " · ")) + "</span></span>"
                         + "<span class=\"message\">" + text(rule.message) + "</span></li>")
        }
        return lines + ["</ul>", "</section>"]
    }

    private static func footer(_ card: Scorecard) -> [String] {
        var lines = ["<footer>", "<p>Made by " + text(card.tool.name + " " + card.tool.version) + " from the rules of profile <code>" + text(card.profile) + "</code>.</p>"]
        if !card.grades.isEmpty { lines.append("<p>Grades: " + text(ScorecardWording.gradeScale(card)) + ".</p>") }
        lines += ["<p>How the score is made: <code>ossrlint explain --scoring</code>.</p>", "</footer>"]
        return lines
    }

    // MARK: Pieces

    /// "72.5 / 100, grade C" or "not scored".
    private static func headline(_ card: Scorecard) -> String {
        ScorecardWording.overall(card) + (card.grade.map { ", grade \($0)" } ?? "")
    }

    /// A bar filled to `score` percent, drawn by a border (printed even without backgrounds).
    private static func bar(_ score: Double, level: String, large: Bool) -> String {
        let width = ReportPresentation.points(min(100, max(0, score.isFinite ? score : 0)))
        return "<div class=\"bar\(large ? " large" : "")\" aria-hidden=\"true\"><span class=\"fill \(level)\" style=\"width: \(width)%\"></span></div>"
    }

    /// The CSS class of a grade level: `level-0` (best) to `level-4`, `level-none`.
    private static func levelClass(_ level: Int?) -> String {
        level.map { "level-\($0)" } ?? "level-none"
    }

    /// Text as HTML character data: markup characters escaped, and control and text-reordering
    /// characters (line breaks, terminal escapes, bidirectional overrides) spelled visibly, so
    /// a name shows as what it is.
    static func text(_ raw: String) -> String {
        XMLEscaper.escapeText(VisibleEscape.forDisplay(raw))
    }

    /// Text as a double-quoted attribute value, escaped as `text` is.
    static func attribute(_ raw: String) -> String {
        XMLEscaper.escapeAttribute(VisibleEscape.forDisplay(raw))
    }
}
