internal import CLibGit2
import Foundation

/// Lists a commit's tree on two threads.
///
/// Why: reading and inflating trees is most of a listing, and one tree does not depend on
/// another. Listed depth-first on one thread, a 10k-file tree of 9,800 folders took 28 ms while
/// the machine's second core, done with the rule set and the licence index, waited.
///
/// How, keeping git's order (a depth-first walk in entry order yields paths in byte order):
/// 1. this thread lists the top of the tree, folder level by folder level, until enough
///    subtrees are left for two threads to share (`parts`: listed files, and subtrees left);
/// 2. both threads take the subtrees left one at a time, each walking its own into a buffer
///    of its own (the second through a repository handle of its own: libgit2's handles are
///    for one thread);
/// 3. this thread joins the parts in order.
extension Repository {
    func listTree(of commit: ObjectID) throws(RepositoryError) -> Listing {
        if let objectCache { return try listTree(of: commit, through: objectCache) }
        var oid = commit.gitOID
        var commitPointer: OpaquePointer?
        try wrap("git_commit_lookup", git_commit_lookup(&commitPointer, pointer, &oid))
        guard let commitPointer else { return Listing() }
        let commitHandle = CommitHandle(commitPointer)
        let root: TreeObject
        if let rootID = git_commit_tree_id(commitHandle.pointer), let packed = packedObjects.tree(ObjectID(rootID)) {
            root = packed
        } else {
            var treePointer: OpaquePointer?
            let result = git_commit_tree(&treePointer, commitHandle.pointer)
            guard result == 0, let treePointer else {
                let error = GitError.last(result, in: "git_commit_tree")
                guard error.code == .notFound else { throw .git(error) }
                var listing = Listing()
                listing.diagnostics.append(SnapshotDiagnostic(kind: .missingObject, path: GitPath(bytes: []), message: "the root tree of commit \(commit.short) is missing from the object database"))
                return listing
            }
            root = TreeObject(copying: TreeHandle(treePointer))
        }
        let top = listTop(of: root)
        let subtrees = walkShared(top.subtrees)
        return joined(top, subtrees)
    }

    /// Enough subtrees for two threads to share well: each takes the next when done, so a
    /// few large ones among many small ones even out.
    private static let sharedSubtrees = 64

    /// The top of a tree, listed; the subtrees below it are left.
    private struct Top {
        /// The listing in git's order: files listed here, unreadable subtrees, subtrees left.
        var parts: [Part] = []
        var walk = TreeWalk()

        /// The subtrees left, in order.
        var subtrees: [Subtree] {
            parts.compactMap { part in if case .subtree(let subtree) = part { subtree } else { nil } }
        }
    }

    /// Lists `root` folder level by folder level until `sharedSubtrees` subtrees are left or
    /// none: a level's subtrees are listed in order, and those not listed once there are enough
    /// stay as they are, so the parts remain in git's order.
    private func listTop(of root: TreeObject) -> Top {
        var top = Top()
        var parts: [Part] = []
        append(root, prefix: [], to: &parts, walk: &top.walk)
        var left = parts.reduce(0) { $0 + ($1.isSubtree ? 1 : 0) }
        while left > 0 && left < Self.sharedSubtrees {
            var next: [Part] = []
            next.reserveCapacity(parts.count + left * 8)
            for part in parts {
                guard case .subtree(let subtree) = part, left < Self.sharedSubtrees else {
                    next.append(part)
                    continue
                }
                left -= 1
                switch lookUpTree(subtree.id, at: subtree.prefix) {
                case .found(let tree):
                    var subparts: [Part] = []
                    append(tree, prefix: subtree.prefix, to: &subparts, walk: &top.walk)
                    left += subparts.reduce(0) { $0 + ($1.isSubtree ? 1 : 0) }
                    next += subparts
                case .missing(let diagnostic):
                    next.append(.unreadable(diagnostic))
                }
            }
            parts = next
        }
        top.parts = parts
        return top
    }

