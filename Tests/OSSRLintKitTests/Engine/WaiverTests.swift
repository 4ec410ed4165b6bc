@testable import OSSRLintKit
import Testing

/// Time-limited waivers (`waivers:` in `.ossrlint.yml`) over revisions built in memory. The
/// examples' commit is 2023-11-14 (UTC), which is also "today" for them.
@Suite struct WaiverTests {
    /// A configuration with `waivers`, a rule set with one extra rule that finds build
    /// artefacts by path (so that path waivers have findings to cover), and the report.
    private func lint(_ files: [String: String], waivers: String, stage: Stage = .mergeRequest) throws -> LintReport {
        let yaml = """
            waivers:
            \(waivers)
            rules:
              - id: no-scratch-files
                title: No scratch files
                category: hygiene
                severity: warning
                check: path-absent
                options: { paths: ["*.tmp"], anyDepth: true, what: scratch files }
                rationale: scratch files are not source
                remediation: delete them
            """
        let configuration = try RepositoryConfiguration.parse(yaml: yaml)
        let ruleSet = try configuration.apply(to: RuleSetLoader().load("ossr"))
        let linter = Linter(ruleSet: ruleSet, configuration: configuration, stage: stage)
        let facts = CheckExample("waivers", files: files, expected: .pass).facts(needs: linter.needs)
        return linter.lint(facts, repositoryPath: ".")
    }

    private func result(_ id: String, in report: LintReport) throws -> RuleResult {
        try #require(report.results.first { $0.rule == id })
    }

    private func waiver(_ rule: String, expires: String, paths: String? = nil) -> String {
        var entry = "  - rule: \(rule)\n    reason: comes later\n    owner: jane@example.org\n    expires: \(expires)"
        if let paths { entry += "\n    paths: \(paths)" }
        return entry
    }

    @Test func anActiveWaiverTurnsTheFailureIntoWaivedAndTheScoreLeavesItOut() throws {
        let report = try lint(["README.md": "# x"], waivers: waiver("contributing-present", expires: "2023-11-15"))
        let contributing = try result("contributing-present", in: report)
        #expect(contributing.status == .waived)
        #expect(contributing.message.hasPrefix("waived until 2023-11-15 (owner jane@example.org): comes later — the rule found: no contributing guide"))
        #expect(contributing.evidence.contains { $0.subject == ".ossrlint.yml" && $0.line == 2 })
        #expect(report.waivers?.map(\.state) == [.applied])
        let community = try #require(report.score?.categories.first { $0.id == "community" })
        #expect(community.waived == 1)
        #expect(report.score?.losses.contains { $0.rule == "contributing-present" } == false)
    }

    @Test func anExpiredWaiverFailsAgainSayingSinceWhen() throws {
        let report = try lint(["README.md": "# x"], waivers: waiver("contributing-present", expires: "2023-11-01"))
        let contributing = try result("contributing-present", in: report)
        #expect(contributing.status == .fail)
        #expect(contributing.message.hasPrefix("the waiver of this finding expired on 2023-11-01, 13 days ago (owner jane@example.org, reason: comes later)"))
        #expect(contributing.message.hasSuffix("no contributing guide (CONTRIBUTING.md at the root, or in .github/, .gitlab/ or docs/)"))
        #expect(contributing.evidence.contains { $0.subject == ".ossrlint.yml" && $0.detail == "the expired waiver of 'contributing-present'" })
        #expect(report.waivers?.map(\.state) == [.expired])
        #expect(report.score?.losses.contains { $0.rule == "contributing-present" } == true)
    }

    @Test func aWaiverEndsOnTheMorningOfItsExpiryDay() throws {
        let report = try lint(["README.md": "# x"], waivers: waiver("contributing-present", expires: "2023-11-14"))
        #expect(try result("contributing-present", in: report).status == .fail)
        #expect(try result("contributing-present", in: report).message.contains("expired on 2023-11-14, 0 days ago"))
    }

    @Test func aWaiverOfARuleThatPassesIsReportedUnused() throws {
        let report = try lint(["README.md": "# x", "CONTRIBUTING.md": "# How to help"], waivers: waiver("contributing-present", expires: "2099-01-01"))
        #expect(try result("contributing-present", in: report).status == .pass)
        let record = try #require(report.waivers?.first)
        #expect(record.state == .unused)
        #expect(record.location == ".ossrlint.yml:2:11")
        #expect(record.summary == "waiver of 'contributing-present' (.ossrlint.yml:2:11) matches nothing (the rule finds nothing it covers); owner jane@example.org: remove it")
    }

    @Test func aPathWaiverCoveringEveryFindingWaivesTheRule() throws {
        let files = ["README.md": "# x", "data/a.tmp": "", "data/b/c.tmp": ""]
        let report = try lint(files, waivers: waiver("no-scratch-files", expires: "2099-01-01", paths: "[\"data/**\"]"))
        #expect(try result("no-scratch-files", in: report).status == .waived)
        #expect(report.waivers?.first?.paths == ["data/**"])
        #expect(report.waivers?.first?.state == .applied)
    }

    @Test func aPathWaiverCoveringSomeFindingsLeavesTheOthersFailing() throws {
        let files = ["README.md": "# x", "data/a.tmp": "", "src/b.tmp": ""]
        let report = try lint(files, waivers: waiver("no-scratch-files", expires: "2099-01-01", paths: "data/**"))
        let scratch = try result("no-scratch-files", in: report)
        #expect(scratch.status == .fail)
        #expect(scratch.evidence.filter { $0.kind == .path }.map(\.subject) == ["src/b.tmp"])
        #expect(scratch.message.hasSuffix("(1 more finding is waived by path)"))
        #expect(report.waivers?.first?.state == .applied)
    }

