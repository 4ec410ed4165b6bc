internal import CLibGit2
import Foundation

/// One state of a repository — a commit's tree, the staged index or the work tree — listed once,
/// with sizes and contents read lazily and only for the entries a caller asks about.
///
/// The owner of its `Repository`, so not Sendable: use it from one task. What it hands out
/// (entries, data, tags, diagnostics) is Sendable.
public final class RepositorySnapshot {
    public let repository: Repository
    public let source: SnapshotSource
    /// The linted commit for a commit source; HEAD's commit (or `nil` when unborn) for the
    /// index and the work tree, whose base it is.
    public let commit: CommitInfo?
    /// Every file, symlink and submodule, ordered by path bytes.
    public let entries: [SnapshotEntry]
    /// Paths the listing could not read as expected (missing trees, conflicts).
    public let diagnostics: [SnapshotDiagnostic]

    /// Whether `entries` really are in strictly increasing byte order, so that a path can be
    /// found by binary search. A well-formed tree, the index and the sorted work tree always
    /// are; a tree written out of order by a broken tool is looked up through a dictionary.
    private lazy var isSortedByPath: Bool = entries.indices.dropFirst().allSatisfy { entries[$0 - 1].path < entries[$0].path }

    private lazy var positions: [GitPath: Int] = {
        var positions: [GitPath: Int] = [:]
        positions.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() { positions[entry.path] = position }
        return positions
    }()
    /// Sizes read so far, by entry ordinal; -1 when not read yet.
    private var sizes: [Int]
    /// Where a pack holds each entry's blob, by ordinal, found when its size was read: its
    /// content is then read from there without looking it up again.
    private var locations: [PackedObjects.Location]

    /// Lists `source` of `repository`. For `.commit`, an unborn HEAD, an unknown revision or a
    /// revision that is not a commit throws; a missing tree becomes a diagnostic.
    public convenience init(repository: Repository, source: SnapshotSource) throws(RepositoryError) {
        let commit: CommitInfo?
        let listing: Repository.Listing
        switch source {
        case .commit(let revision):
            let resolved = try repository.commit(forRevision: revision)
            commit = resolved
            listing = try repository.listTree(of: resolved.id)
        case .index:
            commit = try repository.headCommit()
            listing = try repository.listIndex()
        case .indexFile(let path):
            commit = try repository.headCommit()
            listing = try repository.listIndex(file: path)
        case .worktree:
            commit = try repository.headCommit()
            listing = try repository.listWorktree()
        }
        self.init(repository: repository, source: source, commit: commit, entries: listing.entries, diagnostics: listing.diagnostics)
    }

    private init(repository: Repository, source: SnapshotSource, commit: CommitInfo?, entries: [SnapshotEntry],
                 diagnostics: [SnapshotDiagnostic]) {
        self.repository = repository
        self.source = source
        self.commit = commit
        self.entries = entries
        self.diagnostics = diagnostics
        sizes = Array(repeating: -1, count: entries.count)
        locations = Array(repeating: .unknown, count: entries.count)
    }

    /// The same snapshot for another thread: the same entries, and the sizes and places in the
    /// packs read so far, over a repository handle of its own (libgit2's handles are for one
    /// thread) that reads through the packs this one has mapped. Nil for a work tree (its
    /// files are read from the file system, which a second reader would not make faster) or
    /// when the repository cannot be opened again. Hand it to one thread and use it there only.
    public func forAnotherThread() -> RepositorySnapshot? {
        if case .worktree = source { return nil }
        guard let repository = try? Repository.reopen(gitDirectory: self.repository.gitDirectoryPath) else { return nil }
        repository.packedObjects = PackedObjects(packs: self.repository.packedObjects.packSet)
        let copy = RepositorySnapshot(repository: repository, source: source, commit: commit, entries: entries, diagnostics: diagnostics)
        copy.sizes = sizes
        copy.locations = locations
        return copy
    }

    /// Opens the repository at `path` and lists `source` of it.
    public convenience init(path: String, source: SnapshotSource) throws(RepositoryError) {
        try self.init(repository: Repository.open(at: path), source: source)
    }

