import Yams

/// A rule as written in a rule file, decoded strictly: unknown keys, unknown check kinds and
/// bad options are errors with positions.
struct RuleSpec: Decodable {
    var id: String
    var title: String
    var category: String
    var severity: Severity
    /// Per-stage severities (`stages: {commit: off, release: error}`); stages not named keep
    /// `severity`.
    var stages: StagePolicy
    var weight: Double
    var requirement: Requirement
    var check: any CheckKind
    var rationale: String
    var remediation: String
    var references: [String]
    var line: Int
    /// Where the id and the category were written, for errors found when sets are merged.
    var idPosition: SourcePosition?
    var categoryPosition: SourcePosition?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, category, severity, stages, weight, requirement, check, options, rationale, remediation, references
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue), in: "a rule")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        line = decoder.position?.line ?? 0
        id = try container.decode(String.self, forKey: .id)
        idPosition = try container.superDecoder(forKey: .id).position
        guard Self.isKebabCase(id) else {
            let decoder = try container.superDecoder(forKey: .id)
            throw decoder.error("rule id '\(id)' is not kebab-case (lower-case words joined by '-')")
        }
        title = try container.decode(String.self, forKey: .title)
        category = try container.decode(String.self, forKey: .category)
        categoryPosition = try container.superDecoder(forKey: .category).position
        severity = try Self.decodeSeverity(container, key: .severity)
        stages = .everywhere(severity)
        if container.contains(.stages) {
            let changes = try Self.decodeStageChanges(container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .stages))
            for (stage, severity) in changes { stages.severities[stage] = severity }
        }
        weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        guard weight >= 0, weight.isFinite else {
            throw try container.superDecoder(forKey: .weight).error("a rule's weight must be zero or more, not \(weight)")
        }
        if let written = try container.decodeIfPresent(String.self, forKey: .requirement) {
            guard let known = Requirement(rawValue: written) else {
                throw try container.superDecoder(forKey: .requirement).error("requirement must be 'required' or 'recommended', not '\(written)'")
            }
            requirement = known
        } else {
            requirement = .implied(by: severity)
        }
        let kindName = try container.decode(String.self, forKey: .check)
        guard let kind = CheckRegistry.kind(named: kindName) else {
            let known = CheckRegistry.kinds.map { $0.id }
            var message = "unknown check kind '\(kindName)'"
            if let suggestion = Spelling.closest(to: kindName, among: known) { message += "; did you mean '\(suggestion)'?" }
            let decoder = try container.superDecoder(forKey: .check)
            throw decoder.error(message)
        }
        let optionsDecoder = container.contains(.options) ? try container.superDecoder(forKey: .options) : nil
        check = try CheckRegistry.configure(kind, from: optionsDecoder)
        rationale = try container.decode(String.self, forKey: .rationale)
        remediation = try container.decode(String.self, forKey: .remediation)
        references = try container.decodeIfPresent([String].self, forKey: .references) ?? []
    }

    /// The rule, declared at `file` (and this spec's line).
    func rule(origin file: String) -> Rule {
        Rule(id: id, title: title, category: category, severity: severity, stages: stages, weight: weight, requirement: requirement, check: check,
             rationale: rationale, remediation: remediation, references: references, origin: "\(file):\(line)")
    }

    static func isKebabCase(_ id: String) -> Bool {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        return !words.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// A `stages:` map (`{commit: off, release: error}`): the severity for each stage named, nil
    /// for "off" (the rule does not run there). Shared by rule files and `.ossrlint.yml`.
    static func decodeStageChanges(_ map: KeyedDecodingContainer<AnyCodingKey>) throws -> [(Stage, Severity?)] {
        var changes: [(Stage, Severity?)] = []
        for key in map.allKeys {
            guard let stage = Stage(rawValue: key.stringValue) else {
                let position = (try? map.superDecoder(forKey: key).position)?.ofKey(key.stringValue)
                throw PositionedError(message: "stage '\(key.stringValue)' is not one of: \(Stage.allCases.map(\.rawValue).joined(separator: ", "))", position: position)
            }
            let text = try map.decode(String.self, forKey: key)
            changes.append((stage, text == "off" ? nil : try decodeSeverity(map, key: key, allowing: "off")))
        }
        return changes
    }

    static func decodeSeverity<K: CodingKey>(_ container: KeyedDecodingContainer<K>, key: K, allowing extra: String? = nil) throws -> Severity {
        let text = try container.decode(String.self, forKey: key)
        guard let severity = Severity(rawValue: text) else {
            let decoder = try container.superDecoder(forKey: key)
            throw decoder.error("severity '\(text)' is not one of: error, warning, info" + (extra.map { ", \($0)" } ?? ""))
        }
        return severity
    }
}
