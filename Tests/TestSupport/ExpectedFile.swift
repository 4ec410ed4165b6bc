import Foundation

/// A committed file that a test's output must equal byte for byte, anywhere in the package (the
/// reporters' `GoldenFile` is the same idea for its own folder).
///
/// With `RECORD_SNAPSHOTS=1` in the environment the output is written to the file instead, and
/// `compare` still returns a problem, so that a recording run never passes by accident.
public enum ExpectedFile {
    /// Whether this run records expected files rather than comparing with them.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares `actual` with the file at `url` (or records it); nil when they are equal, else
    /// what a test failure should say: the first line that differs, or that the file was recorded
    /// or is missing. `name` is how the message names the file.
    public static func compare(_ actual: String, with url: URL, named name: String) throws -> String? {
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return "recorded '\(name)'; run again without RECORD_SNAPSHOTS=1"
        }
        guard let expected = try? Data(contentsOf: url) else {
            return "'\(name)' is missing; record it with RECORD_SNAPSHOTS=1"
        }
        guard Data(actual.utf8) != expected else { return nil }
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
        let got = index < actualLines.count ? String(actualLines[index]) : "<end of output>"
        return "output differs from '\(name)' at line \(index + 1) (re-record with RECORD_SNAPSHOTS=1):\n"
            + "  expected: \(want.debugDescription)\n  actual:   \(got.debugDescription)"
    }
}