    /// The entry at exactly `path`, if the snapshot has one.
    public func entry(at path: GitPath) -> SnapshotEntry? {
        // A binary search costs a few comparisons; hashing every path of a 100k-file tree into
        // a dictionary, to find one `.ossrlint.yml`, cost more than the rest of the lookup work.
        guard isSortedByPath else { return positions[path].map { entries[$0] } }
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].path == path ? entries[low] : nil
    }

    /// The size in bytes of a file's or symlink's content; read from the object header (or the
    /// file system for the work tree) on first use, then remembered.
    public func size(of entry: SnapshotEntry) throws(SnapshotReadError) -> Int {
        let cached = isOwn(entry)
        if cached, sizes[entry.ordinal] >= 0 { return sizes[entry.ordinal] }
        guard entry.kind.hasContent else { throw .noContent(path: entry.path, kind: entry.kind) }
        let size: Int
        if let id = entry.objectID {
            do { size = try repository.blobSize(id) } catch { throw readError(error, entry: entry, id: id) }
        } else {
            size = try fileSystemSize(of: entry)
        }
        if cached { sizes[entry.ordinal] = size }
        return size
    }

    /// The sizes of `entries`' contents, in order, read together; nil where `size(of:)` must be
    /// asked instead (work-tree files, another snapshot's entries, objects that cannot be read:
    /// it says why). Asked one by one, the bookkeeping around each header read (the cache, the
    /// handles, the error) cost about as much again as the read. Callers with many entries ask
    /// in chunks of a thousand or so, which keeps the memory touched small.
    public func sizes(of entries: [SnapshotEntry]) -> [Int?] {
        var results = [Int?](repeating: nil, count: entries.count)
        var unread: [Int] = []
        var ids: [ObjectID] = []
        unread.reserveCapacity(entries.count)
        ids.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() {
            guard isOwn(entry) else { continue }
            if sizes[entry.ordinal] >= 0 {
                results[position] = sizes[entry.ordinal]
            } else if entry.kind.hasContent, let id = entry.objectID {
                unread.append(position)
                ids.append(id)
            }
        }
        let read = repository.blobSizes(ids)
        for (index, position) in unread.enumerated() where read.sizes[index] >= 0 {
            results[position] = read.sizes[index]
            sizes[entries[position].ordinal] = read.sizes[index]
            locations[entries[position].ordinal] = read.locations[index]
        }
        return results
    }

    /// Reads the size of every entry whose blob a pack holds, on this thread and a second one
    /// that reads the same packs through a reader of its own, and remembers each with its place
    /// as `sizes(of:)` would; what the packs do not answer is left for `sizes(of:)` to ask
    /// libgit2. Only for a large listing (below `sizesOnTwoThreadsFrom` entries a thread costs
    /// about what it saves) and without a cache shared between revisions (one thread owns it).
    public func readPackedSizesOnTwoThreads() {
        guard entries.count >= Self.sizesOnTwoThreadsFrom, repository.objectCache == nil else { return }
        let entries = entries
        let packs = repository.packedObjects.packSet
        let chunkSize = 1024
        let chunks = (entries.count + chunkSize - 1) / chunkSize
        let ownReader = repository.packedObjects
        let otherReader = Handover(PackedObjects(packs: packs))
        sizes.withUnsafeMutableBufferPointer { sizes in
            locations.withUnsafeMutableBufferPointer { locations in
                // Each chunk is one thread's alone, so the two write to different places.
                let target = Handover((sizes: sizes, locations: locations))
                let shared = SharedChunks(count: chunks) { chunk in
                    Self.readPackedSizes(of: entries, chunk: chunk, size: chunkSize, with: otherReader.value, into: target.value)
                }
                _ = shared.shareAndWait { chunk in
                    Self.readPackedSizes(of: entries, chunk: chunk, size: chunkSize, with: ownReader, into: target.value)
                }
            }
        }
    }

    static let sizesOnTwoThreadsFrom = 8_192

    private static func readPackedSizes(of entries: [SnapshotEntry], chunk: Int, size chunkSize: Int, with packed: PackedObjects,
                                        into target: (sizes: UnsafeMutableBufferPointer<Int>, locations: UnsafeMutableBufferPointer<PackedObjects.Location>)) {
        for position in chunk * chunkSize..<min((chunk + 1) * chunkSize, entries.count) {
            let entry = entries[position]
            guard target.sizes[position] < 0, entry.kind.hasContent, let id = entry.objectID,
                  let location = packed.locate(id), let size = packed.size(at: location) else { continue }
            target.sizes[position] = size
            target.locations[position] = location
        }
    }

    /// The sizes of `entries`' contents read so far, in order; -1 where none was (not read yet,
    /// not this snapshot's entry, no content).
    public func knownSizes(of entries: [SnapshotEntry]) -> [Int] {
        // The snapshot's own list (nothing excluded) needs no test per entry.
        if entries.withUnsafeBufferPointer({ $0.baseAddress }) == self.entries.withUnsafeBufferPointer({ $0.baseAddress }) && entries.count == sizes.count {
            return sizes
        }
        return entries.map { entry in isOwn(entry) ? sizes[entry.ordinal] : -1 }
    }

    /// Where a pack holds `entry`'s blob, if its size was read from there.
    private func location(of entry: SnapshotEntry) -> PackedObjects.Location {
        isOwn(entry) ? locations[entry.ordinal] : .unknown
    }

    /// Whether `entry` is this snapshot's own, so that its size may be remembered by position:
    /// another snapshot of the repository may have an entry at the same position and path
    /// with other content.
    private func isOwn(_ entry: SnapshotEntry) -> Bool {
        guard sizes.indices.contains(entry.ordinal) else { return false }
        // Field by field, not through a copy of the entry (a retain and a release each, for
        // every blob the secret scan reads).
        return entries[entry.ordinal].objectID == entry.objectID && entries[entry.ordinal].kind == entry.kind && entries[entry.ordinal].path == entry.path
    }

    /// At most `limit` bytes of an entry's content (a symlink's content is its target).
    public func content(of entry: SnapshotEntry, limit: Int = 16 << 20) throws(SnapshotReadError) -> Data {
        guard entry.kind.hasContent else { throw .noContent(path: entry.path, kind: entry.kind) }
        if let id = entry.objectID {
            do { return try repository.blobContent(id, at: location(of: entry), limit: limit) } catch { throw readError(error, entry: entry, id: id) }
        }
        return try fileSystemContent(of: entry, limit: limit)
    }

    /// Calls `body` with at most `limit` bytes of an entry's content, valid only during the call
    /// (a blob's bytes are not copied out of the buffer they were inflated into).
    public func withContent(of entry: SnapshotEntry, limit: Int, _ body: (UnsafeRawBufferPointer) -> Void) throws(SnapshotReadError) {
        guard entry.kind.hasContent else { throw .noContent(path: entry.path, kind: entry.kind) }
        if let id = entry.objectID {
            do { return try repository.withBlobContent(id, at: location(of: entry), limit: limit, body) } catch { throw readError(error, entry: entry, id: id) }
        }
        try fileSystemContent(of: entry, limit: limit).withUnsafeBytes(body)
    }

    /// The repository's tags.
    public func tags() throws(RepositoryError) -> [TagInfo] {
        try repository.tags()
    }

    /// The repository's tags, and the links of its reference store that were skipped.
    public func tagListing() throws(RepositoryError) -> TagListing {
        try repository.tagListing()
    }

    private func readError(_ error: GitError, entry: SnapshotEntry, id: ObjectID) -> SnapshotReadError {
        error.code == .notFound ? .missingObject(path: entry.path, id: id) : .unreadable(path: entry.path, reason: error.message)
    }

    // MARK: Work-tree files

    // A work tree is a folder anyone's checkout fills, and it can change while it is read: a
    // path listed as a file may be a symlink, a FIFO or a folder by the time it is opened, and
    // a folder above it may have become a link. So each path is opened one component at a time
    // from the work tree's root with O_NOFOLLOW (a link anywhere on the way is refused), files
    // with O_NONBLOCK (a FIFO cannot block the run), and only regular files are read.

    /// The folder holding `path`'s last component, opened beneath the work tree, and that
    /// component's name; the caller closes the descriptor.
    private func openParent(of entry: SnapshotEntry) throws(SnapshotReadError) -> (folder: Int32, name: [UInt8]) {
        guard let root = repository.facts.workTree else { throw .unreadable(path: entry.path, reason: "no work tree") }
        let components = entry.path.bytes.split(separator: 0x2F, omittingEmptySubsequences: false).map(Array.init)
        guard let name = components.last, !name.isEmpty, !components.contains(where: { $0.isEmpty || $0 == [0x2E] || $0 == [0x2E, 0x2E] }) else {
            throw .unreadable(path: entry.path, reason: "not a plain path beneath the work tree")
        }
        var folder = withCString(Array(root.utf8)) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard folder >= 0 else { throw .unreadable(path: entry.path, reason: String(cString: strerror(errno))) }
        for component in components.dropLast() {
            let next = withCString(component) { openat(folder, $0, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
            let failure = errno
            close(folder)
            guard next >= 0 else {
                let reason = failure == ELOOP || failure == ENOTDIR ? "a folder on its path is not a plain folder (a symbolic link?)" : String(cString: strerror(failure))
                throw .unreadable(path: entry.path, reason: reason)
            }
            folder = next
        }
        return (folder, name)
    }

    private func fileSystemSize(of entry: SnapshotEntry) throws(SnapshotReadError) -> Int {
        let (folder, name) = try openParent(of: entry)
        defer { close(folder) }
        var info = stat()
        guard withCString(name, { fstatat(folder, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0 else {
            throw .unreadable(path: entry.path, reason: String(cString: strerror(errno)))
        }
        return Int(info.st_size)
    }

    private func fileSystemContent(of entry: SnapshotEntry, limit: Int) throws(SnapshotReadError) -> Data {
        let (folder, name) = try openParent(of: entry)
        defer { close(folder) }
        if entry.kind == .symlink {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = withCString(name) { path in Int32(readlinkat(folder, path, &buffer, buffer.count)) }
            guard count >= 0 else { throw .unreadable(path: entry.path, reason: String(cString: strerror(errno))) }
            return Data(buffer.prefix(min(Int(count), limit)))
        }
        let descriptor = withCString(name) { openat(folder, $0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else {
            let reason = errno == ELOOP ? "it is a symbolic link now, not the file that was listed" : String(cString: strerror(errno))
            throw .unreadable(path: entry.path, reason: reason)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path: entry.path, reason: String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable(path: entry.path, reason: "it is no longer a regular file (a FIFO, a device or a folder took its place)")
        }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while data.count < limit {
            let count = read(descriptor, &chunk, min(chunk.count, limit - data.count))
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: entry.path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            data.append(contentsOf: chunk[0..<count])
        }
        return data
    }
}
