import Foundation
import GitKit
import Testing
import TestSupport

@Suite struct EntryKindTests {
    /// A file, an executable, a symlink and a submodule (a nested repository added as a gitlink).
    private static func oneOfEachKind() throws -> (repo: TemporaryRepository, submoduleCommit: String) {
        let repo = try TemporaryRepository()
        try repo.write("plain.txt", "plain\n")
        try repo.write("run.sh", "#!/bin/sh\necho hi\n", executable: true)
        try repo.symlink("link", to: "plain.txt")
        let submoduleCommit = try repo.nestRepository(in: "sub")
        try repo.commit("kinds")
        return (repo, submoduleCommit)
    }

    @Test(arguments: [SnapshotSource.commit(revision: "HEAD"), .index, .worktree])
    func fileModesBecomeEntryKinds(source: SnapshotSource) throws {
        let (repo, submoduleCommit) = try Self.oneOfEachKind()
        #expect(try repo.git("ls-files", "-s", "sub").hasPrefix("160000 \(submoduleCommit)"))

        let snapshot = try repo.snapshot(source)
        #expect(snapshot.displayNames == ["link", "plain.txt", "run.sh", "sub"])
        #expect(snapshot.entry("plain.txt")?.kind == .file)
        #expect(snapshot.entry("run.sh")?.kind == .executable)
        #expect(snapshot.entry("link")?.kind == .symlink)
        #expect(snapshot.entry("sub")?.kind == .submodule)
        #expect(snapshot.entry("sub")?.objectID?.hex == submoduleCommit)
    }

    @Test(arguments: [SnapshotSource.commit(revision: "HEAD"), .index, .worktree])
    func symlinkContentIsItsTargetAndSubmoduleHasNone(source: SnapshotSource) throws {
        let (repo, _) = try Self.oneOfEachKind()
        let snapshot = try repo.snapshot(source)
        let link = try #require(snapshot.entry("link"))
        #expect(try snapshot.content(of: link) == Data("plain.txt".utf8))
        #expect(try snapshot.size(of: link) == 9)
        #expect(try snapshot.text("run.sh") == "#!/bin/sh\necho hi\n")

        let submodule = try #require(snapshot.entry("sub"))
        #expect(!submodule.kind.hasContent)
        #expect(throws: SnapshotReadError.noContent(path: GitPath("sub"), kind: .submodule)) { try snapshot.content(of: submodule) }
        #expect(throws: SnapshotReadError.noContent(path: GitPath("sub"), kind: .submodule)) { try snapshot.size(of: submodule) }
    }

    @Test func uninitialisedSubmoduleOfACloneIsStillASubmoduleInTheWorkTree() throws {
        let (origin, submoduleCommit) = try Self.oneOfEachKind()
        let clone = try TemporaryRepository(cloning: origin)
        let sub = try FileManager.default.contentsOfDirectory(atPath: clone.url.appendingPathComponent("sub").path)
        #expect(sub.isEmpty)
        let snapshot = try clone.snapshot(.worktree)
        #expect(snapshot.displayNames == ["link", "plain.txt", "run.sh", "sub"])
        #expect(snapshot.entry("sub")?.kind == .submodule)
        #expect(snapshot.entry("sub")?.objectID?.hex == submoduleCommit)
    }

    @Test func contentIsCutAtTheLimitAndSizesAreRemembered() throws {
        let repo = try TemporaryRepository()
        try repo.write("data.txt", "0123456789")
        try repo.commit("data")
        for source in [SnapshotSource.commit(revision: "HEAD"), .index, .worktree] {
            let snapshot = try repo.snapshot(source)
            let entry = try #require(snapshot.entry("data.txt"))
            #expect(try snapshot.content(of: entry, limit: 4) == Data("0123".utf8))
            #expect(try snapshot.size(of: entry) == 10)
            #expect(try snapshot.size(of: entry) == 10)
        }
    }
}
