/// A rule file as written: a named set that may extend others, then add, override or drop rules.
struct RuleFileSpec: Decodable {
    struct CategorySpec: Decodable {
        var id: String
        var title: String
        var weight: Double

        enum CodingKeys: String, CodingKey, CaseIterable { case id, title, weight }

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue), in: "a category")
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            title = try container.decode(String.self, forKey: .title)
            weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
            guard weight >= 0, weight.isFinite else {
                throw try container.superDecoder(forKey: .weight).error("a category's weight must be zero or more, not \(weight)")
            }
        }
    }

    /// `scoring:` as written: severity weights and grades (see `ScoringPolicy`).
    struct ScoringSpec: Decodable {
        var policy: ScoringPolicy

        enum CodingKeys: String, CodingKey, CaseIterable { case severityWeights = "severity-weights", grades }
        enum SeverityKeys: String, CodingKey, CaseIterable { case error, warning, info }
        enum GradeKeys: String, CodingKey, CaseIterable { case grade, min }

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue), in: "'scoring'")
            let container = try decoder.container(keyedBy: CodingKeys.self)
            var weights = ScoringPolicy.standard.severityWeights
            if container.contains(.severityWeights) {
                let weightsDecoder = try container.superDecoder(forKey: .severityWeights)
                try weightsDecoder.rejectUnknownKeys(SeverityKeys.allCases.map(\.rawValue), in: "'severity-weights'")
                let written = try weightsDecoder.container(keyedBy: SeverityKeys.self)
                for key in SeverityKeys.allCases {
                    guard let value = try written.decodeIfPresent(Double.self, forKey: key) else { continue }
                    guard value >= 0, value.isFinite else {
                        throw try written.superDecoder(forKey: key).error("a severity's weight must be zero or more, not \(value)")
                    }
                    switch key {
                    case .error: weights.error = value
                    case .warning: weights.warning = value
                    case .info: weights.info = value
                    }
                }
            }
            var grades = ScoringPolicy.standard.grades
            if container.contains(.grades) {
                var list = try container.nestedUnkeyedContainer(forKey: .grades)
                grades = []
                while !list.isAtEnd {
                    let gradeDecoder = try list.superDecoder()
                    try gradeDecoder.rejectUnknownKeys(GradeKeys.allCases.map(\.rawValue), in: "a grade")
                    let grade = try gradeDecoder.container(keyedBy: GradeKeys.self)
                    let name = try grade.decode(String.self, forKey: .grade)
                    let minimum = try grade.decode(Double.self, forKey: .min)
                    guard (0...100).contains(minimum) else {
                        throw try grade.superDecoder(forKey: .min).error("a grade's 'min' is a score from 0 to 100, not \(minimum)")
                    }
                    guard !grades.contains(where: { $0.name == name }) else {
                        throw try grade.superDecoder(forKey: .grade).error("grade '\(name)' is declared twice")
                    }
                    grades.append(ScoringPolicy.Grade(name: name, minimum: minimum))
                }
                guard !grades.isEmpty else {
                    throw try container.superDecoder(forKey: .grades).error("'grades' needs at least one grade, e.g. {grade: A, min: 0}")
                }
            }
            policy = ScoringPolicy(severityWeights: weights, grades: grades)
        }
    }

    var name: String
    var description: String
    var extends: [Located<String>]
    var categories: [CategorySpec]
    var rules: [RuleSpec]
    var overrides: [RuleOverride]
    var drop: [Located<String>]
    var scoring: ScoringSpec?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, description, extends, categories, rules, override, drop, scoring
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue), in: "a rule set")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        extends = try container.decodeIfPresent([Located<String>].self, forKey: .extends) ?? []
        categories = try container.decodeIfPresent([CategorySpec].self, forKey: .categories) ?? []
        rules = try container.decodeIfPresent([RuleSpec].self, forKey: .rules) ?? []
        overrides = try container.decodeIfPresent([RuleOverride].self, forKey: .override) ?? []
        drop = try container.decodeIfPresent([Located<String>].self, forKey: .drop) ?? []
        scoring = try container.decodeIfPresent(ScoringSpec.self, forKey: .scoring)
    }
}