    /// A part of a listing, in git's order.
    private enum Part {
        /// A file listed with the top of the tree: its position in `Top.walk.files`.
        case file(Int)
        /// A subtree that could not be read.
        case unreadable(SnapshotDiagnostic)
        /// A subtree left for the threads.
        case subtree(Subtree)

        var isSubtree: Bool { if case .subtree = self { true } else { false } }
    }

    /// Appends `tree`'s own entries, at `prefix`, as parts: files into `walk`, subtrees left.
    private func append(_ tree: TreeObject, prefix: [UInt8], to parts: inout [Part], walk: inout TreeWalk) {
        for entry in tree.entries {
            let name = tree.names[entry.nameStart..<entry.nameEnd]
            if entry.mode == GIT_FILEMODE_TREE.rawValue {
                parts.append(.subtree(Subtree(prefix: prefix + name + [0x2F], id: entry.id)))
            } else if let kind = EntryKind(mode: entry.mode) {
                let start = walk.paths.count
                walk.paths.append(contentsOf: prefix)
                walk.paths.append(contentsOf: name)
                walk.files.append((start, walk.paths.count, kind, entry.id))
                parts.append(.file(walk.files.count - 1))
            }
        }
    }

    /// The tree `id`, or the diagnostic saying it is missing (`prefix` ends with its `/`):
    /// from the packs where they hold it in the plain form, else as libgit2 reads it.
    func lookUpTree(_ id: ObjectID, at prefix: [UInt8]) -> TreeLookup {
        if let packed = packedObjects.tree(id) { return .found(packed) }
        var oid = id.gitOID
        var tree: OpaquePointer?
        let result = git_tree_lookup(&tree, pointer, &oid)
        guard result == 0, let tree else {
            let error = GitError.last(result, in: "git_tree_lookup")
            return .missing(SnapshotDiagnostic(
                kind: .missingObject, path: GitPath(bytes: Array(prefix.dropLast())),
                message: "tree \(id.short) is missing from the object database (\(error.message)); its files are not listed"))
        }
        return .found(TreeObject(copying: TreeHandle(tree)))
    }

    enum TreeLookup {
        case found(TreeObject)
        case missing(SnapshotDiagnostic)
    }

    /// Walks `subtrees` on this thread and, when there are several, on a second one too; the
    /// walks come back in the subtrees' order.
    private func walkShared(_ subtrees: [Subtree]) -> [TreeWalk] {
        let shared = SharedSubtreeWalks(subtrees)
        if subtrees.count >= 2 {
            // Waited for below only if it begins: one that starts after every subtree is taken
            // finds nothing left and needs no handle.
            let thread = Thread { [gitDirectory = gitDirectoryPath, packs = packedObjects.packSet] in
                guard shared.beginSecondThread() else { return }
                defer { shared.endSecondThread() }
                guard let repository = try? Repository.reopen(gitDirectory: gitDirectory) else { return }
                // The packs already mapped, read through a reader of this thread's own.
                repository.packedObjects = PackedObjects(packs: packs)
                repository.walk(shared)
            }
            thread.start()
        }
        walk(shared)
        shared.waitForSecondThread()
        return shared.walks()
    }

    /// Takes subtrees from `shared` and walks them until none is left.
    private func walk(_ shared: SharedSubtreeWalks) {
        while let (position, subtree) = shared.next() {
            var walk = TreeWalk()
            switch lookUpTree(subtree.id, at: subtree.prefix) {
            case .found(let tree):
                var prefix = subtree.prefix
                prefix.reserveCapacity(256)
                self.walk(tree, prefix: &prefix, into: &walk)
            case .missing(let diagnostic):
                walk.diagnostics.append(diagnostic)
            }
            shared.store(walk, at: position)
        }
    }

