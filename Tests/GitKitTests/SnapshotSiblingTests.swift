import Foundation
import GitKit
import Testing
import TestSupport

/// A snapshot taken up on another thread through a second handle (`RepositorySnapshot.sibling`)
/// has the same entries and reads the same contents, sizes and tags, without listing again.
@Suite struct SnapshotSiblingTests {
    private func repository() throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        try repo.commit("first", files: ["README.md": "# demo\n", "src/main.c": "int main(void) { return 0; }\n"])
        try repo.tag("v1.0.0", annotated: true)
        try repo.write("src/staged.c", "/* staged */\n")
        try repo.git("add", "src/staged.c")
        try repo.write("notes.txt", "only in the work tree\n")
        return repo
    }

    /// What a snapshot reads, as plain values: every entry's path, size and content, and the tags.
    private func readings(of snapshot: RepositorySnapshot) throws -> [String] {
        try snapshot.entries.map { entry in
            "\(entry.path.displayName) \(try snapshot.size(of: entry)) \(String(decoding: try snapshot.content(of: entry), as: UTF8.self))"
        } + snapshot.tags().map(\.name)
    }

    @Test(arguments: [SnapshotSource.commit(revision: "HEAD"), .index, .worktree])
    func aSiblingOnAnotherThreadReadsWhatTheSnapshotReads(source: SnapshotSource) async throws {
        let repo = try repository()
        let snapshot = try repo.snapshot(source)
        let expected = try readings(of: snapshot)
        #expect(expected.contains { $0.hasPrefix(source == .worktree ? "notes.txt" : "src/main.c") })

        let sibling = snapshot.sibling
        let read = try await Task.detached {
            let other = try RepositorySnapshot(sibling)
            return try readings(of: other)
        }.value
        #expect(read == expected)
    }

    @Test func aSiblingOfABareRepositoryReadsWhatTheSnapshotReads() throws {
        let repo = try repository()
        let bare = try TemporaryRepository(cloning: repo, arguments: ["--bare"])
        let snapshot = try bare.snapshot(.commit(revision: "v1.0.0"))
        let other = try RepositorySnapshot(snapshot.sibling)
        #expect(try readings(of: other) == readings(of: snapshot))
        #expect(other.commit == snapshot.commit)
    }

    /// Tags read through another handle while the listing ran are the snapshot's tags from then
    /// on, and its siblings': none of them reads tags again (a tag made afterwards is not seen,
    /// as it would not be once a snapshot has read its tags). A snapshot that has read its tags
    /// keeps them.
    @Test func tagsReadThroughAnotherHandleAreUsedAndHandedToSiblings() throws {
        let repo = try repository()
        try repo.tag("v2.0.0")
        let snapshot = try repo.snapshot(.commit(revision: "HEAD"))
        let tags = try Repository.open(at: repo.path).tags()
        #expect(tags.map(\.name) == ["v1.0.0", "v2.0.0"])
        try repo.tag("v3.0.0")
        snapshot.useTags(tags)
        #expect(try snapshot.tags().map(\.name) == ["v1.0.0", "v2.0.0"])
        #expect(try RepositorySnapshot(snapshot.sibling).tags().map(\.name) == ["v1.0.0", "v2.0.0"])

        let fresh = try repo.snapshot(.commit(revision: "HEAD"))
        #expect(try fresh.tags().map(\.name) == ["v1.0.0", "v2.0.0", "v3.0.0"])
        fresh.useTags(tags)
        #expect(try fresh.tags().count == 3)
    }
}
