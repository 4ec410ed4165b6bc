import ArgumentParser
import OSSRLintKit

extension OSSRLint {
    /// Explains one rule: why, how to fix it, its sources, and its check's examples.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Explain a rule (rationale, remediation, references, examples) or how scores are made.",
            discussion: """
            Examples:
              ossrlint explain license-file-present
              ossrlint explain no-large-files --rules my-rules.yml
              ossrlint explain --scoring
            """
        )

        @Argument(help: "The rule id (see 'ossrlint rules').")
        var rule: String?

        @Flag(help: "Explain how the rule set scores a repository: the formula, weights and grades.")
        var scoring = false

        @OptionGroup var ruleOptions: RuleOptions

        func validate() throws {
            if scoring, rule != nil { throw ValidationError("give a rule id or --scoring, not both") }
            if !scoring, rule == nil { throw ValidationError("give a rule id (see 'ossrlint rules'), or --scoring") }
        }

        func run() throws {
            let ruleSet = try Session.loadRuleSet(ruleOptions)
            guard let rule else {
                Terminal.write(ScoringExplanation(ruleSet: ruleSet).text)
                return
            }
            guard let found = ruleSet.rule(withID: rule) else {
                var message = "no rule '\(rule)' in \(ruleSet.name)"
                if let suggestion = Spelling.closest(to: rule, among: ruleSet.rules.map(\.id)) { message += "; did you mean '\(suggestion)'?" }
                Terminal.error(message + " (list them with 'ossrlint rules')")
                throw ExitCodes.configuration
            }
            Terminal.write(RuleExplanation(rule: found, ruleSet: ruleSet).text)
        }
    }
}
