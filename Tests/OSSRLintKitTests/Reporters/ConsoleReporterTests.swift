import Testing
@testable import OSSRLintKit

@Suite struct ConsoleReporterTests {
    @Test func theLastLineSummarisesEveryStatus() {
        let lines = ConsoleReporter().render(ReportFixtures.mixed).split(separator: "\n")
        #expect(lines.dropLast().last == "10 rules: 3 passed, 4 failed (1 error, 1 warning, 2 info), 1 not applicable, 1 waived, 1 could not run")
        #expect(lines.last == "score 38.3/100, grade E; most points lost: licence-file 20.0, tag-reachable 16.7, container-recipe 16.7")
    }

    @Test func theSummaryUsesSingularAndLeavesOutZeroCounts() {
        let one = LintReport(
            tool: ReportFixtures.tool, repository: .init(path: ".", source: "worktree"), profile: "ossr", categories: [],
            results: [RuleResult(rule: "r", title: "R", category: "c", severity: .warning, status: .fail, message: "m")])
        #expect(ConsoleReporter().render(one).hasSuffix("\n1 rule: 0 passed, 1 failed (1 warning)\n"))
        #expect(ConsoleReporter().render(ReportFixtures.allPass).hasSuffix("\n2 rules: 2 passed\n"))
    }

    @Test func findingsComeFirstInTheirCategoryMostSevereFirst() {
        let text = ConsoleReporter().render(ReportFixtures.mixed)
        let order = ["codemeta-required-keys (warning)", "codemeta-keywords (info)", "codemeta-valid:"]
            .compactMap { text.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
        let release = ["ERROR   tag-reachable", "N/A     tagged-release", "WAIVED  semver-tags"]
            .compactMap { text.range(of: $0)?.lowerBound }
        #expect(release.count == 3 && release == release.sorted())
    }

    @Test func evidenceRemedyAndReferencesAreIndentedUnderTheFinding() {
        let text = ConsoleReporter().render(ReportFixtures.mixed)
        #expect(text.contains("""
              FAIL    licence-file (error): no licence file at the root
                      required by the OSSR; 20.0 of 100 points lost
                      - path LICENSE — not found
                      - path COPYING — not found
                      fix: add a LICENSE file with the full text of an open-source licence, for example MIT
                      see: https://choosealicense.com/
            """))
    }

    @Test func colourIsUsedOnlyWhenAsked() {
        #expect(!ConsoleReporter().render(ReportFixtures.mixed).contains("\u{1B}"))
        let coloured = ConsoleReporter(useColour: true).render(ReportFixtures.mixed)
        #expect(coloured.contains("\u{1B}[31mFAIL\u{1B}[0m    licence-file"))
        #expect(coloured.contains("\u{1B}[32mPASS\u{1B}[0m    licence-osi"))
    }

    @Test func terminalEscapesFromTheRepositoryAreShownNotSent() {
        let text = ConsoleReporter().render(ReportFixtures.hostile)
        #expect(!text.unicodeScalars.contains { VisibleEscape.isUnsafeForDisplay($0) && $0 != "\n" })
        #expect(text.contains(#"dir/\u{1B}]0;owned\u{7}file|name`.txt:4:2"#))
        #expect(ConsoleReporter(useColour: true).render(ReportFixtures.hostile).contains(#"\u{1B}[31mred"#))
    }

    @Test func quietModeIsSilentWhenNothingFails() {
        #expect(ConsoleReporter(quiet: true).render(ReportFixtures.allPass) == "")
    }

    /// The status words of the findings a quiet report prints.
    private func quietStatuses(failingAt: Severity?) -> [String] {
        let text = ConsoleReporter(quiet: true, failingAt: failingAt).render(ReportFixtures.mixed)
        #expect(!text.contains("rules:"))
        return text.split(separator: "\n").filter { !$0.hasPrefix("      ") }.map { $0.split(separator: " ").first.map(String.init) ?? "" }
    }

    /// A pre-commit hook shows what blocks the commit, and nothing it would let through.
    @Test func quietModePrintsOnlyTheFindingsThatFailTheRun() {
        #expect(quietStatuses(failingAt: .error) == ["FAIL", "ERROR"])
        #expect(quietStatuses(failingAt: .warning) == ["FAIL", "FAIL", "ERROR"])
        #expect(quietStatuses(failingAt: .info) == ["FAIL", "FAIL", "FAIL", "ERROR", "FAIL"])
        #expect(quietStatuses(failingAt: nil) == [], "--fail-on never: nothing fails, nothing is printed")
    }
}
