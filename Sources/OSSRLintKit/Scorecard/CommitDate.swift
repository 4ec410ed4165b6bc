import Foundation

/// A commit's time as scorecards print it: in UTC, so the same commit reads the same wherever
/// and whenever the scorecard is made.
enum CommitDate {
    /// `2024-01-01T12:00:00Z`; nil for a time before 1583 or after 9999 (git stores any number).
    static func iso8601(_ seconds: Int64) -> String? {
        guard let parts = parts(seconds) else { return nil }
        return "\(parts.date)T\(parts.time)Z"
    }

    /// `2024-01-01 12:00 UTC`, for people.
    static func readable(_ iso8601: String) -> String {
        // The ISO form is fixed-width (`yyyy-MM-ddTHH:mm:ssZ`), so people's form is a rearrangement.
        let characters = Array(iso8601)
        guard characters.count == 20 else { return iso8601 }
        return String(characters[0..<10]) + " " + String(characters[11..<16]) + " UTC"
    }

    private static func parts(_ seconds: Int64) -> (date: String, time: String)? {
        // From 1583, the first whole Gregorian year (Foundation's calendar is Julian before its
        // introduction, ISO 8601's is not), to 9999, the last a four-digit year can spell.
        guard seconds >= -12_212_553_600, seconds <= 253_402_300_799 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(secondsFromGMT: 0) else { return nil }
        calendar.timeZone = utc
        let components = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        guard let year = components.year, let month = components.month, let day = components.day,
              let hour = components.hour, let minute = components.minute, let second = components.second else { return nil }
        return ("\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))", "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))")
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
