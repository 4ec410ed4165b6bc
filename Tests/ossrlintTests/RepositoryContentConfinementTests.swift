import Foundation
import Testing
import TestSupport

/// What a repository's own `.ossrlint.yml` names is read from the linted revision, never from
/// the disk of the machine running the lint: in CI, the repository is anyone's change.
@Suite struct RepositoryContentConfinementTests {
    /// A secret in the environment, as a CI job has tokens; no output may ever show it.
    private static let secret = "ossrlint-test-secret-\(UInt64.random(in: 1...UInt64.max))"

    private func lint(_ repository: TemporaryRepository, _ arguments: String...) throws -> ProcessRunner.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["CI_JOB_TOKEN"] = Self.secret
        return try OSSRLintExecutable.run(["check"] + arguments, in: repository.url, environment: environment)
    }

    private func repository(configuration: String, files: [String: String] = [:]) throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        var all = CompleteOSSRRepository.files()
        all[".ossrlint.yml"] = configuration
        all.merge(files) { _, new in new }
        try repository.commit("Import", files: all)
        return repository
    }

    @Test(arguments: ["/proc/self/environ", "/etc/passwd", "~/.ssh/id_rsa.yml", "../../outside.yml", "docs/../../outside.yml"])
    func aProfileOutsideTheRepositoryIsRefusedAtItsLine(_ profile: String) throws {
        let repository = try repository(configuration: "severity: {}\nprofile: \(profile)\n")
        let result = try lint(repository)
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.hasPrefix(".ossrlint.yml:2:10: error: "), "\(result.standardError)")
        #expect(result.standardError.contains("repository"), "\(result.standardError)")
        #expect(!result.standardError.contains(Self.secret) && !result.standardOutput.contains(Self.secret))
        #expect(!result.standardError.contains("root:x:0:0"), "no line of a file outside the revision is echoed")
    }

    @Test func aProfileInsideTheRevisionIsReadFromGitNotFromTheDisk() throws {
        let custom = """
            name: custom
            description: the project's own rules
            categories: [{id: docs, title: Documentation}]
            rules:
              - id: has-release-notes
                title: Release notes exist
                category: docs
                severity: error
                check: path-exists
                options: {paths: ["RELEASE-NOTES*"]}
                rationale: people read it
                remediation: write one
            """
        let repository = try repository(configuration: "profile: rules/custom.yml\n", files: ["rules/custom.yml": custom])
        // The work tree's copy says something else; a lint of the commit must not see it.
        try repository.write("rules/custom.yml", "name: [broken\n")
        let result = try lint(repository, "--format", "json")
        #expect(result.status == 1, "no RELEASE-NOTES: the committed custom rule fails\n\(result.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(report?["profile"] as? String == "custom")
    }

    @Test func anExtendsInARevisionRuleFileCannotLeaveTheRepository() throws {
        let custom = "name: custom\ndescription: x\nextends: [/etc/passwd]\n"
        let repository = try repository(configuration: "profile: rules/custom.yml\n", files: ["rules/custom.yml": custom])
        let result = try lint(repository)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("rules/custom.yml:3:11: error: '/etc/passwd' is outside the repository"), "\(result.standardError)")
        #expect(!result.standardError.contains("root:x:0:0"))
    }

    @Test func aRuleFileOnTheCommandLineIsStillReadFromDisk() throws {
        let repository = try repository(configuration: "profile: ossr\n")
        let rules = repository.root.appendingPathComponent("mine.yml")
        try Data(contentsOf: PackageRoot.url.appendingPathComponent("Rules/ossr.yml")).write(to: rules)
        let result = try lint(repository, "--rules", rules.path)
        #expect(result.status == 1 || result.status == 0, "\(result.standardError)")
        #expect(result.standardError == "")
    }
}

/// YAML from the repository (`.ossrlint.yml`, CITATION.cff, files a rule reads) cannot hang or
/// exhaust a run through aliases.
@Suite struct HostileYAMLTests {
    /// `ossrlint ARGUMENTS` under a 20-second `timeout`: a hang is exit 124, not a stuck suite.
    private func lint(_ repository: TemporaryRepository, _ arguments: [String] = ["check"]) throws -> ProcessRunner.Result {
        let executable = try #require(OSSRLintExecutable.url).path
        return try ProcessRunner.run("/usr/bin/timeout", ["20", executable] + arguments, in: repository.url)
    }

