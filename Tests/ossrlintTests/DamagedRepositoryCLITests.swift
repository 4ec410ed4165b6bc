import Foundation
import Testing
import TestSupport

/// A repository that cannot be read is exit 3 with libgit2's reason, never "revision does not
/// exist" (exit 2, which tells the user their argument was wrong).
@Suite struct DamagedRepositoryCLITests {
    private func repository() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: CompleteOSSRRepository.files())
        return repository
    }

    private func lint(_ repository: TemporaryRepository) throws -> ProcessRunner.Result {
        try OSSRLintExecutable.run(["check"], in: repository.url)
    }

    @Test func aDeletedCommitIsADamagedRepository() throws {
        let repository = try repository()
        try FileManager.default.removeItem(at: repository.looseObjectURL(try repository.revParse("HEAD")))
        let result = try lint(repository)
        #expect(result.status == 3, "\(result.standardError)")
        #expect(result.standardError.hasPrefix("ossrlint: error: the repository is damaged: 'HEAD' cannot be read ("), "\(result.standardError)")
        #expect(result.standardError.contains("git fsck"))
    }

    @Test func aTruncatedPackIsADamagedRepository() throws {
        let repository = try repository()
        // pack-objects fed our own empty input, not `git gc`: gc's repack gives pack-objects
        // /dev/null as its input, and on some machines (CI's among them) /dev/null is a regular
        // file holding stray output, which pack-objects reads as revisions and fails on.
        _ = try repository.git(["pack-objects", "--all", "--quiet", ".git/objects/pack/pack"])
        _ = try repository.git("prune-packed")
        let packs = repository.url.appendingPathComponent(".git/objects/pack")
        let pack = try #require(try FileManager.default.contentsOfDirectory(atPath: packs.path).first { $0.hasSuffix(".pack") })
        let url = packs.appendingPathComponent(pack)
        let data = try Data(contentsOf: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        try data.prefix(data.count / 3).write(to: url)
        let result = try lint(repository)
        #expect(result.status == 3, "\(result.standardError)")
        #expect(!result.standardError.contains("does not exist"), "\(result.standardError)")
    }

    @Test func aMistypedRevisionIsStillTheUsersMistake() throws {
        let repository = try repository()
        let result = try OSSRLintExecutable.run(["check", "--rev", "no-such-branch"], in: repository.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("revision 'no-such-branch' does not exist"))
    }
}
