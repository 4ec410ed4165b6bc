/// What a scan keeps of one repository: its score and what it takes to show it in the table,
/// or why it could not be scanned. Small on purpose: a scan of hundreds of repositories holds
/// one of these per repository, never a report.
public struct ScanRow: Codable, Sendable, Hashable {
    /// A category's score in this repository.
    public struct CategoryScore: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        /// Out of 100; nil when no rule of the category counted.
        public var score: Double?

        public init(id: String, title: String, score: Double?) {
            self.id = id
            self.title = title
            self.score = score
        }
    }

    /// Results by status.
    public struct RuleCounts: Codable, Sendable, Hashable {
        public var total: Int
        public var passed: Int
        public var failed: Int
        public var notApplicable: Int
        public var waived: Int
        /// Rules whose check could not run (status `error`).
        public var couldNotRun: Int

        public init(total: Int, passed: Int, failed: Int, notApplicable: Int, waived: Int, couldNotRun: Int) {
            self.total = total
            self.passed = passed
            self.failed = failed
            self.notApplicable = notApplicable
            self.waived = waived
            self.couldNotRun = couldNotRun
        }
    }

    /// Why a repository could not be scanned, and the exit code `ossrlint check` gives for it:
    /// 2 for its configuration or a revision it lacks, 3 when it cannot be read.
    public struct Failure: Codable, Sendable, Hashable {
        public var exitCode: Int
        public var message: String

        public init(exitCode: Int, message: String) {
            self.exitCode = exitCode
            self.message = message
        }
    }

    /// The name the repository was given (`ScanTarget.name`).
    public var repository: String
    /// The rule set's name, once it is known.
    public var profile: String?
    /// The full id of the commit linted, once it is known.
    public var commit: String?
    /// Out of 100; nil when the repository could not be scanned or no rule counted.
    public var score: Double?
    public var grade: String?
    /// In the rule set's order.
    public var categories: [CategoryScore]
    /// The rules that failed or could not run, in the rule set's order.
    public var failedRules: [String]
    /// How many of those the OSSR requires; nil when the repository could not be scanned.
    public var failedRequired: Int?
    /// Nil when the repository could not be scanned.
    public var rules: RuleCounts?
    public var error: Failure?

    public init(repository: String, profile: String? = nil, commit: String? = nil, score: Double? = nil, grade: String? = nil,
                categories: [CategoryScore] = [], failedRules: [String] = [], failedRequired: Int? = nil, rules: RuleCounts? = nil,
                error: Failure? = nil) {
        self.repository = repository
        self.profile = profile
        self.commit = commit
        self.score = score
        self.grade = grade
        self.categories = categories
        self.failedRules = failedRules
        self.failedRequired = failedRequired
        self.rules = rules
        self.error = error
    }

    /// The row of a finished lint: what the table needs of `report`, and nothing more.
    public init(repository: String, report: LintReport) {
        let score = report.score
        let findings = report.results.filter(\.isFinding)
        let summary = report.summary
        self.init(
            repository: repository, profile: report.profile, commit: report.repository.commit,
            score: score?.overall, grade: score?.grade,
            categories: score?.categories.map { CategoryScore(id: $0.id, title: $0.title, score: $0.score) } ?? [],
            failedRules: findings.map(\.rule), failedRequired: findings.count { $0.requirement == .required },
            rules: RuleCounts(total: summary.total, passed: summary.passed, failed: summary.failed, notApplicable: summary.notApplicable,
                              waived: summary.waived, couldNotRun: summary.errors))
    }

    /// A repository that could not be scanned.
    public init(repository: String, commit: String? = nil, failure: Failure) {
        self.init(repository: repository, commit: commit, error: failure)
    }
}
