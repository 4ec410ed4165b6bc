/// Changes an extending rule set makes to an inherited rule: severity, weight or options.
struct RuleOverride: Decodable {
    var id: String
    var severity: Severity?
    var weight: Double?
    var check: (any CheckKind)?
    var line: Int
    var idPosition: SourcePosition?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, severity, weight, options
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue), in: "an override")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        line = decoder.position?.line ?? 0
        id = try container.decode(String.self, forKey: .id)
        idPosition = try container.superDecoder(forKey: .id).position
        severity = container.contains(.severity) ? try RuleSpec.decodeSeverity(container, key: .severity) : nil
        weight = try container.decodeIfPresent(Double.self, forKey: .weight)
        // Options need the inherited rule's check kind, known only when sets are merged.
        check = nil
        optionsDecoder = container.contains(.options) ? try container.superDecoder(forKey: .options) : nil
    }

    /// Kept to decode the options once the inherited rule (and so its kind) is known.
    var optionsDecoder: (any Decoder)?
}
