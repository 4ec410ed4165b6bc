import Foundation
import Testing
import TestSupport

/// The files CI users include or copy — `Templates/gitlab-ci.yml`, `action.yml`, `Dockerfile` —
/// validate against the schemas their services publish (check-jsonschema's vendored copies), and
/// the commands their jobs run, read from the YAML as the services read it, do what the comments
/// promise on a real repository: a merge request fails only for what it introduced and leaves the
/// reports the widgets read; a tag is gated.
@Suite struct CIIntegrationTests {
    private static func file(_ name: String) -> String { PackageRoot.url.appendingPathComponent(name).path }

    private static func validate(_ file: String, builtinSchema: String) throws {
        let result = try ProcessRunner.run("/usr/bin/env", ["check-jsonschema", "--builtin-schema", builtinSchema, file], in: PackageRoot.url)
        #expect(result.status == 0, "check-jsonschema \(builtinSchema) \(file): \(result.standardOutput)\(result.standardError)")
    }

    /// The YAML document as JSON values, read by PyYAML (Scripts/install-test-tools.sh installs it).
    private static func yaml(_ file: String) throws -> [String: Any] {
        let script = "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))"
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, file], in: PackageRoot.url)
        try #require(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    /// Runs `script` with `sh -c` in the repository, `ossrlint` on PATH unless `withOSSRLint` is
    /// false, and `variables` as a CI service would set them.
    private static func shell(_ script: String, shell: String = "/bin/sh", in repository: TemporaryRepository, variables: [String: String], withOSSRLint: Bool = true) throws -> ProcessRunner.Result {
        var environment = repository.environment.merging(variables) { $1 }
        if withOSSRLint {
            let executable = try #require(OSSRLintExecutable.url)
            environment["PATH"] = executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        } else {
            environment["PATH"] = "/usr/bin:/bin"
        }
        environment["NO_COLOR"] = "1"
        return try ProcessRunner.run(shell, ["-c", script], in: repository.url, environment: environment)
    }

    /// A tagged base commit with an info finding (no contributing guide) and an error finding
    /// (an empty codemeta description); the change, committed on top, adds the guide and, with
    /// `introducingAKey`, a private key. Returns the repository and the base commit.
    private static func mergeRequest(introducingAKey: Bool) throws -> (TemporaryRepository, String) {
        let repository = try TemporaryRepository()
        var files = CompleteOSSRRepository.files()
        files["CONTRIBUTING.md"] = nil
        let description = #""description": "Reduces raw telescope exposures into calibrated images.""#
        files["codemeta.json"] = files["codemeta.json"]?.replacingOccurrences(of: description, with: #""description": """#)
        let base = try repository.commit("Base", files: files)
        try repository.tag("v1.0.0", annotated: true)
        var change = ["CONTRIBUTING.md": "# Contributing\n\nOpen a merge request.\n"]
        if introducingAKey {
            change["deploy/settings.cfg"] = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n"
        }
        try repository.commit("Change", files: change)
        return (repository, base)
    }

    // MARK: GitLab

    @Test func theGitLabTemplateValidates() throws {
        try Self.validate(Self.file("Templates/gitlab-ci.yml"), builtinSchema: "vendor.gitlab-ci")
    }

    private static func gitLabJob(_ name: String) throws -> (before: [String], script: [String], reports: [String: String], paths: [String]) {
        let template = try yaml(file("Templates/gitlab-ci.yml"))
        let hidden = try #require(template[".ossrlint"] as? [String: Any])
        let job = try #require(template[name] as? [String: Any], "no job '\(name)'")
        #expect(job["extends"] as? String == ".ossrlint")
        let artifacts = try #require(job["artifacts"] as? [String: Any])
        return (hidden["before_script"] as? [String] ?? [], job["script"] as? [String] ?? [],
                artifacts["reports"] as? [String: String] ?? [:], artifacts["paths"] as? [String] ?? [])
    }

    @Test func theMergeRequestJobFailsOnlyForWhatTheChangeIntroducedAndLeavesItsReports() throws {
        let job = try Self.gitLabJob("ossrlint-merge-request")
        let script = (job.before + job.script).joined(separator: "\n")
        for introducingAKey in [true, false] {
            let (repository, base) = try Self.mergeRequest(introducingAKey: introducingAKey)
            let result = try Self.shell(script, in: repository, variables: [
                "CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_DIFF_BASE_SHA": base, "OSSRLINT_IMAGE": "ossrlint",
            ])
            // The base's empty description is an error the change keeps: only the key is new.
            #expect(result.status == (introducingAKey ? 1 : 0), "\(result.standardOutput)\(result.standardError)")
            // Besides the key, the change's own commit is a new note (info): unreleased since v1.0.0.
            #expect(result.standardOutput.contains("This change fixes 1 finding and introduces \(introducingAKey ? 2 : 1) finding"), "\(result.standardOutput)")
            for report in Array(job.reports.values) + job.paths {
                #expect(FileManager.default.fileExists(atPath: repository.url.appendingPathComponent(report).path), "the job names '\(report)' but did not write it")
            }
            let codeQuality = try #require(job.reports["codequality"])
            let validated = try ProcessRunner.run("/usr/bin/env", ["check-jsonschema", "--schemafile", Self.file("Reports/codequality.schema.json"), codeQuality], in: repository.url)
            #expect(validated.status == 0, "\(validated.standardOutput)\(validated.standardError)")
            let junit = try #require(job.reports["junit"])
            let wellFormed = try ProcessRunner.run("/usr/bin/env", ["xmllint", "--noout", junit], in: repository.url)
            #expect(wellFormed.status == 0, "\(wellFormed.standardError)")
            let comment = try String(contentsOf: repository.url.appendingPathComponent("ossrlint.md"), encoding: .utf8)
            #expect(comment.contains("**This change fixes 1 finding"), "\(comment)")
            let issues = try String(contentsOf: repository.url.appendingPathComponent(codeQuality), encoding: .utf8)
            #expect(issues.contains("deploy/settings.cfg") == introducingAKey)
        }
    }

    @Test func theReleaseJobGatesATag() throws {
        let job = try Self.gitLabJob("ossrlint-release")
        let script = (job.before + job.script).joined(separator: "\n")
        let repository = try CompleteOSSRRepository.make()
        #expect(try repository.git("tag", "--points-at", "HEAD") == "v1.0.0\n")
        let passing = try Self.shell(script, in: repository, variables: ["CI_COMMIT_TAG": "v1.0.0", "OSSRLINT_IMAGE": "ossrlint"])
        #expect(passing.status == 0, "\(passing.standardOutput)\(passing.standardError)")
        #expect(passing.standardOutput.contains("release stage"), "\(passing.standardOutput)")

        try repository.delete("LICENSE")
        _ = try repository.commit("Drop the licence")
        try repository.tag("v1.0.1", annotated: true)
        let failing = try Self.shell(script, in: repository, variables: ["CI_COMMIT_TAG": "v1.0.1", "OSSRLINT_IMAGE": "ossrlint"])
        #expect(failing.status == 1, "\(failing.standardOutput)\(failing.standardError)")
        #expect(failing.standardOutput.contains("FAIL    license-file-present (error)"), "\(failing.standardOutput)")
    }

    @Test func aJobWhoseImageLacksOSSRLintSaysWhatToSet() throws {
        let job = try Self.gitLabJob("ossrlint-merge-request")
        let repository = try CompleteOSSRRepository.make()
        let result = try Self.shell((job.before + job.script).joined(separator: "\n"), in: repository,
                                    variables: ["OSSRLINT_IMAGE": "debian:12"], withOSSRLint: false)
        #expect(result.status == 2)
        #expect(result.standardError.contains("ossrlint is not in the image 'debian:12'; set OSSRLINT_IMAGE"), "\(result.standardError)")
    }

    // MARK: GitHub

    @Test func theActionValidates() throws {
        try Self.validate(Self.file("action.yml"), builtinSchema: "vendor.github-actions")
    }

    @Test func theActionsLintStepAnnotatesAndWritesSARIFAndFailsOnlyForNewFindings() throws {
        let action = try Self.yaml(Self.file("action.yml"))
        let steps = try #require((action["runs"] as? [String: Any])?["steps"] as? [[String: Any]])
        let lint = try #require(steps.first { $0["name"] as? String == "Lint" })
        let script = try #require(lint["run"] as? String)
        let names = Set((lint["env"] as? [String: String] ?? [:]).keys)
        #expect(names == ["OSSRLINT_RULES", "OSSRLINT_BASELINE", "OSSRLINT_FAIL_ON", "OSSRLINT_SARIF"], "the test sets these as the step's env does")
        for introducingAKey in [true, false] {
            let (repository, base) = try Self.mergeRequest(introducingAKey: introducingAKey)
            let result = try Self.shell(script, shell: "/bin/bash", in: repository, variables: [
                "OSSRLINT_RULES": "", "OSSRLINT_BASELINE": base, "OSSRLINT_FAIL_ON": "error", "OSSRLINT_SARIF": "ossrlint.sarif",
            ])
            #expect(result.status == (introducingAKey ? 1 : 0), "\(result.standardOutput)\(result.standardError)")
            let annotations = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("::error file=deploy/settings.cfg") }
            #expect(annotations.count == (introducingAKey ? 1 : 0), "\(result.standardOutput)")
            let sarif = try Data(contentsOf: repository.url.appendingPathComponent("ossrlint.sarif"))
            let log = try #require(try JSONSerialization.jsonObject(with: sarif) as? [String: Any])
            let results = (log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]] ?? []
            let new = results.filter { $0["baselineState"] as? String == "new" }
            #expect(new.filter { $0["level"] as? String == "error" }.map { $0["ruleId"] as? String } == (introducingAKey ? ["no-private-keys"] : []))
            #expect(new.filter { $0["level"] as? String != "error" }.map { $0["ruleId"] as? String } == ["release-unreleased-commits"])
        }
    }

    // MARK: the image

    /// OSSRLint passes its own container rule with the Dockerfile its CI users build. (No
    /// container engine runs on the test machines, so the image itself is not built here.)
    @Test func theDockerfileSatisfiesTheContainerRule() throws {
        let result = try OSSRLintExecutable.run(["check", "--worktree", "--format", "json", "."], in: PackageRoot.url)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any], "\(result.standardError)")
        let container = (report["results"] as? [[String: Any]] ?? []).first { $0["rule"] as? String == "container-recipe-present" }
        #expect(container?["status"] as? String == "pass", "\(String(describing: container))")
        let dockerfile = try String(contentsOfFile: Self.file("Dockerfile"), encoding: .utf8)
        #expect(dockerfile.contains("FROM ${SWIFT_IMAGE} AS build") && dockerfile.contains("FROM debian:bookworm-slim"))
    }
}
