/// The history as a table for a terminal: one row per revision, the overall score, the grade
/// and a column per category (headed by its id), then what could not be scored and why.
///
/// Names from the repository (tags, messages quoting them) are shown with control and
/// text-reordering characters as visible escapes, as the console report does.
struct HistoryConsoleTable {
    func render(_ history: ScoreHistory) -> String {
        let clean = VisibleEscape.forDisplay
        var lines = ["\(clean(history.tool.name)) \(clean(history.tool.version)): score history of '\(clean(history.repositoryPath))': "
            + "\(history.subject), \(HistoryPresentation.setting(history) { "'\(clean($0))'" })"]
        let categories = history.categories
        let header = ["revision", "commit", "date", "score", "grade"] + categories.map(\.id).map(clean)
        // Right-aligned: the numbers, so that their decimal points line up.
        let numeric = [false, false, false, true, false] + categories.map { _ in true }
        var rows: [[String]] = []
        for point in history.points {
            var row = [clean(point.revision.name), point.revision.commit.short, HistoryPresentation.day(point.revision.date)]
            if let score = point.score {
                row += [score.overall.map(HistoryPresentation.score) ?? "n/a", score.grade.map(clean) ?? "-"]
                row += categories.map { category in
                    guard score.categories.contains(where: { $0.id == category.id }) else { return "-" }
                    return point.score(ofCategory: category.id).map(HistoryPresentation.score) ?? "n/a"
                }
            } else {
                row += ["error", "-"] + categories.map { _ in "-" }
            }
            rows.append(row)
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return numeric[column] ? padding + cell : cell + padding
            }
            var text = "  " + padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        lines.append("")
        lines.append(line(header))
        lines += rows.map(line)
        let failed = history.points.filter { $0.error != nil }
        if !failed.isEmpty {
            lines.append("")
            for point in failed {
                let message = (point.error ?? "").split(separator: "\n", omittingEmptySubsequences: false).map { clean(String($0)) }
                lines.append("\(clean(point.revision.name)) could not be scored: \(message.first ?? "")")
                lines += message.dropFirst().map { $0.isEmpty ? "" : "    " + $0 }
            }
        }
        if let trend = HistoryPresentation.trend(history, name: clean) {
            lines.append("")
            lines.append(trend)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
