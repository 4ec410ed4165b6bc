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