    /// Depth-first in entry order, which yields paths in byte order (git sorts a directory as
    /// if its name ended in `/`).
    private func walk(_ tree: TreeObject, prefix: inout [UInt8], into walk: inout TreeWalk) {
        for entry in tree.entries {
            let mark = prefix.count
            prefix.append(contentsOf: tree.names[entry.nameStart..<entry.nameEnd])
            defer { prefix.removeSubrange(mark...) }
            if entry.mode == GIT_FILEMODE_TREE.rawValue {
                prefix.append(0x2F)
                switch lookUpTree(entry.id, at: prefix) {
                case .found(let subtree): self.walk(subtree, prefix: &prefix, into: &walk)
                case .missing(let diagnostic): walk.diagnostics.append(diagnostic)
                }
            } else if let kind = EntryKind(mode: entry.mode) {
                let start = walk.paths.count
                walk.paths.append(contentsOf: prefix)
                walk.files.append((start, walk.paths.count, kind, entry.id))
            }
        }
    }

    /// The top's parts with the subtrees' walks in their places, as one listing. Each entry's
    /// path is a slice of the buffer its walk wrote: copying them all into one buffer first
    /// touched a third more memory (page faults cost more than the copy).
    private func joined(_ top: Top, _ subtrees: [TreeWalk]) -> Listing {
        var listing = Listing()
        listing.entries.reserveCapacity(top.walk.files.count + subtrees.reduce(0) { $0 + $1.files.count })
        func append(_ file: (start: Int, end: Int, kind: EntryKind, id: ObjectID), of walk: TreeWalk) {
            let path = GitPath(slice: walk.paths[file.start..<file.end])
            listing.entries.append(SnapshotEntry(path: path, kind: file.kind, objectID: file.id, ordinal: listing.entries.count))
        }
        var walks = subtrees.makeIterator()
        for part in top.parts {
            switch part {
            case .file(let position):
                append(top.walk.files[position], of: top.walk)
            case .unreadable(let diagnostic):
                listing.diagnostics.append(diagnostic)
            case .subtree:
                guard let walk = walks.next() else { continue }
                for file in walk.files { append(file, of: walk) }
                listing.diagnostics += walk.diagnostics
            }
        }
        return listing
    }
}

/// What a tree walk collects: every file's path, one after another in one buffer, and where
/// each lies in it, and the subtrees that could not be read.
private struct TreeWalk: Sendable {
    var paths: [UInt8] = []
    var files: [(start: Int, end: Int, kind: EntryKind, id: ObjectID)] = []
    var diagnostics: [SnapshotDiagnostic] = []
}

/// A subtree left to walk, and the path it lies at (ending in `/`).
private struct Subtree: Sendable {
    let prefix: [UInt8]
    let id: ObjectID
}

/// The subtrees two threads share: each takes the next one left and stores its walk in the
/// subtree's place.
private final class SharedSubtreeWalks: @unchecked Sendable {
    // Everything below is only touched under `condition`'s lock.
    private let condition = NSCondition()
    private let subtrees: [Subtree]
    private var results: [TreeWalk?]
    private var taken = 0
    private var secondThread = SecondThread.notStarted

    private enum SecondThread { case notStarted, walking, done }

    init(_ subtrees: [Subtree]) {
        self.subtrees = subtrees
        results = Array(repeating: nil, count: subtrees.count)
    }

    /// The next subtree to walk and its position, or nil when none is left.
    func next() -> (Int, Subtree)? {
        condition.lock()
        defer { condition.unlock() }
        guard taken < subtrees.count else { return nil }
        taken += 1
        return (taken - 1, subtrees[taken - 1])
    }

    func store(_ walk: TreeWalk, at position: Int) {
        condition.lock()
        results[position] = walk
        condition.unlock()
    }

    /// Whether the second thread should walk: not when every subtree is taken already.
    func beginSecondThread() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard taken < subtrees.count else { return false }
        secondThread = .walking
        return true
    }

    func endSecondThread() {
        condition.lock()
        secondThread = .done
        condition.broadcast()
        condition.unlock()
    }

    /// Returns once the second thread, if it began, has finished: its walks are stored and its
    /// repository handle closed. One that has not begun will find nothing left and not begin.
    func waitForSecondThread() {
        condition.lock()
        defer { condition.unlock() }
        while secondThread == .walking { condition.wait() }
    }

    /// Every subtree's walk, in order (after `waitForSecondThread`).
    func walks() -> [TreeWalk] {
        condition.lock()
        defer { condition.unlock() }
        return results.map { $0 ?? TreeWalk() }
    }
}
