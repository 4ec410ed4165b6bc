/// The history as JSON, described by `Reports/ossrlint-history.schema.json`: keys sorted,
/// every key always present (null where there is no value), written as the JSON report writes
/// (`JSONText`).
struct HistoryJSON {
    func render(_ history: ScoreHistory) -> String {
        let categories = history.categories
        let selection: JSONText = switch history.selection {
        case .tags: .object([("mode", .string("tags")), ("last", .null)])
        case .lastCommits(let count): .object([("mode", .string("last-commits")), ("last", .integer(count))])
        }
        let document = JSONText.object([
            ("tool", .object([("name", .string(history.tool.name)), ("version", .string(history.tool.version))])),
            ("repository", .object([("path", .string(history.repositoryPath))])),
            ("selection", selection),
            ("stage", .string(history.stage.rawValue)),
            ("categories", .array(categories.map { category in
                .object([("id", .string(category.id)), ("title", .string(category.title)), ("weight", .number(category.weight))])
            })),
            ("points", .array(history.points.map { point($0, categories: categories) })),
        ])
        return document.rendered + "\n"
    }

    private func point(_ point: HistoryPoint, categories: [LintReport.Category]) -> JSONText {
        let score = point.score
        return .object([
            ("revision", .string(point.revision.name)),
            ("commit", .string(point.revision.commit.hex)),
            ("date", .string(HistoryPresentation.timestamp(point.revision.date))),
            ("profile", .string(point.profile)),
            ("score", score?.overall.map(JSONText.number) ?? .null),
            ("grade", .string(score?.grade)),
            ("categories", .object(categories.map { category in (category.id, point.score(ofCategory: category.id).map(JSONText.number) ?? .null) })),
            ("error", .string(point.error)),
        ])
    }
}