    @Test func aPathWaiverThatMatchesNoFindingIsUnusedWhileTheRuleFails() throws {
        let files = ["README.md": "# x", "src/b.tmp": ""]
        let report = try lint(files, waivers: waiver("no-scratch-files", expires: "2099-01-01", paths: "data/**"))
        #expect(try result("no-scratch-files", in: report).status == .fail)
        #expect(report.waivers?.first?.state == .unused)
    }

    @Test func anExpiredPathWaiverNamesItselfInTheFailure() throws {
        let files = ["README.md": "# x", "data/a.tmp": ""]
        let report = try lint(files, waivers: waiver("no-scratch-files", expires: "2020-01-01", paths: "data/**"))
        let scratch = try result("no-scratch-files", in: report)
        #expect(scratch.status == .fail)
        #expect(scratch.message.hasPrefix("the waiver of this finding expired on 2020-01-01"))
        #expect(scratch.evidence.map(\.subject).contains("data/a.tmp"))
        #expect(report.waivers?.first?.state == .expired)
    }

    @Test func aWaiverOfARuleNotCheckedAtThisStageIsNeitherUsedNorUnused() throws {
        let report = try lint(["README.md": "# x"], waivers: waiver("release-tag-present", expires: "2099-01-01"), stage: .commit)
        #expect(try result("release-tag-present", in: report).status == .notApplicable)
        #expect(report.waivers == [])
    }

    @Test func disableStillTurnsARuleOffWithoutRunningIt() throws {
        let configuration = try RepositoryConfiguration.parse(yaml: "disable:\n  - rule: contributing-present\n    reason: a library\n")
        let linter = Linter(ruleSet: try configuration.apply(to: RuleSetLoader().load("ossr")), configuration: configuration)
        let report = linter.lint(CheckExample("x", files: ["README.md": "# x"], expected: .pass).facts(needs: linter.needs), repositoryPath: ".")
        #expect(try result("contributing-present", in: report).status == .waived)
        #expect(try result("contributing-present", in: report).message == "waived: a library")
        #expect(report.waivers == nil)
    }
}

/// Mistakes in `waivers:` entries, each at its line.
@Suite struct WaiverConfigurationTests {
    private func error(_ entry: String) -> ConfigurationError? {
        do {
            _ = try RepositoryConfiguration.parse(yaml: "waivers:\n" + entry).apply(to: RuleSetLoader().load("ossr"))
        } catch {
            return error
        }
        Issue.record("the configuration was accepted")
        return nil
    }

    @Test func aWaiverWithoutAnOwnerIsAnError() throws {
        let found = try #require(error("  - rule: no-large-files\n    reason: r\n    expires: 2027-01-01\n"))
        #expect((found.line, found.column) == (2, 5))
        #expect(found.message == "the waiver of rule 'no-large-files' needs an 'owner' (who answers for it, e.g. an e-mail address or a team)")
    }

    @Test func aWaiverWithoutAnExpiryPointsToDisable() throws {
        let found = try #require(error("  - rule: no-large-files\n    reason: r\n    owner: o\n"))
        #expect(found.message.hasSuffix("a rule turned off for good goes under 'disable:'"))
    }

    @Test func anImpossibleDateIsAnErrorAtTheDate() throws {
        let found = try #require(error("  - rule: no-large-files\n    reason: r\n    owner: o\n    expires: 2027-02-30\n"))
        #expect((found.line, found.column) == (5, 14))
        #expect(found.message == "'2027-02-30' is not a date written YYYY-MM-DD (e.g. 2027-03-01)")
    }

    @Test func aBadPathGlobIsAnErrorAtThePattern() throws {
        let found = try #require(error("  - rule: no-large-files\n    reason: r\n    owner: o\n    expires: 2027-01-01\n    paths: [\"data/[\"]\n"))
        #expect(found.line == 6)
    }

    @Test func anUnknownRuleInWaiversSuggestsTheClosest() throws {
        let found = try #require(error("  - {rule: no-large-file, reason: r, owner: o, expires: 2027-01-01}\n"))
        #expect(found.message == "'waivers' names rule 'no-large-file', which the profile does not have; did you mean 'no-large-files'?")
    }

    @Test func anUnknownKeyIsAnError() throws {
        let found = try #require(error("  - {rule: no-large-files, reason: r, owner: o, expires: 2027-01-01, until: 2028-01-01}\n"))
        #expect(found.message.contains("until"))
    }
}

@Suite struct CalendarDayTests {
    @Test func daysRoundTripThroughTheirText() {
        for text in ["1970-01-01", "2000-02-29", "2023-11-14", "2099-12-31", "1969-12-31", "2400-02-29"] {
            #expect(CalendarDay(text)?.description == text)
        }
        #expect(CalendarDay("2023-11-14")?.daysSinceEpoch == 19_675)
        #expect(CalendarDay(unixTime: 1_700_000_000) == CalendarDay("2023-11-14"))
        #expect(CalendarDay(unixTime: -1) == CalendarDay("1969-12-31"))
    }

    @Test func onlyRealDaysWrittenInFullAreDays() {
        for text in ["2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10", "2023-1-01", "23-01-01", "2023-01-01T00:00", "２０２３-01-01", ""] {
            #expect(CalendarDay(text) == nil, "\(text)")
        }
    }
}
