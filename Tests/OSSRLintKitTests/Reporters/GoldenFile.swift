import Foundation
import Testing

/// Compares output with a file in `Golden/`, byte for byte. With `RECORD_SNAPSHOTS=1` in the
/// environment it writes the file instead and records an issue, so a recording run never passes
/// by accident; inspect the new files before committing them.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if isRecording {
            try Data(actual.utf8).write(to: url)
            Issue.record("recorded golden file '\(name)'; run again without RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("golden file '\(name)' is missing; record it with RECORD_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
            return
        }
        guard Data(actual.utf8) != expected else { return }
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
        let got = index < actualLines.count ? String(actualLines[index]) : "<end of output>"
        Issue.record(
            "output differs from golden file '\(name)' at line \(index + 1):\n  expected: \(want.debugDescription)\n  actual:   \(got.debugDescription)",
            sourceLocation: sourceLocation)
    }
}
