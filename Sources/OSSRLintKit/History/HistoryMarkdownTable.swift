/// The history as GitHub-flavoured Markdown: a heading, a sentence saying what was scored, a
/// table with a row per revision and a column per category (headed by its title), then what
/// could not be scored. Names from the repository are escaped (`MarkdownEscaper`).
struct HistoryMarkdownTable {
    func render(_ history: ScoreHistory) -> String {
        let code = { (text: String) in MarkdownEscaper.codeSpan(text, inTable: false) }
        var lines = ["## OSSRLint score history", ""]
        lines.append("\(history.subject.prefix(1).uppercased() + history.subject.dropFirst()) of \(code(history.repositoryPath)), "
            + "\(HistoryPresentation.setting(history, quote: code)) (\(MarkdownEscaper.text(history.tool.name)) \(MarkdownEscaper.text(history.tool.version))).")
        if let trend = HistoryPresentation.trend(history, name: code) {
            lines.append("")
            lines.append(trend.prefix(1).uppercased() + trend.dropFirst() + ".")
        }
        let categories = history.categories
        lines.append("")
        lines.append("| Revision | Commit | Date | Score | Grade | " + categories.map { MarkdownEscaper.text($0.title) + " |" }.joined(separator: " "))
        lines.append("| --- | --- | --- | ---: | --- |" + String(repeating: " ---: |", count: categories.count))
        for point in history.points {
            var cells = [MarkdownEscaper.codeSpan(point.revision.name, inTable: true), "`\(point.revision.commit.short)`", HistoryPresentation.day(point.revision.date)]
            if let score = point.score {
                cells += [score.overall.map(HistoryPresentation.score) ?? "n/a", score.grade.map(MarkdownEscaper.text) ?? "—"]
                cells += categories.map { category in
                    guard score.categories.contains(where: { $0.id == category.id }) else { return "—" }
                    return point.score(ofCategory: category.id).map(HistoryPresentation.score) ?? "n/a"
                }
            } else {
                cells += ["error", "—"] + categories.map { _ in "—" }
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        let failed = history.points.filter { $0.error != nil }
        if !failed.isEmpty {
            lines.append("")
            lines.append("Not scored:")
            lines.append("")
            // Long lists fold, as the other Markdown reports fold them.
            let items = failed.map { point in
                "- \(code(point.revision.name)): \(MarkdownEscaper.text(HistoryPresentation.firstLine(point.error ?? "")))"
            }
            lines += items.prefix(10)
            if items.count > 10 {
                lines += ["", "<details><summary>\(items.count - 10) more</summary>", ""] + items.dropFirst(10) + ["", "</details>"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
