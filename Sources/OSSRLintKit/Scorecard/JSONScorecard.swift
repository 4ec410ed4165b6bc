/// The scorecard as JSON, described field by field by `Reports/ossrlint-scorecard.schema.json`.
///
/// Written as the JSON report is (`JSONText`): keys sorted, every key present (`null` when a
/// value is absent), so the same scorecard always gives the same bytes.
enum JSONScorecard {
    static func render(_ card: Scorecard) -> String {
        document(card).rendered + "\n"
    }

    static func document(_ card: Scorecard) -> JSONText {
        .object([
            ("tool", .object([("name", .string(card.tool.name)), ("version", .string(card.tool.version))])),
            ("repository", .object([
                ("name", .string(card.name)),
                ("path", .string(card.repository.path)),
                ("source", .string(card.repository.source)),
                ("revision", .string(card.repository.revision)),
                ("commit", .string(card.repository.commit)),
                ("date", .string(card.date)),
            ])),
            ("profile", .string(card.profile)),
            ("stage", .string(card.stage?.rawValue)),
            ("overall", card.overall.map(finite) ?? .null),
            ("grade", .string(card.grade)),
            ("notScored", .string(card.notScoredReason)),
            ("grades", .array(card.grades.map { .object([("name", .string($0.name)), ("minimum", finite($0.minimum))]) })),
            ("categories", .array(card.categories.map(category))),
            ("losses", .array(card.losses.map(loss))),
            ("unscoredFindings", .array(card.unscoredFindings.map(rule))),
            ("waived", .array(card.waived.map(rule))),
            ("notApplicable", .array(card.notApplicable.map(rule))),
        ])
    }

    private static func category(_ category: Scorecard.Category) -> JSONText {
        .object([
            ("id", .string(category.id)),
            ("title", .string(category.title)),
            ("weight", finite(category.weight)),
            ("score", category.score.map(finite) ?? .null),
            ("unscored", .string(category.unscored?.rawValue)),
            ("counted", .bool(category.counted)),
            ("passed", .integer(category.passed)),
            ("ran", .integer(category.ran)),
            ("waived", .integer(category.waived)),
            ("notApplicable", .integer(category.notApplicable)),
        ])
    }

    private static func loss(_ loss: Scorecard.Loss) -> JSONText {
        .object([
            ("rule", .string(loss.rule)),
            ("title", .string(loss.title)),
            ("category", .string(loss.category)),
            ("requirement", .string(loss.requirement.rawValue)),
            ("status", .string(loss.status.rawValue)),
            ("points", finite(loss.points)),
            ("message", .string(loss.message)),
            ("remediation", .string(loss.remediation)),
        ])
    }

    private static func rule(_ rule: Scorecard.Rule) -> JSONText {
        .object([
            ("rule", .string(rule.rule)),
            ("title", .string(rule.title)),
            ("category", .string(rule.category)),
            ("requirement", .string(rule.requirement.rawValue)),
            ("status", .string(rule.status.rawValue)),
            ("message", .string(rule.message)),
        ])
    }

    /// JSON has no infinity or NaN; such a number is written as null.
    private static func finite(_ value: Double) -> JSONText {
        value.isFinite ? .number(value) : .null
    }
}
