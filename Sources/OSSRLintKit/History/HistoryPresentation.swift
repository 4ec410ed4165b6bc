import Foundation

/// Wording and number formats the history reporters share, so that every format shows the
/// same numbers in the same way.
enum HistoryPresentation {
    /// `2024-01-02T12:00:00Z`: the commit's date in UTC, the same on every machine.
    static func timestamp(_ seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// `2024-01-02`: the day of `timestamp`.
    static func day(_ seconds: Int64) -> String {
        String(timestamp(seconds).prefix(10))
    }

    /// A score to one decimal (`72.5`, `100.0`), as every report shows scores.
    static func score(_ value: Double) -> String {
        ReportPresentation.points(value)
    }

    /// The first line of a message: tables show it; the full text goes where lines may break.
    static func firstLine(_ message: String) -> String {
        String(message.prefix { $0 != "\n" && $0 != "\r" })
    }

    /// "linted at the release stage with profile 'ossr'" (several profiles named in order).
    static func setting(_ history: ScoreHistory, quote: (String) -> String) -> String {
        let profiles = history.profiles
        let named = profiles.isEmpty ? "" : " with profile\(profiles.count == 1 ? "" : "s") " + profiles.map(quote).joined(separator: ", ")
        return "linted at the \(history.stage.rawValue) stage" + named
    }

    /// "overall score 40.0 at v0.1, 85.0 at v0.5" for the first and last scored points.
    static func trend(_ history: ScoreHistory, name: (String) -> String) -> String? {
        let scored = history.points.compactMap { point in point.score?.overall.map { (point.revision.name, $0) } }
        guard let first = scored.first, let last = scored.last else { return nil }
        if scored.count == 1 { return "overall score \(score(first.1)) at \(name(first.0))" }
        return "overall score \(score(first.1)) at \(name(first.0)), \(score(last.1)) at \(name(last.0))"
    }
}
