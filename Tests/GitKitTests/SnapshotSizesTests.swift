import Foundation
import GitKit
import Testing
import TestSupport

/// Sizes read together (`sizes(of:)`) agree with sizes read one by one (`size(of:)`), and leave
/// to it whatever it must explain.
@Suite struct SnapshotSizesTests {
    @Test(arguments: [SnapshotSource.commit(revision: "HEAD"), .index, .worktree])
    func sizesReadTogetherAreThoseReadOneByOne(source: SnapshotSource) throws {
        let repo = try TemporaryRepository()
        try repo.write("empty", "")
        try repo.write("big.bin", String(repeating: "0123456789", count: 100_000))
        try repo.write("run.sh", "#!/bin/sh\n", executable: true)
        try repo.symlink("link", to: "run.sh")
        _ = try repo.nestRepository(in: "sub")
        try repo.commit("sizes")

        let snapshot = try repo.snapshot(source)
        let together = snapshot.sizes(of: snapshot.entries)
        #expect(together.count == snapshot.entries.count)
        for (entry, size) in zip(snapshot.entries, together) {
            if entry.kind == .submodule {
                #expect(size == nil, "a submodule has no content: size(of:) says so")
            } else if let size {
                #expect(size == (try snapshot.size(of: entry)), "\(entry.path.displayName)")
            } else {
                #expect(source == .worktree, "only work-tree files are left to size(of:)")
            }
        }
        if source != .worktree {
            #expect(together.map { $0 ?? -1 } == [1_000_000, 0, 6, 10, -1])
        }
        // Asked again, from the cache: the same.
        #expect(snapshot.sizes(of: snapshot.entries).map { $0 ?? -1 } == together.map { $0 ?? -1 })
    }

    @Test func aMissingBlobIsLeftToSizeOfWhichSaysItIsMissing() throws {
        let repo = try TemporaryRepository()
        try repo.write("LICENSE", "MIT\n")
        try repo.write("README.md", "# demo\n")
        try repo.commit("first")
        try FileManager.default.removeItem(at: repo.looseObjectURL(try repo.revParse("HEAD:LICENSE")))

        let snapshot = try repo.snapshot(.commit(revision: "HEAD"))
        #expect(snapshot.sizes(of: snapshot.entries) == [nil, 7])
        let licence = try #require(snapshot.entry("LICENSE"))
        #expect(throws: SnapshotReadError.missingObject(path: GitPath("LICENSE"), id: try #require(licence.objectID))) {
            try snapshot.size(of: licence)
        }
    }

    @Test func anotherSnapshotsEntriesAreLeftToSizeOf() throws {
        let repo = try TemporaryRepository()
        try repo.write("a.txt", "one\n")
        try repo.commit("first")
        try repo.write("a.txt", "one two\n")
        try repo.commit("second")
        let first = try repo.snapshot(.commit(revision: "HEAD~1"))
        let second = try repo.snapshot(.commit(revision: "HEAD"))
        // Same path and position, another blob: not this snapshot's entry to remember.
        #expect(second.sizes(of: first.entries) == [nil])
        #expect(try second.size(of: try #require(first.entries.first)) == 4)
        #expect(try second.size(of: try #require(second.entries.first)) == 8)
        #expect(second.sizes(of: second.entries) == [8])
    }
}
