/// `ossrlint explain --scoring`: how a rule set turns results into a score, with its numbers.
public struct ScoringExplanation: Sendable {
    public var ruleSet: RuleSet

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
    }

    public var text: String {
        let policy = ruleSet.scoring
        let weights = policy.severityWeights
        var lines = [
            "How '\(ruleSet.name)' scores a repository",
            "",
            "Each rule weighs its own weight times the weight of its severity at the stage linted",
            "(error \(Self.number(weights.error)), warning \(Self.number(weights.warning)), info \(Self.number(weights.info))).",
            "",
            "A category scores 100 x (weight of its rules that passed) / (weight of its rules that ran).",
            "Rules that do not apply and waived rules are left out; a rule that could not run counts",
            "as not passed. A category with no rule left, or whose rules weigh nothing, has no score.",
            "",
            "The overall score is the mean of the category scores, weighted by the categories'",
            "weights, over the categories that have a score. Each failed rule loses",
            "100 x (its category's weight / the scored categories' weights) x (its weight / its",
            "category's weight that ran) points, so the score and the points lost add up to 100.",
            "",
            "Grades: " + policy.grades.map { "\($0.name) from \(Self.number($0.minimum))" }.joined(separator: ", ") + ".",
            "",
            "Categories (weight):",
        ]
        for category in ruleSet.categories {
            let rules = ruleSet.rules.filter { $0.category == category.id }
            let required = rules.count { $0.requirement == .required }
            lines.append("  \(category.id) (\(Self.number(category.weight))): \(rules.count) rules, \(required) required by the OSSR, \(rules.count - required) recommended")
        }
        lines += [
            "",
            "A rule is 'required' by the OSSR or only 'recommended' (its 'requirement' in the rule",
            "file; by default, rules that are errors are required). Reports show which, and the",
            "points each failed rule lost.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
