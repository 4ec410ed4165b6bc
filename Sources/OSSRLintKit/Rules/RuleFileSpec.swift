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
        }
    }

    var name: String
    var description: String
    var extends: [Located<String>]
    var categories: [CategorySpec]
    var rules: [RuleSpec]
    var overrides: [RuleOverride]
    var drop: [Located<String>]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, description, extends, categories, rules, override, drop
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
    }
}
