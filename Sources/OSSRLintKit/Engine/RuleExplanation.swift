/// The text `ossrlint explain` prints for a rule: what it asks, why, how to comply, where the
/// requirement comes from, and its check kind's documented examples.
public struct RuleExplanation: Sendable {
    public var rule: Rule
    public var ruleSet: RuleSet

    public init(rule: Rule, ruleSet: RuleSet) {
        self.rule = rule
        self.ruleSet = ruleSet
    }

    public var text: String {
        let kind = type(of: rule.check)
        let category = ruleSet.categories.first { $0.id == rule.category }?.title ?? rule.category
        var text = "\(rule.id): \(rule.title)\n"
        text += "  severity: \(rule.severity.rawValue), category: \(category), weight: \(Self.number(rule.weight))\n"
        text += "  check: \(kind.id) — \(kind.summary)\n"
        text += "  defined at: \(rule.origin)\n\n"
        text += "Why\n\(Self.indent(rule.rationale))\n\n"
        text += "How to comply\n\(Self.indent(rule.remediation))\n"
        if !rule.references.isEmpty {
            text += "\nReferences\n" + rule.references.map { "  - \($0)\n" }.joined()
        }
        if !kind.optionsHelp.isEmpty {
            text += "\nOptions of '\(kind.id)'\n" + kind.optionsHelp.map { "  \($0.name): \($0.help)\n" }.joined()
        }
        if !kind.examples.isEmpty {
            text += "\nExamples of '\(kind.id)'\n"
            for example in kind.examples {
                var details = ["options \(example.options)", "files \(example.files.keys.sorted().joined(separator: ", "))"]
                if !example.submodules.isEmpty { details.append("submodules \(example.submodules.joined(separator: ", "))") }
                if !example.tags.isEmpty { details.append("tags \(example.tags.map(\.description).joined(separator: ", "))") }
                if example.revision != "HEAD" { details.append("linting \(example.revision)") }
                // The details on their own line: tags carry their own parentheses.
                text += "  \(example.expected.rawValue): \(example.title)\n        \(details.joined(separator: "; "))\n"
            }
        }
        return text
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
