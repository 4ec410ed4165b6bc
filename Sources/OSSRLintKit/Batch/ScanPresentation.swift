/// The words every scan format uses, so that Markdown, CSV and HTML say the same things.
enum ScanPresentation {
    /// "OSSRLint scan: 12 repositories", with the shard when the table is one.
    static func title(_ table: ScanTable) -> String {
        let count = table.rows.count
        var title = "OSSRLint scan: \(count) \(count == 1 ? "repository" : "repositories")"
        if let shard = table.shard { title += " (shard \(shard.index) of \(shard.count))" }
        return title
    }

    /// The sentence under the title, as plain text pieces: `code` marks what a format shows as
    /// code (names and values), the rest is prose.
    static func settings(_ table: ScanTable) -> [(text: String, code: Bool)] {
        let settings = table.settings
        var parts: [(String, Bool)] = []
        if let ruleSet = settings.ruleSet {
            parts += [("Rule set ", false), (ruleSet, true), (" (each repository's .ossrlint.yml may still waive rules)", false)]
        } else {
            parts += [("Each repository's own profile (.ossrlint.yml), else ", false), (LintSetup.defaultProfile, true)]
        }
        parts += [(", revision ", false), (settings.revision, true), (", \(settings.stage.rawValue) stage, ossrlint \(settings.version). ", false)]
        var counts = "\(table.scannedCount) scanned"
        if table.failedCount > 0 { counts += ", \(table.failedCount) could not be scanned" }
        parts.append((counts + ". Scores are out of 100; a scan is a survey, not a gate.", false))
        return parts
    }

    /// What a cell without a value shows: an em dash to read, nothing in CSV (for a
    /// spreadsheet, an empty cell, not text in a column of numbers).
    static let dash = "—"

    /// A score to a tenth, or `missing` when there is none.
    static func score(_ value: Double?, missing: String = dash) -> String {
        value.map(ReportPresentation.points) ?? missing
    }

    /// "cannot open the repository at 'x': … (exit 3)".
    static func error(_ failure: ScanRow.Failure?) -> String {
        failure.map { "\($0.message) (exit \($0.exitCode))" } ?? ""
    }

    /// "37.5%".
    static func share(_ value: Double) -> String {
        ReportPresentation.points(value) + "%"
    }

    /// The table's header cells, in order.
    static func headers(_ table: ScanTable) -> [String] {
        ["Repository", "Score", "Grade"] + table.columns.map(\.title) + ["Failed required", "Error"]
    }

    /// A row's cells as plain text, in the order of `headers` (the repository's name first),
    /// `missing` where there is no value.
    static func cells(_ row: ScanRow, in table: ScanTable, missing: String = dash) -> [String] {
        [row.repository, score(row.score, missing: missing), row.grade ?? missing]
            + table.columns.map { column in score(table.score(of: row, in: column), missing: missing) }
            + [row.failedRequired.map(String.init) ?? missing, error(row.error)]
    }

    /// What the most-failed section says when no rule failed.
    static let nothingFailed = "No rule failed in any repository scanned."
    static let mostFailedTitle = "Rules most often failed"
    static let mostFailedHeaders = ["Rule", "Repositories", "Share"]
}
