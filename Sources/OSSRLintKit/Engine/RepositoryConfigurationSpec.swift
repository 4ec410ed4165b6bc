/// `.ossrlint.yml` as written, decoded strictly.
struct RepositoryConfigurationSpec: Decodable {
    struct WaiverSpec: Decodable {
        var rule: String
        var reason: String
        /// Where the rule id is written, for errors found once the profile is known.
        var position: SourcePosition?

        enum CodingKeys: String, CodingKey, CaseIterable { case rule, reason }

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue), in: "a 'disable' entry")
            let container = try decoder.container(keyedBy: CodingKeys.self)
            rule = try container.decode(String.self, forKey: .rule)
            position = try? container.superDecoder(forKey: .rule).position
            guard container.contains(.reason) else {
                throw decoder.error("disabling rule '\(rule)' needs a 'reason' (reports show it beside the waived rule)")
            }
            reason = try container.decode(String.self, forKey: .reason)
            if reason.trimmingCharacters(in: .whitespaces).isEmpty {
                let reasonDecoder = try container.superDecoder(forKey: .reason)
                throw reasonDecoder.error("the reason for disabling rule '\(rule)' is empty")
            }
        }
    }

    var profile: String?
    /// Where the profile's value is written.
    var profilePosition: SourcePosition?
    var severity: [String: Severity]
    /// Where each `severity` key is written.
    var severityPositions: [String: SourcePosition]
    /// Per-rule stage changes (`stages: {release-tag-present: {merge-request: off}}`).
    var stages: [String: [(Stage, Severity?)]]
    /// Where each `stages` key is written.
    var stagePositions: [String: SourcePosition]
    var disable: [WaiverSpec]
    var waivers: [TimedWaiverSpec]
    var exclude: [Glob]
    var rules: [RuleSpec]

    enum CodingKeys: String, CodingKey, CaseIterable { case profile, severity, stages, disable, waivers, exclude, rules }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue), in: ".ossrlint.yml")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        profile = try container.decodeIfPresent(String.self, forKey: .profile)
        profilePosition = container.contains(.profile) ? try? container.superDecoder(forKey: .profile).position : nil
        severity = [:]
        severityPositions = [:]
        if container.contains(.severity) {
            let severities = try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .severity)
            for key in severities.allKeys {
                severity[key.stringValue] = try RuleSpec.decodeSeverity(severities, key: key)
                severityPositions[key.stringValue] = (try? severities.superDecoder(forKey: key).position)?.ofKey(key.stringValue)
            }
        }
        stages = [:]
        stagePositions = [:]
        if container.contains(.stages) {
            let rules = try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .stages)
            for key in rules.allKeys {
                stages[key.stringValue] = try RuleSpec.decodeStageChanges(rules.nestedContainer(keyedBy: AnyCodingKey.self, forKey: key))
                stagePositions[key.stringValue] = (try? rules.superDecoder(forKey: key).position)?.ofKey(key.stringValue)
            }
        }
        disable = try container.decodeIfPresent([WaiverSpec].self, forKey: .disable) ?? []
        waivers = try container.decodeIfPresent([TimedWaiverSpec].self, forKey: .waivers) ?? []
        exclude = []
        if container.contains(.exclude) {
            var patterns = try container.nestedUnkeyedContainer(forKey: .exclude)
            while !patterns.isAtEnd {
                let patternDecoder = try patterns.superDecoder()
                let pattern = try String(from: patternDecoder)
                do { exclude.append(try Glob(pattern)) } catch { throw patternDecoder.error(error.description) }
            }
        }
        rules = try container.decodeIfPresent([RuleSpec].self, forKey: .rules) ?? []
    }
}
