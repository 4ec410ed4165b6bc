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

    /// As a user installs it: pre-commit from PyPI in a fresh virtualenv;
    /// `.pre-commit-config.yaml` names a hook repository by path and
    /// commit (a repository holding this package's `.pre-commit-hooks.yaml`, so the test does
    /// not depend on the package's own git state), `pre-commit install` writes the git hook, and
    /// `git commit` runs it: blocked when the commit drops the licence, allowed when it keeps it.
    @Test func theInstalledHookBlocksACommitWithoutALicenceAndAllowsOneWithIt() throws {
        let hooks = try TemporaryRepository()
        let manifest = try String(contentsOf: PackageRoot.url.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let revision = try hooks.commit("Hooks", files: [".pre-commit-hooks.yaml": manifest])

        let repository = try CompleteOSSRRepository.make()
        let home = repository.root.appendingPathComponent("pre-commit-home")
        let configuration = """
            repos:
              - repo: \(hooks.url.path)
                rev: \(revision)
                hooks:
                  - id: ossrlint
            """
        try repository.commit("Add the hook configuration", files: [".pre-commit-config.yaml": configuration + "\n"])
        // pre-commit from PyPI in a virtualenv of its own, as a user installs it.
        let venv = repository.root.appendingPathComponent("venv")
        let created = try ProcessRunner.run("/usr/bin/env", ["python3", "-m", "venv", venv.path], in: repository.root)
        try #require(created.status == 0, "\(created.standardError)")
        let pip = try ProcessRunner.run(venv.appendingPathComponent("bin/pip").path, ["install", "--quiet", "pre-commit"], in: repository.root)
        try #require(pip.status == 0, "\(pip.standardOutput)\(pip.standardError)")
        var installEnvironment = repository.environment
        installEnvironment["PRE_COMMIT_HOME"] = home.path
        let installed = try ProcessRunner.run(venv.appendingPathComponent("bin/pre-commit").path, ["install"], in: repository.url, environment: installEnvironment)
        try #require(installed.status == 0, "\(installed.standardOutput)\(installed.standardError)")

        let executable = try #require(OSSRLintExecutable.url)
        var environment = repository.environment
        environment["PATH"] = executable.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        environment["PRE_COMMIT_HOME"] = home.path
        environment["NO_COLOR"] = "1"
        func commit(_ message: String) throws -> ProcessRunner.Result {
            try ProcessRunner.run("/usr/bin/env", ["git", "-c", "commit.gpgsign=false", "commit", "-m", message], in: repository.url, environment: environment)
        }

        _ = try repository.git("rm", "--quiet", "LICENSE")
        let blocked = try commit("Drop the licence")
        #expect(blocked.status != 0, "\(blocked.standardOutput)\(blocked.standardError)")
        #expect((blocked.standardOutput + blocked.standardError).contains("FAIL    license-file-present (error)"), "\(blocked.standardOutput)\(blocked.standardError)")
        #expect(try repository.git("log", "--format=%s", "-1") == "Add the hook configuration\n", "the commit was not recorded")

        _ = try repository.git("checkout", "HEAD", "--", "LICENSE")
        try repository.write("README.md", try String(contentsOf: repository.url.appendingPathComponent("README.md"), encoding: .utf8) + "\nMore words.\n")
        _ = try repository.git("add", "README.md")
        let allowed = try commit("Extend the README")
        #expect(allowed.status == 0, "\(allowed.standardOutput)\(allowed.standardError)")
        #expect(try repository.git("log", "--format=%s", "-1") == "Extend the README\n")
    }
}
