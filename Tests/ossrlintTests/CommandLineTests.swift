import Foundation
import Testing
import TestSupport

@Suite struct CommandLineTests {
    /// A repository with `README.md` and `LICENSE` committed and tagged `v1.0` (annotated).
    private static func taggedRepository() throws -> (repo: TemporaryRepository, id: String) {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        try repo.write("LICENSE", "MIT\n")
        let id = try repo.commit("first")
        try repo.tag("v1.0", message: "release 1.0")
        return (repo, id)
    }

    private static func ossrlint(_ arguments: String..., in repo: TemporaryRepository, environment: [String: String]? = nil) throws -> ProcessRunner.Result {
        try OSSRLintExecutable.run(arguments, in: repo.root, environment: environment ?? repo.environment)
    }

    /// The `repository` object of a JSON report.
    private static func reportedRepository(_ result: ProcessRunner.Result) throws -> [String: Any]? {
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        return object?["repository"] as? [String: Any]
    }

    @Test func checkOfATagOfABareMirrorLintsThatCommit() throws {
        let (origin, id) = try Self.taggedRepository()
        let mirror = try TemporaryRepository(cloning: origin, arguments: ["--mirror"])
        let result = try Self.ossrlint("check", "--rev", "v1.0", "--format", "json", "--fail-on", "never", mirror.path, in: mirror)
        #expect(result.status == 0)
        let repository = try Self.reportedRepository(result)
        #expect(repository?["commit"] as? String == id)
        #expect(repository?["revision"] as? String == "v1.0")
        #expect(repository?["source"] as? String == "commit")
        #expect(result.standardError == "")
    }

    @Test func checkWithoutSubcommandChecksHeadOfTheCurrentRepository() throws {
        let (repo, id) = try Self.taggedRepository()
        let result = try OSSRLintExecutable.run(["--format", "json"], in: repo.url, environment: repo.environment)
        // The two-file repository misses required OSSR files: findings at error severity.
        #expect(result.status == 1)
        let repository = try Self.reportedRepository(result)
        #expect(repository?["commit"] as? String == id)
        #expect(repository?["revision"] as? String == "HEAD")
    }

    @Test func stagedOnABareRepositoryIsAConfigurationError() throws {
        let (origin, _) = try Self.taggedRepository()
        let mirror = try TemporaryRepository(cloning: origin, arguments: ["--mirror"])
        let result = try Self.ossrlint("check", "--staged", mirror.path, in: mirror)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "ossrlint: error: a bare repository has no index; lint a commit with --rev instead\n")
    }

    @Test func pathOutsideAnyRepositoryExitsWithThree() throws {
        let repo = try TemporaryRepository()
        let plain = repo.root.appendingPathComponent("home").path
        let result = try Self.ossrlint("check", plain, in: repo)
        #expect(result.status == 3)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("ossrlint: error: '\(plain)' is not inside a git repository"))
    }

    @Test func unknownRevisionExitsWithTwoAndNamesIt() throws {
        let (repo, _) = try Self.taggedRepository()
        let result = try Self.ossrlint("check", "--rev", "nope", repo.path, in: repo)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("ossrlint: error: revision 'nope' does not exist"))
    }

    @Test func unbornHeadExitsWithTwoAndSuggestsStaged() throws {
        let repo = try TemporaryRepository()
        let result = try Self.ossrlint("check", repo.path, in: repo)
        #expect(result.status == 2)
        #expect(result.standardError.contains("unborn branch 'main'"))
        #expect(result.standardError.contains("--staged"))
    }

    @Test func twoSourcesAtOnceAreRejected() throws {
        let (repo, _) = try Self.taggedRepository()
        let result = try Self.ossrlint("check", "--staged", "--worktree", repo.path, in: repo)
        #expect(result.status != 0)
        #expect(result.standardError.contains("choose one of --rev, --staged and --worktree"))
    }

    @Test func listShowsKindsSizesAndQuotedNames() throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        try repo.write("run.sh", "#!/bin/sh\n", executable: true)
        try repo.symlink("link", to: "README.md")
        try repo.write(bytes: [0x6E, 0xFF, 0x09], Data("x".utf8))
        try repo.commit("first")
        let result = try Self.ossrlint("ls", "--sizes", repo.path, in: repo)
        #expect(result.status == 0)
        #expect(result.standardOutput == "file\t7\tREADME.md\nsymlink\t9\tlink\nfile\t1\t\"n\\377\\t\"\nexecutable\t10\trun.sh\n")
        #expect(result.standardError == "")
    }

    @Test func listWarnsAboutAMissingBlobAndStillSucceeds() throws {
        let (repo, _) = try Self.taggedRepository()
        let blob = try repo.revParse("HEAD:LICENSE")
        try FileManager.default.removeItem(at: repo.looseObjectURL(blob))
        let result = try Self.ossrlint("ls", "--sizes", repo.path, in: repo)
        #expect(result.status == 0)
        #expect(result.standardOutput == "file\t?\tLICENSE\nfile\t7\tREADME.md\n")
        #expect(result.standardError.hasPrefix("ossrlint: warning: blob \(blob.prefix(7)) of 'LICENSE' is missing"))
    }

    @Test func globalGitConfigurationDoesNotHideWorkTreeFiles() throws {
        let repo = try TemporaryRepository()
        try repo.write("LICENSE", "MIT\n")
        try repo.commit("first")
        try repo.write("README.md", "# demo\n")
        let home = repo.root.appendingPathComponent("user-home")
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".config/git"), withIntermediateDirectories: true)
        try Data("README.md\n".utf8).write(to: home.appendingPathComponent("global-ignore"))
        try Data("[core]\n\texcludesFile = \(home.path)/global-ignore\n".utf8).write(to: home.appendingPathComponent(".gitconfig"))
        try Data("README.md\n".utf8).write(to: home.appendingPathComponent(".config/git/ignore"))
        var environment = repo.environment
        environment["HOME"] = home.path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent(".config").path

        // git with this HOME does hide README.md, so the test shows ossrlint's policy.
        let gitSees = try repo.git(["ls-files", "--cached", "--others", "--exclude-standard"], environment: ["HOME": home.path])
        #expect(gitSees == "LICENSE\n")
        let result = try OSSRLintExecutable.run(["ls", "--worktree"], in: repo.url, environment: environment)
        #expect(result.status == 0)
        #expect(result.standardOutput == "file\tLICENSE\nfile\tREADME.md\n")
    }
}
