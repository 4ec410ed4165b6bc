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

    public init(
        rule: String, title: String, category: String, severity: Severity, status: RuleStatus,
        message: String, evidence: [Evidence] = [], remediation: String? = nil,
        references: [String] = [], weight: Double = 1
    ) {
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

    /// A failed rule, or a rule whose check could not run, is a finding at its severity.
    public var isFinding: Bool { status == .fail || status == .error }
}
