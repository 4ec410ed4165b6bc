import Foundation
import Testing
import TestSupport

/// The moment a lint runs at decides which rules apply: a first commit can pass its hook, a
/// tag is the release gate.
@Suite struct StageTests {
    private func report(_ result: ProcessRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any], "\(result.standardOutput)\(result.standardError)")
    }

    private func status(of rule: String, in report: [String: Any]) -> String? {
        (report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == rule }?["status"] as? String
    }

    /// A new project staging its first commit: a licence, a README, metadata, no tag possible.
    @Test func theFirstCommitOfACompliantProjectPassesAtTheCommitStage() throws {
        let repository = try TemporaryRepository()
        try repository.write(CompleteOSSRRepository.files())
        _ = try repository.git("add", "-A")
        let result = try OSSRLintExecutable.run(["check", "--staged", "--format", "json"], in: repository.url)
        #expect(result.status == 0, "\(result.standardOutput)")
        let report = try report(result)
        #expect(report["stage"] as? String == "commit")
        #expect(status(of: "release-tag-present", in: report) == "not-applicable")
        let message = (report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "release-tag-present" }?["message"] as? String
        #expect(message == "not checked at the commit stage (it applies at: merge-request, release)")
        // The same files linted as a change under review: the missing tag is an error there.
        let review = try OSSRLintExecutable.run(["check", "--staged", "--stage", "merge-request", "--format", "json"], in: repository.url)
        #expect(review.status == 1)
        #expect(status(of: "release-tag-present", in: try self.report(review)) == "fail")
    }

    @Test func aTagIsLintedAtTheReleaseStage() throws {
        let repository = try CompleteOSSRRepository.make()
        try repository.tag("v9.9.9", annotated: true)
        let tagged = try report(try OSSRLintExecutable.run(["check", "--rev", "v9.9.9", "--format", "json"], in: repository.url))
        #expect(tagged["stage"] as? String == "release")
        #expect(status(of: "release-unreleased-commits", in: tagged) == "not-applicable")
        let branch = try report(try OSSRLintExecutable.run(["check", "--rev", "main", "--format", "json"], in: repository.url))
        #expect(branch["stage"] as? String == "merge-request")
        var environment = ProcessInfo.processInfo.environment
        environment["CI_COMMIT_TAG"] = "v9.9.9"
        let ci = try OSSRLintExecutable.run(["check", "--format", "json"], in: repository.url, environment: environment)
        #expect(try report(ci)["stage"] as? String == "release", "GitLab CI building a tag")
    }

    @Test func anUnknownStageInARuleFileIsAPositionedError() throws {
        let repository = try CompleteOSSRRepository.make()
        let rules = repository.root.appendingPathComponent("rules.yml")
        try Data("""
            name: x
            description: y
            categories: [{id: docs, title: Docs}]
            rules:
              - id: readme
                title: README
                category: docs
                severity: error
                stages: {push: "off"}
                check: path-exists
                options: {paths: [README*]}
                rationale: r
                remediation: m
            """.utf8).write(to: rules)
        let result = try OSSRLintExecutable.run(["check", "--rules", rules.path], in: repository.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("rules.yml:9:14: error: stage 'push' is not one of: commit, merge-request, release"), "\(result.standardError)")
    }

    /// A repository changes where a profile rule applies in its own `.ossrlint.yml`: here a
    /// project that wants its merge requests to ignore the missing tag and its commits to
    /// refuse a missing contributing guide.
    @Test func theRepositorysConfigurationChangesARulesStages() throws {
        let repository = try TemporaryRepository()
        var files = CompleteOSSRRepository.files()
        files["CONTRIBUTING.md"] = nil
        files[".ossrlint.yml"] = """
            profile: ossr
            severity: {contributing-present: warning}
            stages:
              release-tag-present: {merge-request: "off"}
              contributing-present: {commit: error}
            """
        try repository.commit("Import", files: files)
        let review = try report(try OSSRLintExecutable.run(["check", "--stage", "merge-request", "--format", "json"], in: repository.url))
        #expect(status(of: "release-tag-present", in: review) == "not-applicable")
        let reviewed = (review["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "contributing-present" }
        #expect(reviewed?["severity"] as? String == "warning", "the severity change holds where no stage is named")
        let commit = try OSSRLintExecutable.run(["check", "--stage", "commit", "--format", "json"], in: repository.url)
        #expect(commit.status == 1, "\(commit.standardOutput)")
        let committed = (try report(commit)["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "contributing-present" }
        #expect(committed?["severity"] as? String == "error" && committed?["status"] as? String == "fail")
    }

    @Test func aStageChangeForAnUnknownRuleIsAPositionedError() throws {
        let repository = try CompleteOSSRRepository.make()
        try repository.commit("Configure", files: [".ossrlint.yml": "profile: ossr\nstages:\n  release-tag-presnt: {commit: \"off\"}\n"])
        let result = try OSSRLintExecutable.run(["check"], in: repository.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains(".ossrlint.yml:3:3: error: 'stages' names rule 'release-tag-presnt', which the profile does not have; did you mean 'release-tag-present'?"), "\(result.standardError)")
    }
}
