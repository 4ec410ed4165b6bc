/// The verdict of one rule on one snapshot.
public enum RuleStatus: String, Codable, Sendable, CaseIterable {
    /// The requirement is met.
    case pass
    /// The requirement is not met.
    case fail
    /// The requirement does not apply to this repository (for example no tags to check).
    case notApplicable = "not-applicable"
    /// The rule was turned off by the repository's configuration, with a reason.
    case waived
    /// The check itself could not run (for example a missing object); never a crashed run.
    case error
}
