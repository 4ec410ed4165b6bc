import Foundation
@testable import OSSRLintKit
import Testing
import TestSupport

/// `JSONText` writes the bytes `JSONEncoder` writes (`.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes`), compared on whole reports.
@Suite struct JSONTextTests {
    /// Every ASCII character, the line and paragraph separators, a noncharacter, accents,
    /// emoji and a slash: what a path or message may hold.
    static let everyCharacter: String = {
        var text = ""
        for byte in UInt8(0)..<0x80 { text.unicodeScalars.append(Unicode.Scalar(byte)) }
        return text + "\u{2028}\u{2029}\u{FFFE}é😀/数据"
    }()

    /// Odd strings in every field, numbers JSONEncoder writes in exponent form or without a
    /// fraction, and empty lists.
    static let edgeCases = LintReport(
        tool: .init(name: everyCharacter, version: "1.0"),
        repository: .init(path: everyCharacter, source: "commit", revision: "v1/2", commit: nil),
        profile: everyCharacter,
        categories: [
            .init(id: "a", title: everyCharacter, weight: 0.1),
            .init(id: "B", title: "", weight: 1e20),
            .init(id: "_c", title: "x", weight: 3e-5),
            .init(id: "a10", title: "x", weight: -0.0),
            .init(id: "a9", title: "x", weight: .infinity),
            .init(id: "z", title: "x", weight: 12345678.9),
        ],
        results: [
            RuleResult(rule: everyCharacter, title: "t", category: "a", severity: .info, status: .notApplicable, message: everyCharacter,
                       evidence: [Evidence(kind: .commit, subject: everyCharacter, detail: everyCharacter, line: 0, column: Int.max)],
                       remediation: everyCharacter, references: [everyCharacter, ""], weight: .nan),
            RuleResult(rule: "empty", title: "", category: "", severity: .error, status: .pass, message: "", weight: 2.5),
        ]
    )

    @Test(arguments: ReportFixtures.all.map(\.report) + [edgeCases])
    func theWrittenReportIsWhatJSONEncoderWrites(report: LintReport) throws {
        let written = JSONReporter().render(report)
        let encoded = try EncodableReportDocument.encoded(report)
        #expect(written == encoded)
    }

    @Test func theShippedExampleReportIsWhatJSONEncoderWrites() throws {
        let url = PackageRoot.url.appendingPathComponent("Reports/examples/ossr-report.json")
        let report = try JSONDecoder().decode(LintReport.self, from: Data(contentsOf: url))
        #expect(JSONReporter().render(report) == (try EncodableReportDocument.encoded(report)))
    }

    @Test func emptyListsAndObjectsAreWrittenOnThreeLines() {
        #expect(JSONText.array([]).rendered == "[\n\n]")
        #expect(JSONText.object([]).rendered == "{\n\n}")
        #expect(JSONText.object([("b", .array([])), ("a", .null)]).rendered == "{\n  \"a\" : null,\n  \"b\" : [\n\n  ]\n}")
    }
}
