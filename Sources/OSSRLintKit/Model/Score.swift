/// Whether the OSSR requires a rule or only recommends it. Shown on every rule, so that a
/// curator can tell what blocks onboarding from what improves it.
public enum Requirement: String, Codable, Sendable, CaseIterable {
    case required
    case recommended

    /// What a rule that says nothing is: required when it is an error by default.
    static func implied(by severity: Severity) -> Requirement {
        severity == .error ? .required : .recommended
    }
}

/// How results become a score, as a rule set declares it under `scoring:`.
///
/// A rule's weight in its category is its own `weight` times the weight of its severity at the
/// stage linted. A category scores `100 × (weight of the rules that passed) / (weight of the
/// rules that ran)`: rules not applicable and waived rules are left out, a rule that could not
/// run counts as not passed. The overall score is the mean of the category scores weighted by
/// the categories' `weight`, over the categories that have a score. A failed rule's lost points
/// are its share of that: `100 × category weight / Σ category weights × rule weight / Σ rule
/// weights in its category`, so that the score and every lost point add up to 100.
public struct ScoringPolicy: Codable, Sendable, Hashable {
    /// The weight of each severity.
    public struct SeverityWeights: Codable, Sendable, Hashable {
        public var error: Double
        public var warning: Double
        public var info: Double

        public init(error: Double, warning: Double, info: Double) {
            self.error = error
            self.warning = warning
            self.info = info
        }

        public subscript(severity: Severity) -> Double {
            switch severity {
            case .error: error
            case .warning: warning
            case .info: info
            }
        }
    }

    /// A grade and the lowest score that earns it.
    public struct Grade: Codable, Sendable, Hashable {
        public var name: String
        public var minimum: Double

        public init(name: String, minimum: Double) {
            self.name = name
            self.minimum = minimum
        }
    }

    public var severityWeights: SeverityWeights
    /// Highest minimum first.
    public var grades: [Grade]

    public init(severityWeights: SeverityWeights, grades: [Grade]) {
        self.severityWeights = severityWeights
        self.grades = grades.sorted { $0.minimum > $1.minimum }
    }

    /// What a rule set without `scoring:` uses.
    public static let standard = ScoringPolicy(
        severityWeights: SeverityWeights(error: 3, warning: 2, info: 1),
        grades: [Grade(name: "A", minimum: 90), Grade(name: "B", minimum: 75), Grade(name: "C", minimum: 60),
                 Grade(name: "D", minimum: 40), Grade(name: "E", minimum: 0)])

    /// The grade a score earns: the first whose minimum it reaches (nil when none does).
    public func grade(for score: Double) -> String? {
        grades.first { score >= $0.minimum }?.name
    }
}

/// A report's score: overall, per category, and every point lost, with the rule that lost it.
public struct Score: Codable, Sendable, Hashable {
    public struct Category: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        public var weight: Double
        /// Out of 100; nil when no rule of the category ran (all not applicable or waived) or
        /// their weights add up to zero.
        public var score: Double?
        /// Rules that passed, of those that ran.
        public var passed: Int
        public var ran: Int
        public var waived: Int
        public var notApplicable: Int
    }

    /// Points lost by one rule that failed or could not run.
    public struct Loss: Codable, Sendable, Hashable {
        public var rule: String
        public var title: String
        public var category: String
        public var requirement: Requirement
        public var status: RuleStatus
        public var points: Double
        public var remediation: String?
    }

    /// Out of 100; nil when no category has a score.
    public var overall: Double?
    public var grade: String?
    public var categories: [Category]
    /// Most points first, then in rule-set order.
    public var losses: [Loss]

    /// The score of `results` (in rule-set order) over `categories` (declared order).
    public init(results: [RuleResult], categories: [LintReport.Category], policy: ScoringPolicy) {
        var scored: [(category: LintReport.Category, score: Double, total: Double)] = []
        var categoryScores: [Category] = []
        for category in categories {
            let members = results.filter { $0.category == category.id }
            let ran = members.filter { $0.status == .pass || $0.isFinding }
            let total = ran.reduce(0) { $0 + Self.weight(of: $1, policy) }
            let earned = ran.filter { $0.status == .pass }.reduce(0) { $0 + Self.weight(of: $1, policy) }
            let score: Double? = total > 0 ? 100 * earned / total : nil
            if let score, category.weight > 0 { scored.append((category, score, total)) }
            categoryScores.append(Category(
                id: category.id, title: category.title, weight: category.weight, score: score.map(Self.tenths),
                passed: ran.count { $0.status == .pass }, ran: ran.count,
                waived: members.count { $0.status == .waived }, notApplicable: members.count { $0.status == .notApplicable }))
        }
        let categoryWeights = scored.reduce(0) { $0 + $1.category.weight }
        let overall = categoryWeights > 0 ? scored.reduce(0) { $0 + $1.category.weight * $1.score } / categoryWeights : nil
        var losses: [(loss: Loss, order: Int)] = []
        for (order, result) in results.enumerated() where result.isFinding {
            guard let entry = scored.first(where: { $0.category.id == result.category }) else { continue }
            let points = 100 * entry.category.weight / categoryWeights * Self.weight(of: result, policy) / entry.total
            guard points > 0 else { continue }
            losses.append((Loss(rule: result.rule, title: result.title, category: result.category, requirement: result.requirement,
                                status: result.status, points: Self.tenths(points), remediation: result.remediation), order))
        }
        self.overall = overall.map(Self.tenths)
        grade = overall.flatMap { policy.grade(for: Self.tenths($0)) }
        self.categories = categoryScores
        self.losses = losses.sorted { ($1.loss.points, $0.order) < ($0.loss.points, $1.order) }.map(\.loss)
    }

    private static func weight(of result: RuleResult, _ policy: ScoringPolicy) -> Double {
        max(0, result.weight) * max(0, policy.severityWeights[result.severity])
    }

    /// Scores are shown to a tenth: stored so, reports of the same results are the same bytes.
    static func tenths(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }
}
