import Foundation
import GitKit

/// Where the collector reads a revision from: git (`RepositorySnapshot`), or files held in
/// memory (`ExampleRevision`, for check examples). Only the collector calls it.
protocol RevisionReader: SendableMetatype {
    var source: SnapshotSource { get }
    var commit: CommitInfo? { get }
    /// Every entry, in path order.
    var entries: [SnapshotEntry] { get }
    var diagnostics: [SnapshotDiagnostic] { get }
    /// The size of every one of `entries` with content, by position (-1 for the others and
    /// where it cannot be read), and why those could not be read.
    func readEverySize(of entries: [SnapshotEntry]) -> (sizes: [Int], problems: [Int: SnapshotReadError])
    /// The sizes of `entries`' contents, in order.
    func readSizes(of entries: [SnapshotEntry]) -> [Result<Int, SnapshotReadError>]
    /// At most `limit` bytes of an entry's content.
    func readContent(of entry: SnapshotEntry, limit: Int) throws(SnapshotReadError) -> Data
    /// `body` with at most `limit` bytes of an entry's content, valid only during the call: for
    /// reading every file once (the secret scan) without a copy of each.
    func withContent(of entry: SnapshotEntry, limit: Int, _ body: (UnsafeRawBufferPointer) -> Void) throws(SnapshotReadError)
    /// A reader of the same revision for another thread to use alone (its own repository
    /// handle), or nil when there is none: then everything is read on one thread.
    func forAnotherThread() -> Self?
    /// The tags, and the symbolic links of the reference store skipped rather than followed.
    func readTags() throws(FactProblem) -> (tags: [TagFacts], skippedLinks: [String])
    /// How `tagged` relates to `commit`: in its history (and how far back) or not.
    func relation(of tagged: ObjectID, to commit: ObjectID) -> TagRelation
    /// The relation of a tag already known to be in `commit`'s history: only the commits since.
    func relation(ofAncestor tagged: ObjectID, to commit: ObjectID) -> TagRelation
    /// Whether `ancestor` is in `commit`'s history; nil when that cannot be told.
    func isAncestor(_ ancestor: ObjectID, of commit: ObjectID) -> Bool?
    /// Which of `targets` are in `commit`'s history, in one walk; nil when it cannot be walked.
    func reachable(_ targets: Set<ObjectID>, from commit: ObjectID) -> Set<ObjectID>?
}

extension RevisionReader {
    func forAnotherThread() -> Self? { nil }

    func readEverySize(of entries: [SnapshotEntry]) -> (sizes: [Int], problems: [Int: SnapshotReadError]) {
        var sizes = [Int](repeating: -1, count: entries.count)
        var problems: [Int: SnapshotReadError] = [:]
        readSizes(at: entries.indices.filter { entries[$0].kind.hasContent }, of: entries, into: &sizes, problems: &problems)
        return (sizes, problems)
    }

    /// The sizes of the entries at `positions`, a chunk at a time: one by one, the bookkeeping
    /// around each header read cost as much again; all at once, the arrays for a large tree
    /// cost page faults.
    func readSizes(at positions: [Int], of entries: [SnapshotEntry], into sizes: inout [Int], problems: inout [Int: SnapshotReadError]) {
        var start = 0
        while start < positions.count {
            let chunk = positions[start..<min(start + 1024, positions.count)]
            for (position, size) in zip(chunk, readSizes(of: chunk.map { entries[$0] })) {
                switch size {
                case .success(let bytes): sizes[position] = bytes
                case .failure(let error): problems[position] = error
                }
            }
            start += 1024
        }
    }

    func withContent(of entry: SnapshotEntry, limit: Int, _ body: (UnsafeRawBufferPointer) -> Void) throws(SnapshotReadError) {
        try readContent(of: entry, limit: limit).withUnsafeBytes(body)
    }
}

/// The git side: the only place the collector reaches libgit2, through GitKit.
extension RepositorySnapshot: RevisionReader {
    /// The packs' sizes read on two threads first (`readPackedSizesOnTwoThreads`); then only
    /// what they did not answer is asked one chunk at a time.
    func readEverySize(of entries: [SnapshotEntry]) -> (sizes: [Int], problems: [Int: SnapshotReadError]) {
        readPackedSizesOnTwoThreads()
        var sizes = knownSizes(of: entries)
        var problems: [Int: SnapshotReadError] = [:]
        readSizes(at: entries.indices.filter { sizes[$0] < 0 && entries[$0].kind.hasContent }, of: entries, into: &sizes, problems: &problems)
        return (sizes, problems)
    }

    func readSizes(of entries: [SnapshotEntry]) -> [Result<Int, SnapshotReadError>] {
        zip(entries, sizes(of: entries)).map { entry, known in
            if let known { return .success(known) }
            return Result { () throws(SnapshotReadError) in try size(of: entry) }
        }
    }

    func readContent(of entry: SnapshotEntry, limit: Int) throws(SnapshotReadError) -> Data {
        try content(of: entry, limit: limit)
    }

    func readTags() throws(FactProblem) -> (tags: [TagFacts], skippedLinks: [String]) {
        do {
            let listing = try tagListing()
            return (listing.tags.map { TagFacts(name: $0.name, isAnnotated: $0.isAnnotated, commit: $0.commit, date: $0.date) }, listing.skippedLinks)
        } catch {
            throw FactProblem("the tags cannot be read: \(error.description)")
        }
    }

    func isAncestor(_ ancestor: ObjectID, of commit: ObjectID) -> Bool? {
        try? repository.isAncestor(ancestor, of: commit)
    }

    func reachable(_ targets: Set<ObjectID>, from commit: ObjectID) -> Set<ObjectID>? {
        try? repository.reachable(targets, from: commit)
    }

    func relation(of tagged: ObjectID, to commit: ObjectID) -> TagRelation {
        do {
            guard try repository.isAncestor(tagged, of: commit) else { return .notAncestor }
            return .ancestor(commitsSince: try repository.commitCount(from: tagged, to: commit))
        } catch {
            return .unknown(error.description)
        }
    }

    func relation(ofAncestor tagged: ObjectID, to commit: ObjectID) -> TagRelation {
        do {
            return .ancestor(commitsSince: try repository.commitCount(from: tagged, to: commit))
        } catch {
            return .unknown(error.description)
        }
    }
}
