@testable import OSSRLintKit
import Testing

@Suite struct RuleExplanationTests {
    /// Each example's details are a line of their own, so that a tag's own "(3 commits back)"
    /// never closes inside another parenthesis ("tags v1.0.0 (3 commits back))" was printed).
    @Test func exampleDetailsNeverNestParentheses() throws {
        let ruleSet = try RuleSetLoader().load("ossr")
        for rule in ruleSet.rules {
            let text = RuleExplanation(rule: rule, ruleSet: ruleSet).text
            guard let examples = text.range(of: "\nExamples of '") else { continue }
            for line in text[examples.upperBound...].split(separator: "\n") {
                var depth = 0
                for character in line {
                    if character == "(" { depth += 1 }
                    if character == ")" { depth -= 1 }
                    #expect(depth >= 0 && depth <= 1, "\(rule.id): \(line)")
                }
            }
        }
        let release = try #require(ruleSet.rule(withID: "release-tag-reachable"))
        #expect(RuleExplanation(rule: release, ruleSet: ruleSet).text.contains("\n        options {require: reachable}; files a; tags v1.0.0 (3 commits back)\n"))
    }
}
