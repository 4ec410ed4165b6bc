@testable import OSSRLintKit

/// Rows built in memory for the table and format tests: scores that tie, a row without a
/// score, rows that could not be scanned, and names, titles and messages built to break formats.
enum ScanTableFixtures {
    static let settings = ScanSettings(version: "9.9.9", ruleSet: nil, ruleSetDigest: String(repeating: "a", count: 64), stage: .mergeRequest, revision: "HEAD")

    static func scored(_ name: String, _ score: Double, failed: [String] = [], required: Int = 0, categories: [ScanRow.CategoryScore]? = nil) -> ScanRow {
        ScanRow(repository: name, profile: "ossr", commit: String(repeating: "0", count: 40), score: score, grade: score >= 90 ? "A" : "E",
                categories: categories ?? [.init(id: "licensing", title: "Licensing", score: score), .init(id: "metadata", title: "Metadata", score: nil)],
                failedRules: failed, failedRequired: required,
                rules: .init(total: 3, passed: 3 - failed.count, failed: failed.count, notApplicable: 0, waived: 0, couldNotRun: 0))
    }

    static func failed(_ name: String, code: Int = 3, message: String = "cannot open the repository") -> ScanRow {
        ScanRow(repository: name, failure: .init(exitCode: code, message: message))
    }

    /// Names that break a careless format, each a scored row of the same score.
    static let hostileNames = [
        "line\nbreak", "pipe|cell", "<script>alert(1)</script>", "ansi\u{1B}[31mred", "=HYPERLINK(\"x\",\"y\")", "comma, \"quoted\"",
        "\"caf\\351\\377\"", "bidi\u{202E}txt.exe", "back`tick`", "amp&lt;", "tab\there", "carriage\rreturn",
    ]

    /// A table holding every hostile name, a hostile category title and grade, and a failure
    /// whose message carries a line break, a pipe and HTML.
    static var hostile: ScanTable {
        let categories: [ScanRow.CategoryScore] = [.init(id: "x", title: "<b>Bold|title</b>\n", score: 50)]
        var rows = hostileNames.map { name -> ScanRow in
            var row = scored(name, 50, failed: ["rule|<i>x</i>"], required: 1, categories: categories)
            row.grade = "<grade>|\u{1B}"
            return row
        }
        rows.append(failed("broken\nrepo|<x>", code: 2, message: ".ossrlint.yml:1:1: a\nb | <script>c</script> \u{1B}[2J, \"d\""))
        return ScanTable(settings: settings, rows: rows)
    }
}
