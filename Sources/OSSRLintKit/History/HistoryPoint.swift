/// One revision of a history and its score, or why it has none.
public struct HistoryPoint: Sendable, Hashable {
    /// What became of the revision.
    public enum Outcome: Sendable, Hashable {
        /// Linted with the rule set named `profile`.
        case scored(profile: String, score: Score)
        /// Not linted: its configuration is broken, or it cannot be read (a sentence for people).
        case failed(String)
    }

    public var revision: HistoryRevision
    public var outcome: Outcome

    public init(revision: HistoryRevision, outcome: Outcome) {
        self.revision = revision
        self.outcome = outcome
    }

    /// The score, when the revision was linted.
    public var score: Score? {
        if case .scored(_, let score) = outcome { score } else { nil }
    }

    /// The rule set's name, when the revision was linted.
    public var profile: String? {
        if case .scored(let profile, _) = outcome { profile } else { nil }
    }

    /// Why the revision has no score.
    public var error: String? {
        if case .failed(let message) = outcome { message } else { nil }
    }

    /// The score of category `id`; nil when the revision was not linted, its rule set has no
    /// such category, or no rule of it ran.
    public func score(ofCategory id: String) -> Double? {
        score?.categories.first { $0.id == id }?.score
    }
}
