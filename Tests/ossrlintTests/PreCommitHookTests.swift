import Foundation
import Testing
import TestSupport

/// The hook manifest, checked and run by the real `pre-commit` (installed by
/// Scripts/install-test-tools.sh): it validates, passes on a complete repository's staged index,
/// and fails, printing the finding, when the staged index loses the licence.
@Suite struct PreCommitHookTests {
    private static func preCommit(_ arguments: [String], in folder: URL, home: URL) throws -> ProcessRunner.Result {
        let executable = try #require(OSSRLintExecutable.url, "run 'swift build' first")
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["PRE_COMMIT_HOME"] = home.path
        environment["NO_COLOR"] = "1"
        return try ProcessRunner.run("/usr/bin/env", ["pre-commit"] + arguments, in: folder, environment: environment)
    }

    @Test func theManifestIsValid() throws {
        let folder = try TemporaryRepository()
        let result = try Self.preCommit(["validate-manifest", PackageRoot.url.appendingPathComponent(".pre-commit-hooks.yaml").path], in: folder.root, home: folder.root)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }

    @Test func theHookPassesACompleteStagedIndexAndFailsWhenTheLicenceIsUnstaged() throws {
        let repository = try CompleteOSSRRepository.make()
        let home = repository.root.appendingPathComponent("pre-commit-home")
        let clean = try Self.preCommit(["try-repo", PackageRoot.url.path, "ossrlint"], in: repository.url, home: home)
        #expect(clean.status == 0, "\(clean.standardOutput)\(clean.standardError)")
        #expect(clean.standardOutput.contains("Passed"), "\(clean.standardOutput)")

        _ = try repository.git("rm", "--cached", "--quiet", "LICENSE")
        let broken = try Self.preCommit(["try-repo", PackageRoot.url.path, "ossrlint"], in: repository.url, home: home)
        #expect(broken.status == 1, "\(broken.standardOutput)\(broken.standardError)")
        #expect(broken.standardOutput.contains("FAIL    license-file-present (error)"), "\(broken.standardOutput)")
    }
}
