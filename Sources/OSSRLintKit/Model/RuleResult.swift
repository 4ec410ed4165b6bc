/// The outcome of one rule: its identity as the rule set declared it, the verdict, and why.
public struct RuleResult: Codable, Sendable, Hashable {
    public var rule: String
    public var title: String
    public var category: String
    public var severity: Severity
    public var status: RuleStatus
    public var message: String
    public var evidence: [Evidence]
    public var remediation: String?
    public var references: [String]
    public var weight: Double
    /// Whether the OSSR requires the rule or recommends it.
    public var requirement: Requirement

    public init(
        rule: String, title: String, category: String, severity: Severity, status: RuleStatus,
        message: String, evidence: [Evidence] = [], remediation: String? = nil,
        references: [String] = [], weight: Double = 1, requirement: Requirement? = nil
    ) {
        self.requirement = requirement ?? .implied(by: severity)
        self.rule = rule
        self.title = title
        self.category = category
        self.severity = severity
        self.status = status
        self.message = message
        self.evidence = evidence
        self.remediation = remediation
        self.references = references
        self.weight = weight
    }

    private enum CodingKeys: String, CodingKey {
        case rule, title, category, severity, status, message, evidence, remediation, references, weight, requirement
    }

    /// Reports written before rules said whether they are required read as the default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        title = try container.decode(String.self, forKey: .title)
        category = try container.decode(String.self, forKey: .category)
        severity = try container.decode(Severity.self, forKey: .severity)
        status = try container.decode(RuleStatus.self, forKey: .status)
        message = try container.decode(String.self, forKey: .message)
        evidence = try container.decode([Evidence].self, forKey: .evidence)
        remediation = try container.decodeIfPresent(String.self, forKey: .remediation)
        references = try container.decode([String].self, forKey: .references)
        weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        requirement = try container.decodeIfPresent(Requirement.self, forKey: .requirement) ?? .implied(by: severity)
    }

    /// A failed rule, or a rule whose check could not run, is a finding at its severity.
    public var isFinding: Bool { status == .fail || status == .error }
}
