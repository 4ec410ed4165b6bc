/// Something that turns a finished lint run into text: a pure function of the report, so the
/// same report always gives the same bytes. Reporters present verdicts; they never decide them.
public protocol Reporter: Sendable {
    /// The whole output for `report`, ending in a newline unless it is empty.
    func render(_ report: LintReport) -> String
}
