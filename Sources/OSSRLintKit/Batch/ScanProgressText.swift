/// What a scan says on standard error as repositories finish: a bar redrawn in place on a
/// terminal, or a line per repository in a log. Names are spelt visibly (`VisibleEscape`), so a
/// repository's name cannot move the cursor, clear the screen or break the line.
public enum ScanProgressText {
    /// "[12/100] name: score 72.5/100, grade C" or "[13/100] name: could not be scanned (exit 3): …".
    public static func line(_ progress: ScanProgress) -> String {
        let row = progress.row
        var text = "[\(progress.finished)/\(progress.total)] \(VisibleEscape.forDisplay(row.repository)): "
        if let error = row.error {
            text += "could not be scanned (exit \(error.exitCode)): \(VisibleEscape.forDisplay(error.message))"
        } else if let score = row.score {
            text += "score \(ReportPresentation.points(score))/100" + (row.grade.map { ", grade \(VisibleEscape.forDisplay($0))" } ?? "")
        } else {
            text += "no score: no rule that counts ran"
        }
        return text
    }

    /// "[=====>    ] 37/100  name", at most `width` characters (the name is cut to fit).
    public static func bar(_ progress: ScanProgress, width: Int) -> String {
        let slots = 30
        let filled = progress.total == 0 ? slots : slots * progress.finished / progress.total
        let bar = String(repeating: "=", count: max(0, filled - 1)) + (filled > 0 ? (filled == slots ? "=" : ">") : "")
        let head = "[" + bar + String(repeating: " ", count: slots - bar.count) + "] \(progress.finished)/\(progress.total)  "
        let room = max(0, width - head.count)
        let name = VisibleEscape.forDisplay(progress.row.repository)
        return head + (name.count <= room ? name : String(name.prefix(max(0, room - 1))) + "…")
    }

    /// The last line: "scanned 98 of 100 repositories; 2 could not be scanned".
    public static func summary(_ table: ScanTable) -> String {
        var text = "scanned \(table.scannedCount) of \(table.rows.count) \(table.rows.count == 1 ? "repository" : "repositories")"
        if table.failedCount > 0 { text += "; \(table.failedCount) could not be scanned (see the table's Error column)" }
        return text
    }
}