    private static let laughs: String = {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", "))]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    private func repository(_ files: [String: String]) throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: CompleteOSSRRepository.files().merging(files) { _, new in new })
        return repository
    }

    @Test func anAliasBombInTheConfigurationIsAPositionedError() throws {
        let result = try lint(try repository([".ossrlint.yml": "exclude: []\n" + Self.laughs]))
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.hasPrefix(".ossrlint.yml:"), "\(result.standardError)")
    }

    @Test func anAliasedKeyInTheConfigurationIsRefusedNotHung() throws {
        let yaml = Self.laughs + "? *a9\n: 1\n"
        let result = try lint(try repository([".ossrlint.yml": yaml]))
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.hasPrefix(".ossrlint.yml:11:3: error: an alias is used as a mapping key"), "\(result.standardError)")
    }

    /// CITATION.cff is read three ways (validation, declared version, declared licence); the
    /// licence reader used Yams' decoder, which never returned from this file (`license` and
    /// `check` ran into the 20-second timeout).
    @Test(arguments: [["check", "--format", "json"], ["license", "--format", "json"]])
    func aCitationFileWithAnAliasedKeyIsRefusedByEveryReader(_ arguments: [String]) throws {
        let citation = "cff-version: 1.2.0\nmessage: x\nlicense: MIT\n" + Self.laughs + "? *a9\n: 1\n"
        let result = try lint(try repository(["CITATION.cff": citation]), arguments)
        #expect(result.status <= 1, "\(result.standardError)")
        #expect(result.standardOutput.contains("an alias is used as a mapping key"), "\(result.standardOutput)")
    }

    @Test func aYAMLBombReadByARuleIsAFindingNotAHang() throws {
        let rules = """
            extends: [ossr]
            name: mine
            description: the OSSR profile and a key rule
            rules:
              - id: config-has-name
                title: config.yml names the project
                category: metadata
                severity: error
                check: key-present
                options: {path: config.yml, keys: [name]}
                rationale: x
                remediation: y
              - id: config-is-yaml
                title: config.yml is YAML
                category: metadata
                severity: error
                check: yaml-valid
                options: {paths: [config.yml]}
                rationale: x
                remediation: y
            """
        let repository = try repository(["config.yml": Self.laughs + "name: x\n", "rules.yml": rules])
        let result = try lint(repository, ["check", "--rules", repository.url.appendingPathComponent("rules.yml").path, "--format", "json"])
        #expect(result.status == 1, "\(result.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let results = report?["results"] as? [[String: Any]] ?? []
        let status = Dictionary(uniqueKeysWithValues: results.map { ($0["rule"] as? String ?? "", $0["status"] as? String ?? "") })
        #expect(status["config-has-name"] == "fail")
        #expect(status["config-is-yaml"] == "fail")
    }
}

/// A file over a read limit is its own finding, never parsed in part.
@Suite struct ReadLimitTests {
    @Test func aCodeMetaFileOverTheLimitIsReportedAsSuchNotAsBrokenJSON() throws {
        let repository = try TemporaryRepository()
        let padding = String(repeating: "x", count: 6 << 20)
        var files = CompleteOSSRRepository.files()
        files["codemeta.json"] = #"{"name": "skytool", "description": ""# + padding + #""}"# + "\n"
        try repository.commit("Import", files: files)
        let result = try OSSRLintExecutable.run(["check", "--format", "json"], in: repository.url)
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let results = (report?["results"] as? [[String: Any]]) ?? []
        let valid = try #require(results.first { $0["rule"] as? String == "codemeta-valid-json" })
        #expect(valid["status"] as? String == "error")
        #expect((valid["message"] as? String)?.contains("6.0 MiB; files over 4.0 MiB are not checked") == true, "\(valid)")
    }

    @Test func aConfigurationOverTheLimitIsAnErrorNotCutShort() throws {
        let repository = try TemporaryRepository()
        var files = CompleteOSSRRepository.files()
        files[".ossrlint.yml"] = String(repeating: "# padding\n", count: 150_000) + "disable:\n  - rule: no-large-files\n    reason: x\n"
        try repository.commit("Import", files: files)
        let result = try OSSRLintExecutable.run(["check"], in: repository.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains(".ossrlint.yml: error: the configuration is 1.4 MiB; a configuration over 1.0 MiB is not read"), "\(result.standardError)")
    }
}
