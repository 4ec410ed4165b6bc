/// The moment a lint runs at, which decides which rules apply and how much they matter.
///
/// - `commit`: a pre-commit hook on the staged index; rules a commit cannot satisfy (a release
///   tag exists, the metadata's version is the latest tag's) do not apply.
/// - `merge-request`: CI on a change before it merges.
/// - `release`: CI on a tag, the OSSR release gate: what Zenodo publishing needs is an error.
public enum Stage: String, Sendable, Hashable, CaseIterable, Codable {
    case commit
    case mergeRequest = "merge-request"
    case release
}

/// How one rule applies at each stage: its severity there, or not at all.
public struct StagePolicy: Sendable, Hashable {
    /// A severity per stage; a stage absent from the map does not run the rule.
    public var severities: [Stage: Severity]

    /// The rule at `severity` at every stage.
    public static func everywhere(_ severity: Severity) -> StagePolicy {
        StagePolicy(severities: Dictionary(uniqueKeysWithValues: Stage.allCases.map { ($0, severity) }))
    }

    /// The stages the rule runs at, in order.
    public var stages: [Stage] { Stage.allCases.filter { severities[$0] != nil } }
}
