/// Machine-readable JSON, described field by field by `Reports/ossrlint-report.schema.json`.
///
/// Keys are sorted and every key is always present (`null` when a value is absent), so
/// consumers see one shape and the same report always gives the same bytes.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        JSONReportDocument.json(report).rendered + "\n"
    }
}
