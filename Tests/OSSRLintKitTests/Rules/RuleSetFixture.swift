@testable import OSSRLintKit

/// Tiny rule files for tests: one category, and rules whose only interesting part is the check.
enum RuleSetFixture {
    /// A rule set holding one rule (`example`) with `check` and its `options` written as YAML
    /// flow text, loaded the way a user's rule file is.
    static func rule(check: String, options: String, severity: Severity = .error) throws(ConfigurationError) -> Rule {
        let yaml = """
            name: fixture
            categories: [{id: misc, title: Miscellaneous}]
            rules:
              - id: example
                title: The example rule
                category: misc
                severity: \(severity.rawValue)
                check: \(check)
                options: \(options)
                rationale: Because the example says so.
                remediation: Follow the example.
            """
        let set = try RuleSetLoader().load(yaml: yaml, file: "fixture.yml")
        guard let rule = set.rule(withID: "example") else {
            throw ConfigurationError(file: "fixture.yml", message: "the fixture lost its rule")
        }
        return rule
    }
}
