@testable import OSSRLintKit
import Testing

/// `.ossrlint.yml` is decoded as strictly as a rule file: a mistake is an error with a position,
/// never a setting that silently does nothing.
@Suite struct RepositoryConfigurationTests {
    private func error(parsing yaml: String, applyingTo profile: String = "ossr") -> ConfigurationError? {
        do {
            let configuration = try RepositoryConfiguration.parse(yaml: yaml)
            _ = try configuration.apply(to: RuleSetLoader().load(profile))
        } catch {
            return error
        }
        Issue.record("the configuration was accepted")
        return nil
    }

    @Test func disablingARuleWithoutAReasonIsAnErrorAtTheEntry() throws {
        let found = try #require(error(parsing: "profile: ossr\ndisable:\n  - rule: no-large-files\n"))
        #expect(found.file == ".ossrlint.yml")
        #expect((found.line, found.column) == (3, 5))
        #expect(found.message == "disabling rule 'no-large-files' needs a 'reason' (reports show it beside the waived rule)")
    }

    @Test func anEmptyReasonIsAnErrorAtTheReason() throws {
        let found = try #require(error(parsing: "disable:\n  - rule: no-large-files\n    reason: '  '\n"))
        #expect((found.line, found.column) == (3, 13))
        #expect(found.message.contains("is empty"))
    }

    @Test func anUnknownRuleInSeveritySuggestsTheClosestRule() throws {
        let found = try #require(error(parsing: "severity:\n  no-large-file: info\n"))
        #expect(found.file == ".ossrlint.yml")
        #expect(found.message == "'severity' names rule 'no-large-file', which the profile does not have; did you mean 'no-large-files'?")
    }

    @Test func anUnknownRuleInDisableIsAnError() throws {
        let found = try #require(error(parsing: "disable:\n  - {rule: contributing, reason: later}\n"))
        #expect(found.message.hasPrefix("'disable' names rule 'contributing', which the profile does not have"))
    }

    @Test func rulesUnknownToTheProfileArePointedAtWhereTheyAreNamed() throws {
        let severity = try #require(error(parsing: "profile: ossr\nseverity:\n  no-large-file: info\n"))
        #expect((severity.line, severity.column) == (3, 3))
        #expect(severity.sourceLine == "  no-large-file: info")
        let disable = try #require(error(parsing: "disable:\n  - rule: contributing\n    reason: later\n"))
        #expect((disable.line, disable.column) == (2, 11))
        let extra = try #require(error(parsing: """
            rules:
              - {id: no-large-files, title: t, category: hygiene, severity: info, check: ci-config, rationale: r, remediation: r}
            """))
        #expect(extra.line == 2)
        #expect(extra.message.contains("has the id of a profile rule"))
    }

    @Test func aBadSeverityValueIsAnErrorAtTheValue() throws {
        let found = try #require(error(parsing: "severity:\n  no-large-files: low\n"))
        #expect((found.line, found.column) == (2, 19))
        #expect(found.message == "severity 'low' is not one of: error, warning, info")
    }

    @Test func aBadExcludeGlobIsAnErrorAtThePattern() throws {
        let found = try #require(error(parsing: "exclude:\n  - 'vendor/**'\n  - 'build/[abc'\n"))
        #expect((found.line, found.column) == (3, 5))
        #expect(found.message == "unterminated '[' in pattern 'build/[abc'")
    }

    @Test func anUnknownTopLevelKeySuggestsTheClosestKey() throws {
        let found = try #require(error(parsing: "profile: ossr\nexcludes: [a]\n"))
        #expect((found.line, found.column) == (2, 1))
        #expect(found.message == "unknown key 'excludes' in .ossrlint.yml; did you mean 'exclude'?")
    }

    @Test func anExtraRuleMayNotReuseAProfileRuleID() throws {
        let found = try #require(error(parsing: """
            rules:
              - {id: no-large-files, title: t, category: hygiene, severity: info, check: ci-config, rationale: r, remediation: r}
            """))
        #expect(found.message.contains("extra rule 'no-large-files' has the id of a profile rule"))
    }

    @Test func aValidConfigurationKeepsItsSettings() throws {
        let configuration = try RepositoryConfiguration.parse(yaml: """
            profile: ossr
            severity: {no-large-files: info}
            disable:
              - {rule: container-recipe-present, reason: a library}
            exclude: ['vendor/**']
            """)
        #expect(configuration.profile == "ossr")
        #expect(configuration.severities == ["no-large-files": .info])
        #expect(configuration.waivers == [.init(rule: "container-recipe-present", reason: "a library")])
        #expect(configuration.excludes.map(\.pattern) == ["vendor/**"])
    }
}
