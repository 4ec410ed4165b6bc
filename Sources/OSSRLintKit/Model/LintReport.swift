/// Everything one run found, in the order reporters print it. Reporters are pure functions of
/// this value: the same report gives the same bytes.
public struct LintReport: Codable, Sendable, Hashable {
    /// The tool that made the report.
    public struct Tool: Codable, Sendable, Hashable {
        public var name: String
        public var version: String
        public init(name: String = "ossrlint", version: String) {
            self.name = name
            self.version = version
        }
    }

    /// Which repository and which state of it was linted.
    public struct Repository: Codable, Sendable, Hashable {
        /// The path as the user gave it.
        public var path: String
        /// `commit`, `index` or `worktree`.
        public var source: String
        /// The revision the user asked for (`HEAD`, a tag …), for a commit source.
        public var revision: String?
        /// The full commit id, when there is one (an index or work tree is based on HEAD's).
        public var commit: String?
        /// When the linted commit was committed (its committer's time, seconds since 1970), for
        /// a commit source only: an index or a work tree is not committed yet. A date that
        /// comes from the repository, never the clock, so reports stay the same bytes.
        public var committed: Int64?
        public init(path: String, source: String, revision: String? = nil, commit: String? = nil, committed: Int64? = nil) {
            self.path = path
            self.source = source
            self.revision = revision
            self.commit = commit
            self.committed = committed
        }
    }

    /// A category as the rule set declares it.
    public struct Category: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        public var weight: Double
        public init(id: String, title: String, weight: Double = 1) {
            self.id = id
            self.title = title
            self.weight = weight
        }
    }

    /// Counts of results by status.
    public struct Summary: Codable, Sendable, Hashable {
        public var total: Int
        public var passed: Int
        public var failed: Int
        public var notApplicable: Int
        public var waived: Int
        public var errors: Int
        /// Failed or errored rules by severity.
        public var findingsBySeverity: [String: Int]
    }

    /// How this report compares with a baseline: what a merge request changed against its
    /// target branch.
    public struct Comparison: Codable, Sendable, Hashable {
        /// A rule that failed on the baseline and no longer fails.
        public struct Fixed: Codable, Sendable, Hashable {
            public var rule: String
            public var title: String
            public var severity: Severity
            /// The baseline's message: what was wrong.
            public var message: String
        }

        /// The revision compared with.
        public var baseline: Repository
        /// Rules that fail with a finding the baseline did not have (a new rule failing, or a
        /// failing rule with new evidence).
        public var new: [String]
        /// Rules that fail as they failed on the baseline.
        public var unchanged: [String]
        /// Rules that failed on the baseline and no longer fail.
        public var fixed: [Fixed]

        public init(baseline: Repository, new: [String], unchanged: [String], fixed: [Fixed]) {
            self.baseline = baseline
            self.new = new
            self.unchanged = unchanged
            self.fixed = fixed
        }
    }

    public var tool: Tool
    public var repository: Repository
    public var profile: String
    /// Categories in rule-set order; results name them by `id`.
    public var categories: [Category]
    /// Results in rule-set order.
    public var results: [RuleResult]
    /// The comparison with a baseline, when one was asked for (`--baseline`).
    public var comparison: Comparison?
    /// The stage linted at (`commit`, `merge-request`, `release`).
    public var stage: Stage?
    /// How the rule set scores results; nil for a report without a score. The JSON report
    /// writes it inside `score`, beside the score it gives, and reads it back from there.
    public var scoring: ScoringPolicy?
    /// What became of each time-limited waiver of the configuration; nil when it has none.
    public var waivers: [WaiverRecord]?

    private enum CodingKeys: String, CodingKey {
        case tool, repository, profile, categories, results, comparison, stage, waivers
        case scoring = "score"
    }

    public init(tool: Tool, repository: Repository, profile: String, categories: [Category], results: [RuleResult], comparison: Comparison? = nil,
                stage: Stage? = nil, scoring: ScoringPolicy? = nil, waivers: [WaiverRecord]? = nil) {
        self.comparison = comparison
        self.waivers = waivers
        self.scoring = scoring
        self.stage = stage
        self.tool = tool
        self.repository = repository
        self.profile = profile
        self.categories = categories
        self.results = results
    }

    /// The score of the results, by the rule set's policy, over the categories reports show
    /// (a category no rule set declared weighs 1).
    public var score: Score? {
        scoring.map { Score(results: results, categories: resultsByCategory.map(\.category), policy: $0) }
    }

    public var summary: Summary {
        var bySeverity: [String: Int] = [:]
        for severity in Severity.allCases { bySeverity[severity.rawValue] = 0 }
        for result in results where result.isFinding { bySeverity[result.severity.rawValue, default: 0] += 1 }
        return Summary(
            total: results.count,
            passed: results.count { $0.status == .pass },
            failed: results.count { $0.status == .fail },
            notApplicable: results.count { $0.status == .notApplicable },
            waived: results.count { $0.status == .waived },
            errors: results.count { $0.status == .error },
            findingsBySeverity: bySeverity
        )
    }

    /// Whether `result`'s finding is new against the baseline (nil without a comparison or for
    /// a result that is no finding).
    public func isNew(_ result: RuleResult) -> Bool? {
        guard let comparison, result.isFinding else { return nil }
        return comparison.new.contains(result.rule)
    }

    /// The title of a category id, or the id itself when the rule set does not declare it.
    public func title(ofCategory id: String) -> String {
        categories.first { $0.id == id }?.title ?? id
    }

    /// Results grouped by category, categories in declared order, then any undeclared ones.
    public var resultsByCategory: [(category: Category, results: [RuleResult])] {
        var order = categories
        for result in results where !order.contains(where: { $0.id == result.category }) {
            order.append(Category(id: result.category, title: result.category))
        }
        return order.compactMap { category in
            let members = results.filter { $0.category == category.id }
            return members.isEmpty ? nil : (category, members)
        }
    }
}
