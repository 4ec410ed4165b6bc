/// One requirement: data from a rule file naming a configured check and what to tell people.
public struct Rule: Sendable {
    /// Stable kebab-case id (`license-file-present`).
    public var id: String
    public var title: String
    /// A category id declared by the rule set.
    public var category: String
    public var severity: Severity
    /// The severity at each stage the rule runs at (`severity` at every stage unless the rule
    /// file says otherwise).
    public var stages: StagePolicy
    /// How much the rule counts in its category's score.
    public var weight: Double
    /// Whether the OSSR requires the rule or only recommends it.
    public var requirement: Requirement
    /// The configured check.
    public var check: any CheckKind
    public var rationale: String
    public var remediation: String
    /// URLs of the requirement's sources.
    public var references: [String]
    /// Where the rule was declared: `file:line`.
    public var origin: String

    /// Changes the rule's severity at every stage it runs at (an `override` or `.ossrlint.yml`'s
    /// `severity:` means the rule's severity, whatever the stage).
    public mutating func setSeverity(_ new: Severity) {
        severity = new
        for stage in stages.stages { stages.severities[stage] = new }
    }
}
