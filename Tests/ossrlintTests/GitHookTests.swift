import Foundation
import Testing
import TestSupport

/// `ossrlint check --staged` as a real git pre-commit hook: it judges exactly what the commit
/// will record, including the temporary index that `git commit -a` and `git commit PATH` stage
/// into and point hooks at with GIT_INDEX_FILE.
@Suite struct GitHookTests {
    /// A complete repository whose pre-commit hook runs ossrlint on the staged index with the
    /// default profile, as the README says to (release rules do not apply at the commit stage).
    private func repository() throws -> TemporaryRepository {
        let repository = try CompleteOSSRRepository.make()
        let executable = try #require(OSSRLintExecutable.url).path
        let hook = repository.url.appendingPathComponent(".git/hooks/pre-commit")
        try Data("#!/bin/sh\nexec '\(executable)' check --staged --quiet\n".utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        return repository
    }

    /// Runs `git commit ARGUMENTS` (hooks on) and tells whether the commit was recorded.
    private func commit(_ repository: TemporaryRepository, _ arguments: [String]) throws -> Bool {
        let before = try repository.revParse("HEAD")
        _ = try? repository.git(["commit", "--quiet", "-m", "change"] + arguments)
        return try repository.revParse("HEAD") != before
    }

    @Test func commitAllWithAnEmptiedLicenceIsBlocked() throws {
        let repository = try repository()
        try repository.write("LICENSE", "")
        #expect(try !commit(repository, ["-a"]), "the temporary index of 'git commit -a' holds the empty licence")
        try repository.write("LICENSE", CompleteOSSRRepository.mitLicence)
        try repository.write("README.md", "# skytool\n\nChanged.\n" + String(repeating: "Words of prose about the tool. ", count: 10))
        #expect(try commit(repository, ["-a"]), "a harmless change commits")
    }

    @Test func commitOfAPathWithAnEmptiedLicenceIsBlocked() throws {
        let repository = try repository()
        try repository.write("LICENSE", "")
        #expect(try !commit(repository, ["LICENSE"]))
    }

    @Test func aPlainCommitIsJudgedOnTheStagedIndex() throws {
        let repository = try repository()
        _ = try repository.git("rm", "--cached", "--quiet", "LICENSE")
        #expect(try !commit(repository, []))
        _ = try repository.git("add", "LICENSE")
        try repository.write("NOTES.md", "notes\n")
        _ = try repository.git("add", "NOTES.md")
        #expect(try commit(repository, []))
    }

    @Test func anAmendIsJudgedOnWhatItWillRecord() throws {
        let repository = try repository()
        try repository.write("LICENSE", "")
        #expect(try !commit(repository, ["--amend", "-a"]))
    }
}
