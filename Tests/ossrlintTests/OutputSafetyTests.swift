import Foundation
import Testing
import TestSupport

/// Files ossrlint writes are the ones the user named, never the target of a link a repository
/// put at that name.
@Suite struct OutputSafetyTests {
    private func repository() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: CompleteOSSRRepository.files())
        return repository
    }

    @Test func aReportIsNotWrittenThroughACommittedLink() throws {
        let repository = try repository()
        let victim = repository.root.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        try repository.symlink("ossrlint.xml", to: "../victim.txt")
        let result = try OSSRLintExecutable.run(["check", "--format", "junit=ossrlint.xml"], in: repository.url)
        #expect(result.status == 0 || result.status == 1, "\(result.standardError)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n", "the link's target is untouched")
        let written = repository.url.appendingPathComponent("ossrlint.xml")
        let attributes = try FileManager.default.attributesOfItem(atPath: written.path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular, "the link was replaced by the report")
        #expect(try String(contentsOf: written, encoding: .utf8).hasPrefix("<?xml"))
    }

    /// Two reports to one file kept only the last one written, silently.
    @Test(arguments: [["junit=out.xml", "json=out.xml"], ["json=out.json", "sarif=./reports/../out.json"]])
    func twoReportsNamingOneFileAreAUsageError(_ formats: [String]) throws {
        let repository = try repository()
        let result = try OSSRLintExecutable.run(["check"] + formats.flatMap { ["--format", $0] }, in: repository.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("name the same file; give each report its own path"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: repository.url.appendingPathComponent(String(formats[0].split(separator: "=")[1])).path))
    }

    @Test func aDanglingLinkDoesNotCreateAFileOutsideTheRepository() throws {
        let repository = try repository()
        let outside = repository.root.appendingPathComponent("created-outside.json")
        try repository.symlink("report.json", to: "../created-outside.json")
        let result = try OSSRLintExecutable.run(["check", "--format", "json=report.json"], in: repository.url)
        #expect(result.status == 0 || result.status == 1, "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: outside.path))
    }

    @Test func codemetaInitRefusesADanglingLinkAsOutput() throws {
        let repository = try repository()
        let outside = repository.root.appendingPathComponent("draft-outside.json")
        try repository.symlink("draft.json", to: "../draft-outside.json")
        let result = try OSSRLintExecutable.run(["codemeta", "init", "--output", "draft.json"], in: repository.url)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("ossrlint: error: cannot write the draft to 'draft.json': it exists."), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: outside.path))
    }

    @Test func aNewReportGetsTheUsualPermissions() throws {
        let repository = try repository()
        _ = try OSSRLintExecutable.run(["check", "--format", "json=fresh.json"], in: repository.url)
        let attributes = try FileManager.default.attributesOfItem(atPath: repository.url.appendingPathComponent("fresh.json").path)
        let permissions = try #require(attributes[.posixPermissions] as? Int)
        #expect(permissions & 0o044 != 0 || umaskHidesFilesFromOthers(), "readable by others unless the umask says otherwise")
    }

    private func umaskHidesFilesFromOthers() -> Bool {
        let mask = umask(0)
        umask(mask)
        return mask & 0o044 == 0o044
    }
}

/// Standard output and error that cannot be written: a message and exit 2, never a trap.
@Suite struct OutputFaultTests {
    /// Runs `ossrlint ARGUMENTS` through the shell with `redirections` applied, and returns its
    /// exit status and what it wrote to standard error (when that stays open).
    private func run(_ redirections: String, _ arguments: [String], in repository: TemporaryRepository) throws -> (status: Int32, standardError: String) {
        let executable = try #require(OSSRLintExecutable.url).path
        let script = "\"$0\" \"$@\" \(redirections)"
        let result = try ProcessRunner.run("/bin/sh", ["-c", script, executable] + arguments, in: repository.url)
        return (result.status, result.standardError)
    }

    private func repository() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: CompleteOSSRRepository.files())
        return repository
    }

    @Test(arguments: [">/dev/full", ">&-"])
    func aReportThatCannotReachStandardOutputExitsTwoSayingWhy(_ redirection: String) throws {
        let repository = try repository()
        for arguments in [["check"], ["check", "--format", "json"], ["ls"], ["rules"]] {
            let result = try run(redirection, arguments, in: repository)
            #expect(result.status == 2, "\(arguments) \(redirection): \(result.standardError)")
            #expect(result.standardError.contains("cannot write the report to standard output"), "\(result.standardError)")
            #expect(!result.standardError.contains("Fatal error") && !result.standardError.contains("backtrace"))
        }
    }

    @Test func theExitCodeIsRightWhenStandardErrorIsClosedToo() throws {
        let repository = try repository()
        #expect(try run(">/dev/full 2>&-", ["check"], in: repository).status == 2)
        // A finding with standard error closed: exit 1 still.
        try repository.delete("LICENSE")
        try repository.commit("Remove the licence")
        #expect(try run("2>&-", ["check", "--quiet"], in: repository).status == 1)
    }
}
