import Foundation
@testable import OSSRLintKit
import Testing
import TestSupport

/// Every mistake in a rule file is reported at the line and column to fix, the way a compiler
/// reports it, with a message that quotes the offending value.
@Suite struct RuleFileErrorTests {
    /// The error loading `yaml` as `rules.yml` gives; records an issue when it loads.
    private func error(loading yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> ConfigurationError? {
        do {
            _ = try RuleSetLoader().load(yaml: yaml, file: "rules.yml")
            Issue.record("the rule file loaded without an error", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    /// A valid rule file with `rule` (the lines of one rule, indented under `rules:`) spliced in
    /// after a valid first rule; the spliced rule's first line is line 13.
    private func ruleFile(_ rule: String) -> String {
        """
        name: test
        categories:
          - {id: misc, title: Miscellaneous}
        rules:
          - id: first-rule
            title: First
            category: misc
            severity: error
            check: path-exists
            options: {paths: [README*]}
            rationale: r
            remediation: r
        \(rule)
        """
    }

    private func expect(
        _ error: ConfigurationError?, at line: Int, _ column: Int, _ fragment: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let error else { return }
        #expect(error.file == "rules.yml", sourceLocation: sourceLocation)
        #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
        #expect(error.column == column, "\(error)", sourceLocation: sourceLocation)
        #expect(error.message.contains(fragment), "\(error)", sourceLocation: sourceLocation)
        #expect(error.description.hasPrefix("rules.yml:\(line):\(column): error: "), sourceLocation: sourceLocation)
    }

    private static let second = """
          - id: second-rule
            title: Second
            category: misc
            severity: warning
        """

    @Test func aYAMLSyntaxErrorIsReportedWhereLibYAMLFindsIt() {
        let yaml = "name: test\ncategories: [{id: misc, title: M}\nrules: []\n"
        expect(error(loading: yaml), at: 3, 1, "YAML syntax: did not find expected ',' or ']'")
    }

    @Test func anUnknownKeyPointsAtTheKeyAndSuggestsTheClosestOne() {
        let yaml = ruleFile(Self.second + "\n    check: ci-config\n    rationale: r\n    remediation: r\n    titel: Typo\n")
        let found = error(loading: yaml)
        expect(found, at: 20, 5, "unknown key 'titel' in a rule; did you mean 'title'?")
    }

    @Test func anUnknownKeyWhoseValueIsOnTheNextLinesStillPointsAtTheKey() {
        let yaml = ruleFile(Self.second + "\n    check: path-exists\n    optons:\n      paths: [a]\n    rationale: r\n    remediation: r\n")
        expect(error(loading: yaml), at: 18, 5, "unknown key 'optons' in a rule; did you mean 'options'?")
    }

    @Test func aWrongTypeNamesThePathAndTheExpectedType() {
        let yaml = ruleFile(Self.second + "\n    weight: heavy\n    check: ci-config\n    rationale: r\n    remediation: r\n")
        expect(error(loading: yaml), at: 17, 13, "'rules[1].weight' should be a number")
    }

    @Test func anUnknownCheckKindSuggestsTheClosestKind() {
        let yaml = ruleFile(Self.second + "\n    check: path-exist\n    rationale: r\n    remediation: r\n")
        expect(error(loading: yaml), at: 17, 12, "unknown check kind 'path-exist'; did you mean 'path-exists'?")
    }

    @Test func aBadRegularExpressionInOptionsIsAnErrorAtTheOptions() {
        let yaml = ruleFile(Self.second + "\n    check: content-absent\n    options: {paths: ['*'], pattern: '(['}\n    rationale: r\n    remediation: r\n")
        expect(error(loading: yaml), at: 18, 14, "'pattern' is not a valid regular expression: '(['")
    }

    @Test func anUnknownOptionKeyNamesTheCheckKindAndSuggests() {
        let yaml = ruleFile(Self.second + "\n    check: content-absent\n    options: {paths: ['*'], pattrn: x}\n    rationale: r\n    remediation: r\n")
        expect(error(loading: yaml), at: 18, 29, "unknown key 'pattrn' in the options of check 'content-absent'; did you mean 'pattern'?")
    }

    @Test func aMissingRequiredOptionIsAnError() {
        let yaml = ruleFile(Self.second + "\n    check: content-absent\n    options: {paths: ['*']}\n    rationale: r\n    remediation: r\n")
        expect(error(loading: yaml), at: 18, 14, "missing required key 'pattern' in 'rules[1].options'")
    }

    @Test func aDuplicateRuleIDPointsAtTheSecondID() {
        let yaml = ruleFile("""
              - id: first-rule
                title: Again
                category: misc
                severity: error
                check: ci-config
                rationale: r
                remediation: r
            """)
        expect(error(loading: yaml), at: 13, 9, "duplicate rule id 'first-rule'")
    }

    @Test func anUndeclaredCategoryPointsAtTheCategory() {
        let yaml = ruleFile("""
              - id: second-rule
                title: Second
                category: misc-typo
                severity: error
                check: ci-config
                rationale: r
                remediation: r
            """)
        expect(error(loading: yaml), at: 15, 15, "names category 'misc-typo', which is not declared under 'categories'")
    }

    @Test func aBadSeverityListsTheSeverities() {
        let yaml = ruleFile("""
              - id: second-rule
                title: Second
                category: misc
                severity: fatal
                check: ci-config
                rationale: r
                remediation: r
            """)
        expect(error(loading: yaml), at: 16, 15, "severity 'fatal' is not one of: error, warning, info")
    }

    @Test func aRuleIDThatIsNotKebabCaseIsAnError() {
        let yaml = ruleFile("""
              - id: Second_Rule
                title: Second
                category: misc
                severity: error
                check: ci-config
                rationale: r
                remediation: r
            """)
        expect(error(loading: yaml), at: 13, 9, "rule id 'Second_Rule' is not kebab-case")
    }

    @Test func aMissingRequiredKeyIsReportedAtTheRule() {
        let yaml = ruleFile("""
              - id: second-rule
                title: Second
                category: misc
                severity: error
                check: ci-config
                remediation: r
            """)
        expect(error(loading: yaml), at: 13, 5, "missing required key 'rationale' in 'rules[1]'")
    }

    @Test func theDescriptionShowsTheSourceLineAndACaretUnderTheColumn() throws {
        let yaml = ruleFile(Self.second + "\n    check: path-exist\n    rationale: r\n    remediation: r\n")
        let found = try #require(error(loading: yaml))
        #expect(found.description == """
            rules.yml:17:12: error: unknown check kind 'path-exist'; did you mean 'path-exists'?
                check: path-exist
                       ^
            """)
    }

    @Test func anEmptyFileIsAnError() {
        expect(error(loading: "# nothing\n"), at: 1, 1, "the file is empty")
    }

    // MARK: extends, drop and override

    /// Rule files in a temporary folder, loaded from disk by path.
    private final class RuleFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ossrlint-rules-\(UUID().uuidString)")
        init(_ files: [String: String]) throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    }

    @Test func anExtendsCycleIsReportedAtTheEntryThatClosesIt() throws {
        let folder = try RuleFolder([
            "a.yml": "name: a\nextends: [b.yml]\n",
            "b.yml": "name: b\nextends:\n  - ossr\n  - a.yml\n",
        ])
        #expect {
            try RuleSetLoader().load(folder.path("a.yml"))
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.file == folder.path("b.yml") && error.line == 4 && error.column == 5
                && error.message == "'extends' cycle: \(folder.path("a.yml")) -> \(folder.path("b.yml")) -> \(folder.path("a.yml"))"
        }
    }

    @Test func extendingTheShippedProfileInheritsItsRulesAndCategories() throws {
        let folder = try RuleFolder(["mine.yml": """
            name: mine
            extends: [ossr]
            drop: [code-of-conduct-present]
            override:
              - {id: no-large-files, severity: error, options: {maxBytes: 1000}}
            """])
        let set = try RuleSetLoader().load(folder.path("mine.yml"))
        let profile = try RuleSetLoader().load("ossr")
        #expect(set.name == "mine")
        #expect(set.rules.map(\.id) == profile.rules.map(\.id).filter { $0 != "code-of-conduct-present" })
        #expect(set.categories.map(\.id) == profile.categories.map(\.id))
        #expect(set.rule(withID: "no-large-files")?.severity == .error)
        #expect((set.rule(withID: "no-large-files")?.check as? BlobSizeLimitCheck)?.maxBytes == 1000)
    }

    @Test func droppingAnUnknownRulePointsAtTheEntryAndSuggests() {
        let yaml = "name: mine\nextends: [ossr]\ndrop:\n  - licence-file-present\n"
        expect(error(loading: yaml), at: 4, 5, "'drop' names rule 'licence-file-present', which no extended set has; did you mean 'license-file-present'?")
    }

    @Test func overridingAnUnknownRulePointsAtItsID() {
        let yaml = "name: mine\nextends: [ossr]\noverride:\n  - id: no-large-file\n    severity: info\n"
        expect(error(loading: yaml), at: 4, 9, "'override' names rule 'no-large-file', which no extended set has; did you mean 'no-large-files'?")
    }

    @Test func anOverridesUnknownOptionIsCheckedAgainstTheInheritedKind() {
        let yaml = "name: mine\nextends: [ossr]\noverride:\n  - id: no-large-files\n    options: {maxByte: 5}\n"
        expect(error(loading: yaml), at: 5, 15, "unknown key 'maxByte' in the options of check 'blob-size-limit'; did you mean 'maxBytes'?")
    }

    @Test func anUnknownShippedProfileInExtendsPointsAtTheEntry() {
        let yaml = "name: mine\nextends: [osr]\n"
        expect(error(loading: yaml), at: 2, 11, "no shipped rule set named 'osr'")
    }

    // MARK: YAML 1.1 traps

    @Test func scalarsThatYAMLOneOneReadsAsBooleansOrNumbersStayStringsWhereStringsAreExpected() throws {
        let yaml = """
            name: 1.10
            categories: [{id: misc, title: no}]
            rules:
              - id: off
                title: no
                category: misc
                severity: info
                check: path-exists
                options: {paths: [on, 1.10]}
                rationale: yes
                remediation: 0o17
            """
        let set = try RuleSetLoader().load(yaml: yaml, file: "rules.yml")
        #expect(set.name == "1.10")
        #expect(set.categories.first?.title == "no")
        let rule = try #require(set.rule(withID: "off"))
        #expect(rule.title == "no")
        #expect(rule.rationale == "yes")
        #expect(rule.remediation == "0o17")
        #expect((rule.check as? PathExistsCheck)?.patterns.description == "on, 1.10")
    }

    @Test func aRuleIDWrittenAsANumberIsRejectedAsNotKebabCase() {
        let yaml = ruleFile(Self.second.replacingOccurrences(of: "second-rule", with: "1.10") + "\n    check: ci-config\n    rationale: r\n    remediation: r\n")
        expect(error(loading: yaml), at: 13, 9, "rule id '1.10' is not kebab-case")
    }

    @Test func aBooleanOptionRejectsAWordThatIsNotABoolean() {
        let yaml = ruleFile(Self.second + "\n    check: path-exists\n    options: {paths: [a], ignoreCase: maybe}\n    rationale: r\n    remediation: r\n")
        expect(error(loading: yaml), at: 18, 39, "'rules[1].options.ignoreCase' should be true or false")
    }
}
