@testable import OSSRLintKit
import Testing

/// `scoring:` and `requirement:` in rule files: read, inherited, and refused at their position
/// when wrong.
@Suite struct ScoringRuleFileTests {
    private static let rule = """
        rules:
          - id: only-rule
            title: Only
            category: misc
            severity: warning
            check: path-exists
            options: {paths: [README*]}
            rationale: r
            remediation: r
        """

    private func load(_ yaml: String) throws(ConfigurationError) -> RuleSet {
        try RuleSetLoader().load(yaml: yaml, file: "rules.yml")
    }

    @Test func theOSSRProfileDeclaresItsScoringAndWhichRulesAreRequired() throws {
        let ossr = try RuleSetLoader().load("ossr")
        #expect(ossr.scoring == .standard)
        #expect(ossr.rule(withID: "license-file-present")?.requirement == .required)
        #expect(ossr.rule(withID: "contributing-present")?.requirement == .recommended)
    }

    @Test func aRuleSetsOwnScoringReplacesTheOneItExtends() throws {
        let set = try load("""
            name: mine
            extends: [ossr]
            scoring:
              severity-weights: {warning: 0}
              grades: [{grade: pass, min: 50}, {grade: fail, min: 0}]
            """)
        #expect(set.scoring.severityWeights == .init(error: 3, warning: 0, info: 1))
        #expect(set.scoring.grades.map(\.name) == ["pass", "fail"])
        let inherited = try load("name: mine\nextends: [ossr]\n")
        #expect(inherited.scoring == .standard)
    }

    @Test func anExplicitRequirementOverridesTheDefault() throws {
        let set = try load("name: t\ncategories: [{id: misc, title: M}]\n" + Self.rule.replacingOccurrences(of: "severity: warning", with: "severity: warning\n    requirement: required"))
        #expect(set.rule(withID: "only-rule")?.requirement == .required)
    }

    @Test(arguments: [
        ("scoring:\n  grades: [{grade: A, min: 120}]\n", 3, "from 0 to 100"),
        ("scoring:\n  severity-weights: {error: -1}\n", 3, "zero or more"),
        ("scoring:\n  severity-weights: {fatal: 1}\n", 3, "fatal"),
        ("scoring:\n  grades: []\n", 3, "at least one grade"),
        ("scoring:\n  grades: [{grade: A, min: 1}, {grade: A, min: 2}]\n", 3, "declared twice"),
        ("scoring:\n  weights: {}\n", 3, "weights"),
    ])
    func aWrongScoringIsAnErrorAtItsLine(_ scoring: String, _ line: Int, _ fragment: String) {
        do {
            _ = try load("name: t\n" + scoring + "categories: [{id: misc, title: M}]\n" + Self.rule)
            Issue.record("loaded")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(fragment), "\(error)")
        }
    }

    @Test func aWrongRequirementIsAnErrorAtItsLine() {
        do {
            _ = try load("name: t\ncategories: [{id: misc, title: M}]\n" + Self.rule.replacingOccurrences(of: "severity: warning", with: "severity: warning\n    requirement: mandatory"))
            Issue.record("loaded")
        } catch {
            #expect(error.line == 8, "\(error)")
            #expect(error.message.contains("'required' or 'recommended'"), "\(error)")
        }
    }
}
