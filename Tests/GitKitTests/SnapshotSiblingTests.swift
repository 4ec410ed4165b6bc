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
}
