import Foundation
import GitKit
import Testing
import TestSupport

/// Sizes read ahead on another thread (`RepositorySnapshot.startReadingSizes`) are the sizes
/// read one by one, and an object the other thread cannot read is read again and reported.
@Suite struct SizeReadAheadTests {
    /// 300 files of distinct sizes: above the count below which no thread is started.
    private func repository() throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        var files: [String: String] = [:]
        for number in 0..<300 { files["data/file\(number).txt"] = String(repeating: "x", count: number) }
        try repo.commit("files", files: files)
        return repo
    }

    @Test func sizesReadAheadEqualSizesReadOneByOne() throws {
        let repo = try repository()
        let direct = try repo.snapshot(.commit(revision: "HEAD"))
        let expected = try direct.entries.map { try direct.size(of: $0) }

        let ahead = try repo.snapshot(.commit(revision: "HEAD"))
        ahead.startReadingSizes(of: ahead.entries)
        ahead.finishReadingAhead()
        // The sizes were read by the other thread: with the blobs gone, they are still known.
        for entry in ahead.entries { try FileManager.default.removeItem(at: repo.looseObjectURL(try #require(entry.objectID).hex)) }
        let sizes = try ahead.entries.map { try ahead.size(of: $0) }
        #expect(sizes == expected)
        #expect(Set(sizes).count == 300, "every file has its own size")
    }

    @Test func aBlobMissingWhileReadingAheadIsReportedByTheSnapshot() throws {
        let repo = try repository()
        let blob = try repo.revParse("HEAD:data/file7.txt")
        try FileManager.default.removeItem(at: repo.looseObjectURL(blob))
        let snapshot = try repo.snapshot(.commit(revision: "HEAD"))
        snapshot.startReadingSizes(of: snapshot.entries)
        let missing = try #require(snapshot.entry("data/file7.txt"))
        #expect(throws: SnapshotReadError.missingObject(path: GitPath("data/file7.txt"), id: try #require(missing.objectID))) {
            try snapshot.size(of: missing)
        }
        #expect(try snapshot.size(of: try #require(snapshot.entry("data/file8.txt"))) == 8)
        snapshot.finishReadingAhead()
    }
}
