internal import CLibGit2
import Foundation

/// Lists a commit's tree through the object cache (`shareObjectsBetweenRevisions`): each tree
/// object is read from the object database once for the whole run, then walked from memory.
///
/// One thread, unlike `listTree(of:)`'s two: after the first revision nearly every tree comes
/// from memory, and walking memory is no work worth sharing. The walk is the same depth-first
/// walk in entry order, so paths come out in the same byte order, with the same diagnostics.
extension Repository {
    func listTree(of commit: ObjectID, through cache: ObjectCache) throws(RepositoryError) -> Listing {
        var oid = commit.gitOID
        var commitPointer: OpaquePointer?
        try wrap("git_commit_lookup", git_commit_lookup(&commitPointer, pointer, &oid))
        guard let commitPointer else { return Listing() }
        let commitHandle = CommitHandle(commitPointer)
        guard let rootID = git_commit_tree_id(commitHandle.pointer) else { return Listing() }
        var listing = Listing()
        guard case .found(let root) = cachedTree(ObjectID(rootID), at: [], cache) else {
            listing.diagnostics.append(SnapshotDiagnostic(kind: .missingObject, path: GitPath(bytes: []), message: "the root tree of commit \(commit.short) is missing from the object database"))
            return listing
        }
        var paths: [UInt8] = []
        var files: [(start: Int, end: Int, kind: EntryKind, id: ObjectID)] = []
        var prefix: [UInt8] = []
        prefix.reserveCapacity(256)
        walk(root, prefix: &prefix, cache, paths: &paths, files: &files, diagnostics: &listing.diagnostics)
        listing.entries.reserveCapacity(files.count)
        for file in files {
            listing.entries.append(SnapshotEntry(path: GitPath(slice: paths[file.start..<file.end]), kind: file.kind, objectID: file.id, ordinal: listing.entries.count))
        }
        return listing
    }

    /// Depth-first in entry order over remembered trees, reading a tree only the first time
    /// any revision meets it.
    private func walk(_ tree: TreeObject, prefix: inout [UInt8], _ cache: ObjectCache, paths: inout [UInt8],
                      files: inout [(start: Int, end: Int, kind: EntryKind, id: ObjectID)], diagnostics: inout [SnapshotDiagnostic]) {
        for entry in tree.entries {
            let mark = prefix.count
            prefix.append(contentsOf: tree.names[entry.nameStart..<entry.nameEnd])
            defer { prefix.removeSubrange(mark...) }
            if entry.mode == GIT_FILEMODE_TREE.rawValue {
                prefix.append(0x2F)
                switch cachedTree(entry.id, at: prefix, cache) {
                case .found(let subtree): walk(subtree, prefix: &prefix, cache, paths: &paths, files: &files, diagnostics: &diagnostics)
                case .missing(let diagnostic): diagnostics.append(diagnostic)
                }
            } else if let kind = EntryKind(mode: entry.mode) {
                let start = paths.count
                paths.append(contentsOf: prefix)
                files.append((start, paths.count, kind, entry.id))
            }
        }
    }

    private enum CachedLookup {
        case found(TreeObject)
        case missing(SnapshotDiagnostic)
    }

    /// The tree `id` from the cache, or read and remembered; a missing tree is not remembered
    /// (nor is it worth it: a damaged repository is no history's common case).
    private func cachedTree(_ id: ObjectID, at prefix: [UInt8], _ cache: ObjectCache) -> CachedLookup {
        if let tree = cache.tree(id) { return .found(tree) }
        let tree: TreeObject
        switch lookUpTree(id, at: prefix) {
        case .found(let found): tree = found
        case .missing(let diagnostic): return .missing(diagnostic)
        }
        cache.store(tree, for: id)
        return .found(tree)
    }
}
