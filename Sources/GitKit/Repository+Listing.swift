internal import CLibGit2
import Foundation

/// Lists the entries of each snapshot source. Entries come out in git's order: by path bytes.
extension Repository {
    struct Listing {
        var entries: [SnapshotEntry] = []
        var diagnostics: [SnapshotDiagnostic] = []
    }

    // MARK: The index

    /// The staged entries. The work tree passes `includingIntentToAdd`: an intent-to-add file
    /// is on disk and not ignored, yet status reports it as modified, never as untracked.
    func listIndex(includingIntentToAdd: Bool = false, file: String? = nil) throws(RepositoryError) -> Listing {
        guard !facts.isBare else { throw .noWorkTree(source: "index") }
        var listing = Listing()
        var conflicted: Set<[UInt8]> = []
        let entries = try indexEntries(file: file)
        listing.entries.reserveCapacity(entries.count)
        for entry in entries {
            if !includingIntentToAdd, entry.isIntentToAdd { continue }
            if entry.stage != 0 {
                if conflicted.insert(entry.path).inserted {
                    listing.diagnostics.append(SnapshotDiagnostic(kind: .conflict, path: GitPath(bytes: entry.path), message: "unmerged path; the snapshot keeps our side (resolve the conflict and stage it)"))
                }
                guard entry.stage == 2 else { continue }
            }
            guard let kind = EntryKind(mode: entry.mode) else { continue }
            listing.entries.append(SnapshotEntry(path: GitPath(bytes: entry.path), kind: kind, objectID: entry.id, ordinal: listing.entries.count))
        }
        return listing
    }

    /// The index's entries, in libgit2's order: read from the file by `IndexFile` when it reads
    /// them as libgit2 would (a repository that ignores case sorts its index otherwise), else
    /// by libgit2, which also says what is wrong with a damaged index.
    private func indexEntries(file: String?) throws(RepositoryError) -> [IndexFile.Entry] {
        // The repository's own index is `index` in its git directory (a linked work tree's own).
        let directory = gitDirectoryPath
        let path = file.map { Array(indexPath(of: $0).utf8CString) } ?? (directory.count > 1 ? directory.dropLast() + "index".utf8CString : nil)
        if let path, file != nil || !ignoresCase, let mapped = MappedFile(path: path), let read = IndexFile(bytes: mapped.bytes) {
            return read.entries
        }
        return try libgit2IndexEntries(file: file)
    }

    /// The index's entries as libgit2 reads them.
    func libgit2IndexEntries(file: String?) throws(RepositoryError) -> [IndexFile.Entry] {
        let index: IndexHandle
        if let file { index = try openIndex(at: file) } else { index = try openIndex() }
        let count = git_index_entrycount(index.pointer)
        var entries: [IndexFile.Entry] = []
        entries.reserveCapacity(count)
        for position in 0..<count {
            guard let entry = git_index_get_byindex(index.pointer, position), let rawPath = entry.pointee.path else { continue }
            entries.append(IndexFile.Entry(path: bytes(of: rawPath), mode: entry.pointee.mode, id: ObjectID(entry.pointee.id),
                                           stage: Int((Int32(entry.pointee.flags) & GIT_INDEX_ENTRY_STAGEMASK) >> GIT_INDEX_ENTRY_STAGESHIFT),
                                           isIntentToAdd: UInt32(entry.pointee.flags_extended) & GIT_INDEX_ENTRY_INTENT_TO_ADD.rawValue != 0))
        }
        return entries
    }

    /// `GIT_INDEX_FILE`'s path: relative paths from the work tree's root (where git runs hooks).
    func indexPath(of path: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: facts.workTree ?? facts.gitDirectory, isDirectory: true)).path
    }

    /// `core.ignorecase`, which makes libgit2 sort the repository's own index without regard
    /// to case; true when the configuration cannot be read, so that libgit2 decides.
    var ignoresCase: Bool {
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, pointer) == 0, let config else { return true }
        let handle = ConfigHandle(config)
        var value: Int32 = 0
        switch git_config_get_bool(&value, handle.pointer, "core.ignorecase") {
        case 0: return value != 0
        case GIT_ENOTFOUND.rawValue: return false
        default: return true
        }
    }

    /// The index file at `path`, relative paths from the work tree's root (where git runs
    /// hooks).
    func openIndex(at path: String) throws(RepositoryError) -> IndexHandle {
        let full = indexPath(of: path)
        guard FileManager.default.fileExists(atPath: full) else {
            throw .unreadable(path: full, GitError(code: .notFound, errorClass: 0, function: "git_index_open", message: "GIT_INDEX_FILE names '\(path)', which does not exist"))
        }
        var indexPointer: OpaquePointer?
        let opened = git_index_open(&indexPointer, full)
        if opened < 0 { throw .unreadableIndex(path: full, GitError.last(opened, in: "git_index_open")) }
        guard let indexPointer else { throw .noWorkTree(source: "index") }
        // Opened on its own, the index belongs to no repository; only its entries (paths, modes
        // and blob ids of this repository's objects) are read.
        return IndexHandle(indexPointer)
    }

    func openIndex() throws(RepositoryError) -> IndexHandle {
        var indexPointer: OpaquePointer?
        let opened = git_repository_index(&indexPointer, pointer)
        if opened < 0 {
            let path = String(decoding: gitDirectoryPath.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) + "index"
            throw .unreadableIndex(path: path, GitError.last(opened, in: "git_repository_index"))
        }
        guard let indexPointer else { throw .noWorkTree(source: "index") }
        return IndexHandle(indexPointer)
    }

    // MARK: The work tree

    /// The first folder more than 100 levels below `root` (libgit2's limit for a status walk),
    /// shown by its first three components and its depth; `.git` and symbolic links are not
    /// entered. Run only after libgit2 failed, to say which folder to ignore.
    static func folderTooDeep(under root: String, limit: Int = 100) -> String? {
        var stack: [(path: String, depth: Int)] = [(root, 0)]
        let files = FileManager.default
        while let (path, depth) = stack.popLast() {
            guard let names = try? files.contentsOfDirectory(atPath: path) else { continue }
            for name in names.sorted() where !(depth == 0 && name == ".git") {
                let child = path + "/" + name
                guard let type = try? files.attributesOfItem(atPath: child)[.type] as? FileAttributeType, type == .typeDirectory else { continue }
                if depth + 1 > limit {
                    let relative = child.dropFirst(root.count + 1).split(separator: "/")
                    return relative.prefix(3).joined(separator: "/") + "/… (\(relative.count) levels)"
                }
                stack.append((child, depth + 1))
            }
        }
        return nil
    }

    func listWorktree() throws(RepositoryError) -> Listing {
        guard !facts.isBare else { throw .noWorkTree(source: "work tree") }
        var options = git_status_options()
        try wrap("git_status_options_init", git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)))
        options.show = GIT_STATUS_SHOW_WORKDIR_ONLY
        options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
        var statusPointer: OpaquePointer?
        let listed = git_status_list_new(&statusPointer, pointer, &options)
        if listed != 0, GitError.last(listed, in: "git_status_list_new").message.contains("too deep"),
           let workTree = facts.workTree, let folder = Self.folderTooDeep(under: workTree) {
            throw .workTreeTooDeep(folder: folder)
        }
        try wrap("git_status_list_new", listed)
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
