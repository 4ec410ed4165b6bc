internal import CLibGit2
import Foundation

/// Lists the entries of each snapshot source. Entries come out in git's order: by path bytes.
extension Repository {
    struct Listing {
        var entries: [SnapshotEntry] = []
        var diagnostics: [SnapshotDiagnostic] = []
    }

    // MARK: Commit trees

    func listTree(of commit: ObjectID) throws(RepositoryError) -> Listing {
        var oid = commit.gitOID
        var commitPointer: OpaquePointer?
        try wrap("git_commit_lookup", git_commit_lookup(&commitPointer, pointer, &oid))
        guard let commitPointer else { return Listing() }
        let commitHandle = CommitHandle(commitPointer)
        var treePointer: OpaquePointer?
        let result = git_commit_tree(&treePointer, commitHandle.pointer)
        var listing = Listing()
        guard result == 0, let treePointer else {
            let error = GitError.last(result, in: "git_commit_tree")
            guard error.code == .notFound else { throw .git(error) }
            listing.diagnostics.append(SnapshotDiagnostic(kind: .missingObject, path: GitPath(bytes: []), message: "the root tree of commit \(commit.short) is missing from the object database"))
            return listing
        }
        var prefix: [UInt8] = []
        prefix.reserveCapacity(256)
        var walk = TreeWalk()
        self.walk(TreeHandle(treePointer), prefix: &prefix, into: &walk, diagnostics: &listing.diagnostics)
        // Only now is the paths' buffer final: every entry's path is a slice of it.
        listing.entries.reserveCapacity(walk.files.count)
        for (ordinal, file) in walk.files.enumerated() {
            let path = GitPath(slice: walk.paths[file.start..<file.end])
            listing.entries.append(SnapshotEntry(path: path, kind: file.kind, objectID: file.id, ordinal: ordinal))
        }
        return listing
    }

    /// What a tree walk collects: every file's path, one after another in one buffer, and where
    /// each lies in it.
    private struct TreeWalk {
        var paths: [UInt8] = []
        var files: [(start: Int, end: Int, kind: EntryKind, id: ObjectID)] = []
    }

    /// Depth-first in entry order, which yields paths in byte order (git sorts a directory as
    /// if its name ended in `/`).
    private func walk(_ tree: TreeHandle, prefix: inout [UInt8], into listing: inout TreeWalk, diagnostics: inout [SnapshotDiagnostic]) {
        let count = git_tree_entrycount(tree.pointer)
        for index in 0..<count {
            guard let entry = git_tree_entry_byindex(tree.pointer, index), let rawName = git_tree_entry_name(entry) else { continue }
            let mark = prefix.count
            prefix.append(contentsOf: UnsafeRawBufferPointer(start: rawName, count: strlen(rawName)))
            defer { prefix.removeSubrange(mark...) }
            let mode = git_tree_entry_filemode(entry).rawValue
            guard let id = git_tree_entry_id(entry) else { continue }
            if mode == GIT_FILEMODE_TREE.rawValue {
                var subtree: OpaquePointer?
                let result = git_tree_lookup(&subtree, pointer, id)
                guard result == 0, let subtree else {
                    let error = GitError.last(result, in: "git_tree_lookup")
                    diagnostics.append(SnapshotDiagnostic(
                        kind: .missingObject, path: GitPath(bytes: prefix),
                        message: "tree \(ObjectID(id).short) is missing from the object database (\(error.message)); its files are not listed"))
                    continue
                }
                prefix.append(0x2F)
                walk(TreeHandle(subtree), prefix: &prefix, into: &listing, diagnostics: &diagnostics)
            } else if let kind = EntryKind(mode: UInt32(mode)) {
                let start = listing.paths.count
                listing.paths.append(contentsOf: prefix)
                listing.files.append((start, listing.paths.count, kind, ObjectID(id)))
            }
        }
    }

    // MARK: The index

