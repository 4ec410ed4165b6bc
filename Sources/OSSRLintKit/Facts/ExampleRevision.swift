import Foundation
import GitKit

/// A revision held in memory: a check example's files and tags, read through the same
/// collector as a repository, so that a check that forgets to declare a need fails its example.
struct ExampleRevision: RevisionReader {
    let source: SnapshotSource
    let commit: CommitInfo?
    let entries: [SnapshotEntry]
    let diagnostics: [SnapshotDiagnostic] = []
    private let contents: [GitPath: Data]
    private let tags: [ExampleTag]
    /// A commit id for each position a tag can stand at.
    private let commitIDs: [ExampleTag.Position: ObjectID]

    init(_ example: CheckExample, committedAt time: Int64) {
        var contents: [GitPath: Data] = [:]
        for (path, text) in example.files { contents[GitPath(path)] = Data(text.utf8) }
        self.contents = contents
        let files = contents.keys.map { SnapshotEntry(path: $0, kind: .file, objectID: nil) }
        let submodules = example.submodules.map { SnapshotEntry(path: GitPath($0), kind: .submodule, objectID: ObjectID(synthetic: 3)) }
        entries = (files + submodules).sorted { $0.path < $1.path }
        tags = example.tags
        func id(_ number: Int) -> ObjectID { ObjectID(synthetic: UInt32(number)) }
        var ids: [ExampleTag.Position: ObjectID] = [.linted: id(1), .elsewhere: id(2)]
        for tag in example.tags {
            switch tag.position {
            case .behind(let count): ids[tag.position] = id(1000 + count)
            case .ahead(let count): ids[tag.position] = id(2000 + count)
            case .linted, .elsewhere: break
            }
        }
        commitIDs = ids
        let signature = Signature(name: "Ada Lovelace", email: "ada@example.org", time: time)
        commit = CommitInfo(id: id(1), author: signature, committer: signature, summary: "Example", parentCount: 1)
        source = .commit(revision: example.revision)
    }

    func readSizes(of entries: [SnapshotEntry]) -> [Result<Int, SnapshotReadError>] {
        entries.map { .success(contents[$0.path]?.count ?? 0) }
    }

    func readContent(of entry: SnapshotEntry, limit: Int) throws(SnapshotReadError) -> Data {
        guard let data = contents[entry.path] else { throw .unreadable(path: entry.path, reason: "not in the example") }
        return data.prefix(limit)
    }

    func readTags() throws(FactProblem) -> (tags: [TagFacts], skippedLinks: [String]) {
        // A day per commit: a tag further back is older.
        let facts = tags.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }.map { tag in
            TagFacts(name: tag.name, isAnnotated: tag.isAnnotated, commit: commitIDs[tag.position],
                     date: commit.map { $0.committer.time + Int64(Self.offset(of: tag.position) ?? 0) * 86_400 })
        }
        return (facts, [])
    }

    /// Where a position stands on the one line of history through the linted commit (commits
    /// after it, negative before); nil off that line.
    private static func offset(of position: ExampleTag.Position) -> Int? {
        switch position {
        case .linted: 0
        case .behind(let count): -count
        case .ahead(let count): count
        case .elsewhere: nil
        }
    }

    private func offset(of id: ObjectID) -> Int?? {
        commitIDs.first { $0.value == id }.map { Self.offset(of: $0.key) }
    }

    func relation(of tagged: ObjectID, to commit: ObjectID) -> TagRelation {
        guard let from = offset(of: tagged), let to = offset(of: commit) else { return .unknown("no such commit") }
        if tagged == commit { return .ancestor(commitsSince: 0) }
        guard let from, let to, from <= to else { return .notAncestor }
        return .ancestor(commitsSince: to - from)
    }

    func relation(ofAncestor tagged: ObjectID, to commit: ObjectID) -> TagRelation {
        relation(of: tagged, to: commit)
    }

    func reachable(_ targets: Set<ObjectID>, from commit: ObjectID) -> Set<ObjectID>? {
        targets.filter { isAncestor($0, of: commit) == true }
    }

    func isAncestor(_ ancestor: ObjectID, of commit: ObjectID) -> Bool? {
        if case .ancestor = relation(of: ancestor, to: commit) { return true }
        return false
    }
}

extension CheckExample {
    /// The facts of the example's revision that `needs` asks for, "now" being `ageInDays` after
    /// the commit.
    func facts(needs: FactNeeds, committedAt time: Int64 = 1_700_000_000) -> RevisionFacts {
        FactCollector.collect(from: ExampleRevision(self, committedAt: time), needs: needs, excluding: [], now: time + Int64(ageInDays) * 86_400)
    }
}
