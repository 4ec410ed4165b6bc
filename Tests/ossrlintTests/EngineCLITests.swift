import Foundation
import Testing
import TestSupport

/// `ossrlint check`, `rules` and `explain` as a user runs them: exit codes, reports on standard
/// output and in files, and errors on standard error.
@Suite struct EngineCLITests {
    private func run(_ arguments: String..., in directory: URL) throws -> ProcessRunner.Result {
        try OSSRLintExecutable.run(arguments, in: directory)
    }

    /// A committed complete repository without `removed`, tagged v1.0.0.
    private func repository(removing removed: [String] = []) throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        var files = CompleteOSSRRepository.files()
        for path in removed { files[path] = nil }
        try repository.commit("Import", files: files)
        try repository.tag("v1.0.0", annotated: true)
        return repository
    }

    // MARK: exit codes

    @Test func aCompleteRepositoryExitsZero() throws {
        let repository = try repository()
        let result = try run("check", in: repository.url)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("license-file-present"))
        #expect(result.standardError == "")
    }

    @Test func timingsGoToStandardErrorAndLeaveTheReportUnchanged() throws {
        let repository = try repository()
        let plain = try run("check", "--format", "json", in: repository.url)
        let timed = try run("check", "--format", "json", "--timings", in: repository.url)
        #expect(timed.status == 0 && plain.status == 0)
        #expect(timed.standardOutput == plain.standardOutput)
        let lines = timed.standardError.split(separator: "\n").map(String.init)
        for phase in ["open and list the revision", "read the configuration and the rule set", "collect the facts the rules need", "evaluate the rules", "write the reports"] {
            #expect(lines.contains { $0.hasSuffix(" ms  " + phase) }, "no '\(phase)' line in:\n\(timed.standardError)")
        }
        let ruleLines = lines.drop { $0 != "rules, slowest first:" }.dropFirst()
        #expect(ruleLines.contains { $0.hasSuffix(" ms  license-file-present") })
        #expect(ruleLines.count == 45, "one line per rule of the OSSR profile")
    }

    /// A report that cannot be written is a configuration error that names the report, the
    /// path, the reason and what to check.
    @Test func aReportThatCannotBeWrittenExitsTwoSayingWhere() throws {
        let repository = try repository()
        let target = repository.root.appendingPathComponent("missing-folder/report.json").path
        let result = try run("check", "--format", "json=\(target)", in: repository.url)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("ossrlint: error: cannot write the json report to '\(target)': "), "\(result.standardError)")
        #expect(result.standardError.contains("Check that its folder exists"), "\(result.standardError)")
    }

    @Test func checkIsTheDefaultCommand() throws {
        let repository = try repository(removing: ["LICENSE"])
        #expect(try run(in: repository.url).status == 1)
    }

    @Test func anErrorFindingExitsOne() throws {
        let repository = try repository(removing: ["LICENSE"])
        let result = try run("check", repository.path, in: repository.root)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("license-file-present"))
    }

    @Test func failOnNeverExitsZeroDespiteFindings() throws {
        let repository = try repository(removing: ["LICENSE"])
        #expect(try run("check", "--fail-on", "never", in: repository.url).status == 0)
    }

    @Test func failOnWarningCountsWarningFindings() throws {
        let repository = try repository(removing: ["Dockerfile"])
        #expect(try run("check", in: repository.url).status == 0)
        #expect(try run("check", "--fail-on", "warning", in: repository.url).status == 1)
        #expect(try run("check", "--fail-on", "info", in: repository.url).status == 1)
    }

    @Test func anUnknownProfileExitsTwo() throws {
        let repository = try repository()
        let result = try run("check", "--profile", "nope", in: repository.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("no shipped rule set named 'nope'"))
    }

    @Test func anUnknownRevisionExitsTwo() throws {
        let repository = try repository()
        #expect(try run("check", "--rev", "v9.9.9", in: repository.url).status == 2)
    }

    @Test func aFolderThatIsNotARepositoryExitsThree() throws {
        let repository = try TemporaryRepository()
        let plain = repository.root.appendingPathComponent("home")
        let result = try run("check", plain.path, in: repository.root)
        #expect(result.status == 3, "\(result.standardError)")
        #expect(result.standardError.hasPrefix("ossrlint: error: "))
    }

    @Test func aBrokenRuleFileExitsTwoWithAPositionedError() throws {
        let repository = try repository()
        try repository.write("../my-rules.yml", "name: mine\nextends: [ossr]\noverride:\n  - id: no-large-file\n")
        let rules = repository.root.appendingPathComponent("my-rules.yml").path
        let result = try run("check", "--rules", rules, in: repository.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("\(rules):4:9: error: 'override' names rule 'no-large-file'"), "\(result.standardError)")
        #expect(result.standardOutput == "")
    }

    @Test func aBrokenConfigurationExitsTwo() throws {
        let repository = try TemporaryRepository()
        var files = CompleteOSSRRepository.files()
        files[".ossrlint.yml"] = "disable:\n  - rule: no-large-files\n"
        try repository.commit("Import", files: files)
        let result = try run("check", in: repository.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains(".ossrlint.yml:2:5: error: disabling rule 'no-large-files' needs a 'reason'"), "\(result.standardError)")
    }

    /// Help, a mistake or a completion script is answered in ArgumentParser's words with the
    /// documented exit codes; `--format=` once crashed the run instead.
    @Test func helpMistakesAndCompletionAreAnsweredByArgumentParser() throws {
        let directory = FileManager.default.temporaryDirectory
        let help = try run("check", "--help", in: directory)
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("USAGE: ossrlint check "), "\(help.standardOutput)")
        for mistake in [["check", "--bogus"], ["check", "--staged", "--worktree"], ["check", "--fail-on", "sometimes"], ["check", "--format="]] {
            let result = try OSSRLintExecutable.run(mistake, in: directory)
            #expect(result.status == 2, "\(mistake)")
            #expect(result.standardError.contains("Usage: ossrlint check "), "\(mistake): \(result.standardError)")
        }
        let completion = try run("check", "--generate-completion-script", "bash", in: directory)
        #expect(completion.status == 0)
        #expect(completion.standardOutput.contains("_ossrlint"))
    }

    @Test func profileAndRulesTogetherAreAUsageError() throws {
        let repository = try repository()
        #expect(try run("check", "--profile", "ossr", "--rules", "x.yml", in: repository.url).status != 0)
    }

    // MARK: reports

    @Test func aJUnitFileAndJSONOnStandardOutputAreWrittenTogether() throws {
        let repository = try repository(removing: ["Dockerfile"])
        let junit = repository.root.appendingPathComponent("report.xml")
        let result = try run("check", "--format", "junit=\(junit.path)", "--format", "json", in: repository.url)
        #expect(result.status == 0)
        let xml = try String(contentsOf: junit, encoding: .utf8)
        #expect(xml.contains("<testsuites"))
        #expect(xml.contains("container-recipe-present"))
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let results = try #require(json?["results"] as? [[String: Any]])
        #expect(results.contains { $0["rule"] as? String == "container-recipe-present" && $0["status"] as? String == "fail" })
        #expect(!result.standardOutput.contains("<testsuites"))
    }

    @Test func quietPrintsNothingOnACleanRepository() throws {
        let repository = try repository()
        let result = try run("check", "--quiet", in: repository.url)
        #expect(result.status == 0)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "")
    }

    @Test func quietStillPrintsFindings() throws {
        let repository = try repository(removing: ["LICENSE"])
        let result = try run("check", "--quiet", in: repository.url)
        #expect(result.standardOutput.contains("license-file-present"))
        #expect(!result.standardOutput.contains("gitignore-present"))
    }

    /// Warnings do not fail the run, so a quiet run prints none of them.
    @Test func quietPrintsNothingWhenOnlyWarningsAndInfoFail() throws {
        let repository = try repository(removing: ["CONTRIBUTING.md", "Dockerfile"])
        let full = try run("check", in: repository.url)
        #expect(full.status == 0 && full.standardOutput.contains("FAIL"), "the repository has non-error findings\n\(full.standardOutput)")
        let quiet = try run("check", "--quiet", in: repository.url)
        #expect(quiet.status == 0)
        #expect(quiet.standardOutput == "", "\(quiet.standardOutput)")
        let strict = try run("check", "--quiet", "--fail-on", "warning", in: repository.url)
        #expect(strict.status == 1)
        #expect(strict.standardOutput.contains("FAIL"), "at --fail-on warning they fail, and are printed")
    }

    /// A CI log still shows the verdict when every report goes to a file.
    @Test func theConsoleReportStillReachesTheLogWhenReportsGoToFiles() throws {
        let repository = try repository(removing: ["LICENSE"])
        let result = try run("check", "--format", "junit=report.xml", in: repository.url)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("FAIL    license-file-present (error)"), "\(result.standardOutput)")
        #expect(FileManager.default.fileExists(atPath: repository.url.appendingPathComponent("report.xml").path))
        let json = try run("check", "--format", "junit=report.xml", "--format", "json", in: repository.url)
        #expect(json.standardOutput.hasPrefix("{"), "a report on standard output replaces the console one")
    }

    @Test func stagedSeesAStagedOnlyLicence() throws {
        let repository = try repository(removing: ["LICENSE"])
        try repository.write("LICENSE", CompleteOSSRRepository.mitLicence)
        try repository.stage("LICENSE")
        #expect(try run("check", in: repository.url).status == 1)
        #expect(try run("check", "--staged", in: repository.url).status == 0)
    }

    // MARK: rules and explain

    @Test func rulesListsEveryRuleID() throws {
        let folder = try TemporaryRepository()
        let result = try run("rules", in: folder.root)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("ossr: 45 rules\n"))
        for id in ["license-file-present", "codemeta-present", "release-tag-semver", "no-private-keys", "no-binary-artifacts"] {
            #expect(result.standardOutput.contains("  \(id) "), "\(id)")
        }
    }

    /// The EVERSE profile: one rule per indicator rsfc checks offline, each citing it.
    @Test func theEVERSEProfileListsAndExplainsItsIndicators() throws {
        let folder = try TemporaryRepository()
        let rules = try run("rules", "--profile", "everse", in: folder.root)
        #expect(rules.status == 0, "\(rules.standardError)")
        #expect(rules.standardOutput.hasPrefix("everse: 12 rules\n"))
        for id in ["everse-software-has-license", "everse-repository-workflows", "everse-no-leaked-credentials"] {
            #expect(rules.standardOutput.contains("  \(id) "), "\(id)")
        }
        let explained = try run("explain", "--profile", "everse", "everse-software-tests", in: folder.root)
        #expect(explained.status == 0, "\(explained.standardError)")
        #expect(explained.standardOutput.contains("https://w3id.org/everse/i/indicators/software_tests"))
        #expect(explained.standardOutput.contains("Examples of 'tests-present'"))
    }

    @Test func explainPrintsTheRationaleAndTheCheckExamples() throws {
        let folder = try TemporaryRepository()
        let result = try run("explain", "license-file-present", in: folder.root)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("license-file-present: A licence file is present\n"))
        #expect(result.standardOutput.contains("Why\n  Every resource in the OSSR must carry a licence"))
        #expect(result.standardOutput.contains("How to comply\n"))
        #expect(result.standardOutput.contains("Examples of 'licence'"))
    }

    @Test func explainingAnUnknownRuleExitsTwoWithASuggestion() throws {
        let folder = try TemporaryRepository()
        let typo = try run("explain", "licence-file-present", in: folder.root)
        #expect(typo.status == 2)
        #expect(typo.standardError.contains("no rule 'licence-file-present' in ossr; did you mean 'license-file-present'?"))
        let nope = try run("explain", "nope", in: folder.root)
        #expect(nope.status == 2)
        #expect(nope.standardError == "ossrlint: error: no rule 'nope' in ossr (list them with 'ossrlint rules')\n")
    }
}