    /// The staged entries. The work tree passes `includingIntentToAdd`: an intent-to-add file
    /// is on disk and not ignored, yet status reports it as modified, never as untracked.
    func listIndex(includingIntentToAdd: Bool = false) throws(RepositoryError) -> Listing {
        guard !facts.isBare else { throw .noWorkTree(source: "index") }
        let index = try openIndex()
        var listing = Listing()
        var conflicted: Set<[UInt8]> = []
        let count = git_index_entrycount(index.pointer)
        listing.entries.reserveCapacity(count)
        for position in 0..<count {
            guard let entry = git_index_get_byindex(index.pointer, position), let rawPath = entry.pointee.path else { continue }
            // Intent-to-add entries (`git add -N`) are placeholders that a commit does not record.
            if !includingIntentToAdd, UInt32(entry.pointee.flags_extended) & GIT_INDEX_ENTRY_INTENT_TO_ADD.rawValue != 0 { continue }
            let path = bytes(of: rawPath)
            let stage = (Int32(entry.pointee.flags) & GIT_INDEX_ENTRY_STAGEMASK) >> GIT_INDEX_ENTRY_STAGESHIFT
            if stage != 0 {
                if conflicted.insert(path).inserted {
                    listing.diagnostics.append(SnapshotDiagnostic(kind: .conflict, path: GitPath(bytes: path), message: "unmerged path; the snapshot keeps our side (resolve the conflict and stage it)"))
                }
                guard stage == 2 else { continue }
            }
            guard let kind = EntryKind(mode: entry.pointee.mode) else { continue }
            listing.entries.append(SnapshotEntry(path: GitPath(bytes: path), kind: kind, objectID: ObjectID(entry.pointee.id), ordinal: listing.entries.count))
        }
        return listing
    }

    func openIndex() throws(RepositoryError) -> IndexHandle {
        var indexPointer: OpaquePointer?
        try wrap("git_repository_index", git_repository_index(&indexPointer, pointer))
        guard let indexPointer else { throw .noWorkTree(source: "index") }
        return IndexHandle(indexPointer)
    }

    // MARK: The work tree

    func listWorktree() throws(RepositoryError) -> Listing {
        guard !facts.isBare else { throw .noWorkTree(source: "work tree") }
        var options = git_status_options()
        try wrap("git_status_options_init", git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)))
        options.show = GIT_STATUS_SHOW_WORKDIR_ONLY
        options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
        var statusPointer: OpaquePointer?
        try wrap("git_status_list_new", git_status_list_new(&statusPointer, pointer, &options))
        guard let statusPointer else { return Listing() }
        let status = StatusListHandle(statusPointer)

        // Keyed by slices, the type of `GitPath.bytes`, so entries are looked up without copies.
        var deleted: Set<ArraySlice<UInt8>> = []
        // The kind on disk where it differs from the index: a file replaced by a symlink, or made
        // executable. libgit2 reports the work-tree mode as git would stage it (core.fileMode).
        var changedKinds: [ArraySlice<UInt8>: EntryKind] = [:]
        var untracked: [SnapshotEntry] = []
        for position in 0..<git_status_list_entrycount(status.pointer) {
            guard let entry = git_status_byindex(status.pointer, position), let delta = entry.pointee.index_to_workdir else { continue }
            let flags = entry.pointee.status.rawValue
            if flags & GIT_STATUS_WT_NEW.rawValue != 0, let rawPath = delta.pointee.new_file.path {
                let path = bytes(of: rawPath)
                // A nested repository shows as one untracked directory: nothing of it is ours.
                guard path.last != 0x2F, let kind = EntryKind(mode: UInt32(delta.pointee.new_file.mode)) else { continue }
                untracked.append(SnapshotEntry(path: GitPath(bytes: path), kind: kind, objectID: nil))
            } else if flags & GIT_STATUS_WT_DELETED.rawValue != 0, let rawPath = delta.pointee.old_file.path {
                deleted.insert(bytes(of: rawPath)[...])
            } else if flags & (GIT_STATUS_WT_TYPECHANGE.rawValue | GIT_STATUS_WT_MODIFIED.rawValue) != 0,
                      let rawPath = delta.pointee.new_file.path, let kind = EntryKind(mode: UInt32(delta.pointee.new_file.mode)) {
                changedKinds[bytes(of: rawPath)[...]] = kind
            }
        }

        let staged = try listIndex(includingIntentToAdd: true)
        var listing = Listing(diagnostics: staged.diagnostics)
        listing.entries.reserveCapacity(staged.entries.count + untracked.count)
        for entry in staged.entries where !deleted.contains(entry.path.bytes) {
            if entry.kind == .submodule {
                listing.entries.append(entry)
            } else if let kind = changedKinds[entry.path.bytes] {
                listing.entries.append(SnapshotEntry(path: entry.path, kind: kind, objectID: nil))
            } else {
                listing.entries.append(SnapshotEntry(path: entry.path, kind: entry.kind, objectID: nil))
            }
        }
        listing.entries.append(contentsOf: untracked)
        listing.entries.sort { $0.path < $1.path }
        listing.entries = listing.entries.enumerated().map { $1.numbered($0) }
        return listing
    }

    /// The absolute path bytes of a work-tree file.
    func workTreePath(_ path: GitPath) -> [UInt8]? {
        guard let workTree = facts.workTree else { return nil }
        var full = Array(workTree.utf8)
        if full.last != 0x2F { full.append(0x2F) }
        return full + path.bytes
    }
}
