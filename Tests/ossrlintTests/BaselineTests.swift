import Foundation
import Testing
import TestSupport

/// `--baseline`: what a change fixed and introduced against its target, in every format, and
/// `--fail-on-new` failing only for what the change introduced.
@Suite struct BaselineTests {
    private static let key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n"

    /// A tagged repository whose HEAD lacks a contributing guide (an info finding) and has an
    /// empty codemeta description (an error finding the change keeps). The change, staged and
    /// linted with --staged, adds the guide and, with `withKey`, a private key in a .cfg file.
    private func repository(withKey: Bool) throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        var files = CompleteOSSRRepository.files()
        files["CONTRIBUTING.md"] = nil
        let description = #""description": "Reduces raw telescope exposures into calibrated images.""#
        #expect(files["codemeta.json"]?.contains(description) == true)
        files["codemeta.json"] = files["codemeta.json"]?.replacingOccurrences(of: description, with: #""description": """#)
        try repository.commit("Base", files: files)
        try repository.tag("v1.0.0", annotated: true)
        try repository.write("CONTRIBUTING.md", "# Contributing\n\nOpen a merge request.\n")
        if withKey { try repository.write("deploy/settings.cfg", Self.key) }
        _ = try repository.git("add", "-A")
        return repository
    }

    private func run(_ repository: TemporaryRepository, _ arguments: String...) throws -> ProcessRunner.Result {
        try OSSRLintExecutable.run(["check", "--staged", "--baseline", "HEAD"] + arguments, in: repository.url)
    }

    @Test func everyFormatReportsOneNewAndOneFixed() throws {
        let repository = try repository(withKey: true)
        let console = try run(repository)
        #expect(console.standardOutput.contains("This change fixes 1 finding and introduces 1 finding (compared with HEAD "), "\(console.standardOutput)")
        #expect(console.standardOutput.contains("FIXED   contributing-present (info)"))
        #expect(console.standardOutput.contains("no-private-keys (error, new)"))

        let json = try run(repository, "--format", "json")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let comparison = try #require(report["comparison"] as? [String: Any])
        #expect(comparison["new"] as? [String] == ["no-private-keys"])
        #expect((comparison["fixed"] as? [[String: Any]])?.map { $0["rule"] as? String } == ["contributing-present"])
        let results = report["results"] as? [[String: Any]] ?? []
        #expect(results.compactMap { $0["change"] as? String }.filter { $0 == "new" }.count == 1)
        let required = results.first { $0["rule"] as? String == "codemeta-required" }
        #expect(required?["status"] as? String == "fail" && required?["change"] as? String == "unchanged")

        let markdown = try run(repository, "--format", "markdown")
        #expect(markdown.standardOutput.contains("**This change fixes 1 finding and introduces 1 finding** compared with `HEAD`"), "\(markdown.standardOutput)")
        #expect(markdown.standardOutput.components(separatedBy: "- 🆕 new ").count - 1 == 1)
        #expect(markdown.standardOutput.components(separatedBy: "- ✅ fixed ").count - 1 == 1)

        let junit = try run(repository, "--format", "junit")
        #expect(junit.standardOutput.components(separatedBy: #"message="new: "#).count - 1 == 1)
        #expect(junit.standardOutput.components(separatedBy: "<system-out>fixed by this change: ").count - 1 == 1)

        let sarif = try run(repository, "--format", "sarif")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any])
        let sarifRun = try #require((log["runs"] as? [[String: Any]])?.first)
        let states = (sarifRun["results"] as? [[String: Any]] ?? []).map { ($0["ruleId"] as? String ?? "", $0["baselineState"] as? String ?? "") }
        #expect(states.filter { $0.1 == "new" }.map(\.0) == ["no-private-keys"])
        #expect(states.contains { $0 == ("codemeta-required", "unchanged") })
        #expect(((sarifRun["properties"] as? [String: Any])?["baseline"] as? [String: Any])?["fixed"] as? [String] == ["contributing-present"])

        let github = try run(repository, "--format", "github")
        let new = github.standardOutput.split(separator: "\n").filter { $0.contains("::new: ") }.map(String.init)
        #expect(new.count == 1, "\(github.standardOutput)")
        #expect(new.first?.hasPrefix("::error file=deploy/settings.cfg") == true, "\(github.standardOutput)")
    }

    @Test func failOnNewFailsOnlyForWhatTheChangeIntroduced() throws {
        let clean = try repository(withKey: false)
        #expect(try run(clean).status == 1, "the unchanged error finding fails a plain run")
        #expect(try run(clean, "--fail-on-new").status == 0, "but it is not new")
        let withKey = try repository(withKey: true)
        #expect(try run(withKey, "--fail-on-new").status == 1, "the private key is new")
    }

    @Test func failOnNewWithoutABaselineIsAUsageError() throws {
        let repository = try repository(withKey: false)
        let result = try OSSRLintExecutable.run(["check", "--fail-on-new"], in: repository.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("--fail-on-new needs --baseline"))
    }
}
