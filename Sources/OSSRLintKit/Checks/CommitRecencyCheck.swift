/// Passes when the linted commit is recent: a sign the project is maintained.
///
/// "Now" is the context's (`SOURCE_DATE_EPOCH` when set, for reproducible reports, else the clock).
///
/// ```yaml
/// check: commit-recency
/// options: { maxAgeDays: 365 }
/// ```
public struct CommitRecencyCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var maxAgeDays: Int
    }

    public static let id = "commit-recency"
    public static let summary = "The linted commit is no older than a number of days."
    public static let optionsHelp = [OptionHelp("maxAgeDays", "the largest allowed age of the commit, in days")]
    public static let examples = [
        CheckExample("a commit made today", options: "{maxAgeDays: 365}", files: ["a": "x\n"], expected: .pass),
        CheckExample("a commit exactly at the limit", options: "{maxAgeDays: 365}", files: ["a": "x\n"], ageInDays: 365, expected: .pass),
        CheckExample("a commit 400 days old", options: "{maxAgeDays: 365}", files: ["a": "x\n"], ageInDays: 400, expected: .fail),
    ]

    let maxAgeDays: Int

    public var scope: PathScope { .none }

    public init(options: Options) throws(CheckOptionsError) {
        guard options.maxAgeDays > 0 else { throw CheckOptionsError("'maxAgeDays' must be positive") }
        maxAgeDays = options.maxAgeDays
    }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        guard let commit = facts.commit else { return .notApplicable("there is no commit yet") }
        let days = Int((facts.now - commit.committer.time) / 86_400)
        let evidence = [Evidence(kind: .commit, subject: commit.id.short, detail: "committed \(days) day\(days == 1 ? "" : "s") ago")]
        if days <= maxAgeDays { return .pass("the last commit is \(days) day\(days == 1 ? "" : "s") old", evidence: evidence) }
        return .fail("the last commit is \(days) days old (more than \(maxAgeDays))", evidence: evidence)
    }
}
