/// A resolved rule set: its own rules and everything it extends, with overrides applied,
/// dropped rules removed, in declaration order (inherited rules first).
public struct RuleSet: Sendable {
    public var name: String
    public var description: String
    public var categories: [LintReport.Category]
    public var rules: [Rule]
    /// How results are scored: the set's own `scoring:`, else the one it extends, else the standard one.
    public var scoring: ScoringPolicy = .standard

    public func rule(withID id: String) -> Rule? { rules.first { $0.id == id } }
}
