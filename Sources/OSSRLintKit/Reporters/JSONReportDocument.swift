/// The shape of the JSON report: the report's own fields plus its summary, with absent values
/// written as `null` rather than left out.
enum JSONReportDocument {
    static func json(_ report: LintReport) -> JSONText {
        .object([
            ("tool", .object([("name", .string(report.tool.name)), ("version", .string(report.tool.version))])),
            ("repository", .object([
                ("path", .string(report.repository.path)),
                ("source", .string(report.repository.source)),
                ("revision", .string(report.repository.revision)),
                ("commit", .string(report.repository.commit)),
            ])),
            ("profile", .string(report.profile)),
            ("stage", .string(report.stage?.rawValue)),
            ("categories", .array(report.categories.map { category in
                .object([("id", .string(category.id)), ("title", .string(category.title)), ("weight", finite(category.weight))])
            })),
            ("summary", summary(report.summary)),
            ("score", score(report.score, policy: report.scoring)),
            ("comparison", comparison(report.comparison)),
            ("waivers", waivers(report.waivers)),
            ("results", .array(report.results.map { result($0, change: change(of: $0, in: report)) })),
        ])
    }

    /// `new` or `unchanged` for a finding when there is a baseline; null otherwise.
    private static func change(of result: RuleResult, in report: LintReport) -> String? {
        report.isNew(result).map { $0 ? "new" : "unchanged" }
    }

    private static func comparison(_ comparison: LintReport.Comparison?) -> JSONText {
        guard let comparison else { return .null }
        return .object([
            ("baseline", .object([("revision", .string(comparison.baseline.revision)), ("commit", .string(comparison.baseline.commit))])),
            ("new", .array(comparison.new.map(JSONText.string))),
            ("unchanged", .array(comparison.unchanged.map(JSONText.string))),
            ("fixed", .array(comparison.fixed.map { fixed in
                .object([("rule", .string(fixed.rule)), ("title", .string(fixed.title)), ("severity", .string(fixed.severity.rawValue)), ("message", .string(fixed.message))])
            })),
        ])
    }

    private static func waivers(_ records: [WaiverRecord]?) -> JSONText {
        guard let records else { return .null }
        return .array(records.map { record in
            .object([
                ("rule", .string(record.rule)),
                ("paths", .array(record.paths.map(JSONText.string))),
                ("reason", .string(record.reason)),
                ("owner", .string(record.owner)),
                ("expires", .string(record.expires)),
                ("state", .string(record.state.rawValue)),
                ("location", .string(record.location)),
            ])
        })
    }

    private static func summary(_ summary: LintReport.Summary) -> JSONText {
        .object([
            ("total", .integer(summary.total)),
            ("passed", .integer(summary.passed)),
            ("failed", .integer(summary.failed)),
            ("notApplicable", .integer(summary.notApplicable)),
            ("waived", .integer(summary.waived)),
            ("errors", .integer(summary.errors)),
            ("findingsBySeverity", .object(summary.findingsBySeverity.map { ($0.key, .integer($0.value)) })),
        ])
    }

    private static func result(_ result: RuleResult, change: String?) -> JSONText {
        .object([
            ("rule", .string(result.rule)),
            ("title", .string(result.title)),
            ("category", .string(result.category)),
            ("severity", .string(result.severity.rawValue)),
            ("status", .string(result.status.rawValue)),
            ("message", .string(result.message)),
            ("evidence", .array(result.evidence.map { evidence in
                .object([
                    ("kind", .string(evidence.kind.rawValue)),
                    ("subject", .string(evidence.subject)),
                    ("detail", .string(evidence.detail)),
                    ("line", .integer(evidence.line)),
                    ("column", .integer(evidence.column)),
                ])
            })),
            ("remediation", .string(result.remediation)),
            ("references", .array(result.references.map(JSONText.string))),
            ("weight", finite(result.weight)),
            ("requirement", .string(result.requirement.rawValue)),
            ("change", .string(change)),
        ])
    }

    private static func score(_ score: Score?, policy: ScoringPolicy?) -> JSONText {
        guard let score, let policy else { return .null }
        let weights = policy.severityWeights
        return .object([
            ("overall", score.overall.map(finite) ?? .null),
            ("grade", .string(score.grade)),
            ("severityWeights", .object([("error", finite(weights.error)), ("warning", finite(weights.warning)), ("info", finite(weights.info))])),
            ("grades", .array(policy.grades.map { .object([("name", .string($0.name)), ("minimum", finite($0.minimum))]) })),
            ("categories", .array(score.categories.map { category in
                .object([
                    ("id", .string(category.id)),
                    ("weight", finite(category.weight)),
                    ("score", category.score.map(finite) ?? .null),
                    ("passed", .integer(category.passed)),
                    ("ran", .integer(category.ran)),
                    ("waived", .integer(category.waived)),
                    ("notApplicable", .integer(category.notApplicable)),
                ])
            })),
            ("losses", .array(score.losses.map { loss in
                .object([
                    ("rule", .string(loss.rule)),
                    ("category", .string(loss.category)),
                    ("requirement", .string(loss.requirement.rawValue)),
                    ("status", .string(loss.status.rawValue)),
                    ("points", finite(loss.points)),
                ])
            })),
        ])
    }

    /// JSON has no infinity or NaN; such a weight is written as null.
    private static func finite(_ value: Double) -> JSONText {
        value.isFinite ? .number(value) : .null
    }
}
