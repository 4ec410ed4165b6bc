/// The history as CSV (RFC 4180 quoting, lines ending in LF): a header row, then a row per
/// revision: `revision,commit,date,profile,score,grade`, a column per category (headed by its
/// id), then `error`. Empty where there is no value; the full commit id and an ISO 8601 date
/// (UTC), for spreadsheets and scripts.
struct HistoryCSV {
    func render(_ history: ScoreHistory) -> String {
        let categories = history.categories
        var rows = [["revision", "commit", "date", "profile", "score", "grade"] + categories.map(\.id) + ["error"]]
        for point in history.points {
            let score = point.score
            rows.append([point.revision.name, point.revision.commit.hex, HistoryPresentation.timestamp(point.revision.date), point.profile ?? "",
                         score?.overall.map(HistoryPresentation.score) ?? "", score?.grade ?? ""]
                        + categories.map { point.score(ofCategory: $0.id).map(HistoryPresentation.score) ?? "" }
                        + [point.error ?? ""])
        }
        return rows.map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A field quoted when it holds a comma, a quote or a line break, quotes doubled.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
