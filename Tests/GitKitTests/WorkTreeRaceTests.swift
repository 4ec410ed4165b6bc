import Foundation
@testable import GitKit
import Testing
import TestSupport

/// A work-tree file swapped after the listing is never read outside the work tree, and never
/// blocks: the listing and the reads are separate moments, and anyone's checkout can change.
@Suite struct WorkTreeRaceTests {
    private func listed() throws -> (TemporaryRepository, RepositorySnapshot, SnapshotEntry, URL) {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: ["docs/notes.txt": "inside\n", "README.md": "x\n"])
        let outside = repository.root.appendingPathComponent("outside.txt")
        try Data("OUTSIDE SECRET\n".utf8).write(to: outside)
        let snapshot = try RepositorySnapshot(path: repository.path, source: .worktree)
        let entry = try #require(snapshot.entry(at: GitPath("docs/notes.txt")))
        return (repository, snapshot, entry, outside)
    }

    @Test func aFileSwappedForASymlinkIsNotFollowed() throws {
        let (repository, snapshot, entry, outside) = try listed()
        try repository.delete("docs/notes.txt")
        try FileManager.default.createSymbolicLink(atPath: repository.url.appendingPathComponent("docs/notes.txt").path, withDestinationPath: outside.path)
        #expect(throws: SnapshotReadError.self) { try snapshot.content(of: entry) }
    }

    @Test func aFolderSwappedForASymlinkIsNotFollowed() throws {
        let (repository, snapshot, entry, outside) = try listed()
        let elsewhere = repository.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: outside, to: elsewhere.appendingPathComponent("notes.txt"))
        try repository.delete("docs")
        try FileManager.default.createSymbolicLink(atPath: repository.url.appendingPathComponent("docs").path, withDestinationPath: elsewhere.path)
        #expect(throws: SnapshotReadError.self) { try snapshot.content(of: entry) }
    }

    @Test func aFileSwappedForAFIFOIsRefusedWithoutBlocking() throws {
        let (repository, snapshot, entry, _) = try listed()
        try repository.delete("docs/notes.txt")
        #expect(mkfifo(repository.url.appendingPathComponent("docs/notes.txt").path, 0o644) == 0)
        #expect(throws: SnapshotReadError.self) { try snapshot.content(of: entry) }
    }

    @Test func anUnchangedFileIsStillRead() throws {
        let (repository, snapshot, entry, _) = try listed()
        defer { withExtendedLifetime(repository) {} }
        #expect(try snapshot.content(of: entry) == Data("inside\n".utf8))
        #expect(try snapshot.size(of: entry) == 7)
    }
}
