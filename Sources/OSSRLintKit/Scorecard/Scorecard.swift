/// What a scorecard shows, taken from one report: the score and grade, each category's score,
/// every lost point with the finding's message and how to earn it back, and the rules that
/// were left out of the score (waived, not applicable, or weighing nothing), apart.
///
/// One value that every scorecard format renders, so the HTML, Markdown, JSON and SVG of one
/// run cannot disagree: each renderer only lays it out.
public struct Scorecard: Sendable, Hashable {
    /// Why a category has no score.
    public enum Unscored: String, Sendable, Hashable {
        /// None of its rules apply to the repository (or at the stage linted).
        case notApplicable = "not-applicable"
        /// Every rule that applies is waived.
        case waived
        /// Its rules ran but weigh nothing.
        case weightless
    }

    /// One category: its score out of 100 and whether the overall score counts it.
    public struct Category: Sendable, Hashable {
        public var id: String
        public var title: String
        public var weight: Double
        /// Out of 100, to a tenth; nil when the category has no score (see `unscored`).
        public var score: Double?
        /// Why there is no score; nil when there is one.
        public var unscored: Unscored?
        /// Whether the overall score counts this category: it has a score and a weight above zero.
        public var counted: Bool
        public var passed: Int
        public var ran: Int
        public var waived: Int
        public var notApplicable: Int
    }

    /// Points one finding lost, with what is wrong and how to earn them back.
    public struct Loss: Sendable, Hashable {
        public var rule: String
        public var title: String
        public var category: String
        public var requirement: Requirement
        /// `fail`, or `error` for a rule that could not run.
        public var status: RuleStatus
        /// Out of 100, to a tenth.
        public var points: Double
        public var message: String
        public var remediation: String?
    }

    /// A rule shown apart from the score: waived, not applicable, or a finding that costs nothing.
    public struct Rule: Sendable, Hashable {
        public var rule: String
        public var title: String
        public var category: String
        public var requirement: Requirement
        public var status: RuleStatus
        public var message: String
    }

    public var tool: LintReport.Tool
    /// What the scorecard calls the repository in its heading: its folder's name, say, where
    /// the path given was `.`.
    public var name: String
    public var repository: LintReport.Repository
    public var profile: String
    public var stage: Stage?
    /// Out of 100, to a tenth; nil when nothing could be scored (`notScoredReason` says why).
    public var overall: Double?
    public var grade: String?
    /// The grades of the scoring policy, best first; empty for a report without one.
    public var grades: [ScoringPolicy.Grade]
    /// In the rule set's order.
    public var categories: [Category]
    /// Most points first.
    public var losses: [Loss]
    /// Findings that cost no point: their rule or their category weighs nothing.
    public var unscoredFindings: [Rule]
    public var waived: [Rule]
    public var notApplicable: [Rule]
    /// Counts of the report's results by status.
    public var summary: LintReport.Summary
    /// How many rules the report holds.
    public var ruleCount: Int { summary.total }

    /// The scorecard of `report`, headed `name` (by default the last component of the path the
    /// report names).
    public init(report: LintReport, name: String? = nil) {
        tool = report.tool
        self.name = name ?? Self.lastComponent(of: report.repository.path)
        repository = report.repository
        profile = report.profile
        stage = report.stage
        summary = report.summary
        grades = report.scoring?.grades ?? []
        let score = report.score
        overall = score?.overall
        grade = score?.grade
        let results = Dictionary(report.results.map { ($0.rule, $0) }, uniquingKeysWith: { first, _ in first })
        categories = (score?.categories ?? []).map { category in
            let unscored: Unscored? = if category.score != nil { nil }
                else if category.ran > 0 { .weightless }
                else if category.waived > 0 { .waived }
                else { .notApplicable }
            return Category(id: category.id, title: category.title, weight: category.weight, score: category.score, unscored: unscored,
                            counted: category.score != nil && category.weight > 0, passed: category.passed, ran: category.ran,
                            waived: category.waived, notApplicable: category.notApplicable)
        }
        losses = (score?.losses ?? []).map { loss in
            Loss(rule: loss.rule, title: loss.title, category: loss.category, requirement: loss.requirement, status: loss.status,
                 points: loss.points, message: results[loss.rule]?.message ?? "", remediation: loss.remediation)
        }
        let lost = Set(losses.map(\.rule))
        func rules(_ include: (RuleResult) -> Bool) -> [Rule] {
            report.results.filter(include).map { result in
                Rule(rule: result.rule, title: result.title, category: result.category, requirement: result.requirement,
                     status: result.status, message: result.message)
            }
        }
        unscoredFindings = rules { $0.isFinding && !lost.contains($0.rule) }
        waived = rules { $0.status == .waived }
        notApplicable = rules { $0.status == .notApplicable }
    }

    /// `project` for `/srv/project/` or `project`; the path itself when it has no last component
    /// that names something (`.`, `..`, `/`).
    static func lastComponent(of path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        return last == "." || last == ".." || last.isEmpty ? path : last
    }

    /// The title of category `id` (the id itself for a category the rule set does not declare).
    public func title(ofCategory id: String) -> String {
        categories.first { $0.id == id }?.title ?? id
    }

    /// Why there is no overall score, in words; nil when there is one.
    public var notScoredReason: String? {
        guard overall == nil else { return nil }
        if grades.isEmpty { return "the report was made without a scoring policy" }
        if ruleCount == 0 { return "the rule set has no rules" }
        if waived.count == ruleCount { return "every rule is waived" }
        if waived.count + notApplicable.count == ruleCount { return "no rule applies that is not waived" }
        return "the rules that ran, or their categories, weigh nothing"
    }

    /// How good `grade` is on the policy's scale: 0 for the best grade up to 4 for the worst,
    /// spread evenly however many grades the policy has; nil for no grade or one not on the scale.
    public func level(ofGrade grade: String?) -> Int? {
        guard let grade, let index = grades.firstIndex(where: { $0.name == grade }) else { return nil }
        guard grades.count > 1 else { return 0 }
        return Int((Double(index) * 4 / Double(grades.count - 1)).rounded())
    }

    /// The grade a category's score would earn (for colouring its bar; the number beside says it).
    public func grade(ofScore score: Double?) -> String? {
        guard let score else { return nil }
        return grades.first { score >= $0.minimum }?.name
    }

    /// "OSSR score 72.5 / 100, grade C", or "OSSR score: not scored, every rule is waived": the
    /// line a CI log shows when every scorecard goes to a file.
    public var scoreLine: String {
        guard let overall else { return "OSSR score: not scored, " + (notScoredReason ?? "nothing counts") }
        return "OSSR score \(ReportPresentation.points(overall)) / 100" + (grade.map { ", grade \($0)" } ?? "")
    }

    /// The committed date in UTC as `2024-01-01T12:00:00Z`; nil when the state linted is not
    /// committed (the index or the work tree) or the date is out of range.
    public var date: String? {
        repository.committed.flatMap(CommitDate.iso8601)
    }
}
