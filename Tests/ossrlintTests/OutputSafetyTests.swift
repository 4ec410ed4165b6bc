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
