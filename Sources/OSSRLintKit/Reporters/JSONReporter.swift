import Foundation

/// Machine-readable JSON, described field by field by `Reports/ossrlint-report.schema.json`.
///
/// Keys are sorted and every key is always present (`null` when a value is absent), so
/// consumers see one shape and the same report always gives the same bytes.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Non-finite weights are the only values JSONEncoder refuses, and JSONReportDocument
        // writes those as null, so encoding cannot fail; the fallback is never expected to run.
        guard let data = try? encoder.encode(JSONReportDocument(report)),
              let text = String(data: data, encoding: .utf8)
        else { return "{}\n" }
        return text + "\n"
    }
}
