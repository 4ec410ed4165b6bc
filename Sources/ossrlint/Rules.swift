import ArgumentParser
import OSSRLintKit

extension OSSRLint {
    /// Lists the rules of a rule set.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "List the rules of a profile or rule file.",
            discussion: """
            Examples:
              ossrlint rules
              ossrlint rules --profile ossr
              ossrlint rules --rules my-rules.yml
            """
        )

        @OptionGroup var ruleOptions: RuleOptions

        func run() throws {
            let ruleSet = try Session.loadRuleSet(ruleOptions)
            var text = "\(ruleSet.name): \(ruleSet.rules.count) rules\n"
            for category in ruleSet.categories {
                let rules = ruleSet.rules.filter { $0.category == category.id }
                guard !rules.isEmpty else { continue }
                text += "\n\(category.title)\n"
                let width = rules.map(\.id.count).max() ?? 0
                for rule in rules {
                    let padding = String(repeating: " ", count: width - rule.id.count)
                    text += "  \(rule.id)\(padding)  \(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(rule.title)\n"
                }
            }
            Terminal.write(text)
        }
    }
}
