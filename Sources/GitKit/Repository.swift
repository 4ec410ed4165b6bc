internal import CLibGit2
import Foundation

/// An open git repository: the owner of libgit2's `git_repository` handle.
///
/// Not Sendable: use it from one task. Everything it returns is a Sendable value.
public final class Repository {
    let pointer: OpaquePointer
    /// What was opened: bare or not, shallow, HEAD's state.
    public let facts: RepositoryFacts
    private var objectDatabase: ObjectDatabaseHandle?
    /// The packs, read in front of libgit2 for trees, blob sizes and contents; opened on first
    /// use, or shared by the handle this one was opened beside (`reopen`).
    lazy var packedObjects = PackedObjects(packs: PackSet(objectsDirectory: objectsDirectory))
    /// What a run over many revisions keeps between them (`shareObjectsBetweenRevisions`); nil,
    /// the default, reads every object from the object database each time it is asked for.
    private(set) var objectCache: ObjectCache?

    /// Opens the repository containing `path`, searching upward as `git` does; `path` may also
    /// be a bare repository or a `.git` directory. The user's global and system git
    /// configuration are not read, and a repository owned by another user opens (see `LibGit2`).
    public static func open(at path: String) throws(RepositoryError) -> Repository {
        LibGit2.ready
        var handle: OpaquePointer?
        let result = git_repository_open_ext(&handle, path, 0, nil)
        guard result == 0, let handle else {
            let error = GitError.last(result, in: "git_repository_open_ext")
            if error.code == .notFound { throw .notARepository(path: path) }
            throw .unreadable(path: path, error)
        }
        return Repository(handle)
    }

    /// Opens the git directory `gitDirectory` (NUL-terminated path bytes, as `gitDirectoryPath`
    /// gives them) exactly, without searching: a second handle, for another thread.
    static func reopen(gitDirectory: [CChar]) throws(RepositoryError) -> Repository {
        LibGit2.ready
        var handle: OpaquePointer?
        let result = git_repository_open(&handle, gitDirectory)
        guard result == 0, let handle else {
            let path = String(decoding: gitDirectory.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw .unreadable(path: path, GitError.last(result, in: "git_repository_open"))
        }
        return Repository(handle)
    }

    /// The git directory's path as libgit2 holds it, NUL-terminated: raw bytes, so that a
    /// second handle opens the same directory even when its name is not UTF-8.
    var gitDirectoryPath: [CChar] {
        guard let path = git_repository_path(pointer) else { return [0] }
        return Array(UnsafeBufferPointer(start: path, count: strlen(path) + 1))
    }

    /// The object database's folder, as raw path bytes: the common git directory's `objects`
    /// (libgit2, opened as here, does not read `GIT_OBJECT_DIRECTORY`).
    private var objectsDirectory: [UInt8] {
        guard let common = git_repository_commondir(pointer) else { return [] }
        return bytes(of: common) + Array("objects".utf8)
    }

    /// The git directories whose `refs/` and `packed-refs` libgit2 reads: the common one, and a
    /// linked work tree's own.
    private var referenceStores: [[UInt8]] {
        let paths = [git_repository_commondir(pointer), git_repository_path(pointer)].compactMap { $0 }.map { bytes(of: $0) }
        return paths.count == 2 && paths[0] == paths[1] ? [paths[0]] : paths
    }

    private init(_ pointer: OpaquePointer) {
        self.pointer = pointer
        let isBare = git_repository_is_bare(pointer) == 1
        var branch: String?
        var head: OpaquePointer?
        // HEAD may be unborn, so read the symbolic ref itself, not what it resolves to.
        if git_reference_lookup(&head, pointer, "HEAD") == 0, let head {
            if let target = git_reference_symbolic_target(head) {
                let name = lossyString(target)
                branch = name.hasPrefix("refs/heads/") ? String(name.dropFirst("refs/heads/".count)) : name
            }
            git_reference_free(head)
        }
        facts = RepositoryFacts(
            gitDirectory: git_repository_path(pointer).map(lossyString) ?? "",
            workTree: isBare ? nil : git_repository_workdir(pointer).map(lossyString),
            isBare: isBare,
            isShallow: git_repository_is_shallow(pointer) == 1,
            isHeadUnborn: git_repository_head_unborn(pointer) == 1,
            isHeadDetached: git_repository_head_detached(pointer) == 1,
            headBranch: branch
        )
    }

    deinit { git_repository_free(pointer) }

    /// Keeps what is read — trees as listed, blob sizes, the contents of small blobs — by object
    /// id until the repository is closed, within about `memoryLimit` bytes, for a run that
    /// reads many revisions (a history of releases): what they share is read once. The tags
    /// are read once too: every revision of the run sees the tags as they were first read.
    public func shareObjectsBetweenRevisions(memoryLimit: Int = 256 << 20) {
        if objectCache == nil { objectCache = ObjectCache(memoryLimit: memoryLimit) }
    }

    // MARK: Commits

    /// Resolves any revision git understands (`HEAD`, `main`, `v1.0`, `a1b2c3d`, `HEAD~2`,
    /// `v1.0^{commit}`) to the commit it names.
    public func commit(forRevision revision: String) throws(RepositoryError) -> CommitInfo {
        if facts.isHeadUnborn, revision == "HEAD" || revision == "@" { throw .unbornHead(branch: facts.headBranch) }
        var object: OpaquePointer?
        let result = git_revparse_single(&object, pointer, revision)
        guard result == 0, let object else {
            let error = GitError.last(result, in: "git_revparse_single")
            switch error.code {
            case .ambiguous: throw .ambiguousRevision(revision, error)
            case .invalidSpec, .peel, .invalid: throw .revisionNotACommit(revision, error)
            case .unbornBranch: throw .unbornHead(branch: facts.headBranch)
            // A name that is a reference but whose object cannot be found: the repository is
            // damaged (a deleted commit, a truncated pack), not the revision mistaken.
            case .notFound where namesReference(revision): throw .damaged(revision: revision, error)
            case .notFound: throw .revisionNotFound(revision, error)
            // Anything else is the repository failing to be read: a pack, zlib, a file
            // under objects/ or refs/.
            default: throw .damaged(revision: revision, error)
            }
        }
        let owner = ObjectHandle(object)
        var peeled: OpaquePointer?
        let peelResult = git_object_peel(&peeled, owner.pointer, GIT_OBJECT_COMMIT)
        guard peelResult == 0, let peeled else {
            throw .revisionNotACommit(revision, GitError.last(peelResult, in: "git_object_peel"))
        }
        let commit = CommitHandle(peeled)
        return Self.info(of: commit)
    }

    /// Whether `revision` names a tag (`v1.0`, `refs/tags/v1.0`), as git resolves short names.
    public func namesTag(_ revision: String) -> Bool {
        var reference: OpaquePointer?
        guard git_reference_dwim(&reference, pointer, revision) == 0, let reference else { return false }
        defer { git_reference_free(reference) }
        guard let name = git_reference_name(reference) else { return false }
        return strncmp(name, "refs/tags/", 10) == 0
    }

    /// Whether `name` is a reference as git resolves short names (`HEAD`, `main`, `v1.0`).
    private func namesReference(_ name: String) -> Bool {
        var reference: OpaquePointer?
        guard git_reference_dwim(&reference, pointer, name) == 0, let reference else { return false }
        git_reference_free(reference)
        return true
    }

    /// The commit with this id.
    public func commit(_ id: ObjectID) throws(RepositoryError) -> CommitInfo {
        var oid = id.gitOID
        var handle: OpaquePointer?
        let result = git_commit_lookup(&handle, pointer, &oid)
        guard result == 0, let handle else { throw .git(GitError.last(result, in: "git_commit_lookup")) }
        return Self.info(of: CommitHandle(handle))
    }

    /// HEAD's commit, or `nil` when HEAD is unborn.
    public func headCommit() throws(RepositoryError) -> CommitInfo? {
        facts.isHeadUnborn ? nil : try commit(forRevision: "HEAD")
    }

    static func info(of commit: CommitHandle) -> CommitInfo {
        let summary = git_commit_summary(commit.pointer).map(lossyString) ?? ""
        let fallback = Signature(name: "", email: "", time: git_commit_time(commit.pointer))
        return CommitInfo(
            id: ObjectID(git_commit_id(commit.pointer)),
            author: git_commit_author(commit.pointer).map(Signature.init) ?? fallback,
            committer: git_commit_committer(commit.pointer).map(Signature.init) ?? fallback,
            summary: summary,
            parentCount: Int(git_commit_parentcount(commit.pointer))
        )
    }

    // MARK: History

    /// Whether `ancestor` is `commit` itself or reachable from it through parents.
    public func isAncestor(_ ancestor: ObjectID, of commit: ObjectID) throws(RepositoryError) -> Bool {
        if ancestor == commit { return true }
        var descendantID = commit.gitOID
        var ancestorID = ancestor.gitOID
        let result = git_graph_descendant_of(pointer, &descendantID, &ancestorID)
        if result < 0 { throw historyError(result, in: "git_graph_descendant_of") }
        return result == 1
    }

    /// How many commits `commit` has that `base` has not (`git rev-list --count base..commit`):
    /// one walk from `commit` with `base` hidden, which reads only the commits between them and
    /// the edge of `base`'s history. `git_graph_ahead_behind` also counted `base`'s side, and on
    /// astropy (40k commits) a quarter of a lint went to reading commits for it.
    public func commitCount(from base: ObjectID, to commit: ObjectID) throws(RepositoryError) -> Int {
        var walkPointer: OpaquePointer?
        try wrap("git_revwalk_new", git_revwalk_new(&walkPointer, pointer))
        guard let walkPointer else { return 0 }
        let walk = RevisionWalkHandle(walkPointer)
        var start = commit.gitOID
        var hidden = base.gitOID
        var result = git_revwalk_push(walk.pointer, &start)
        if result < 0 { throw historyError(result, in: "git_revwalk_push") }
        result = git_revwalk_hide(walk.pointer, &hidden)
        if result < 0 { throw historyError(result, in: "git_revwalk_hide") }
        var count = 0
        var next = git_oid()
        while true {
            result = git_revwalk_next(&next, walk.pointer)
            if result == GIT_ITEROVER.rawValue { return count }
            if result < 0 { throw historyError(result, in: "git_revwalk_next") }
            count += 1
        }
    }

    /// libgit2 1.5 ignores shallow boundaries, so in a shallow clone a walk that needs a
    /// missing commit fails: with "not found", or (from the merge-base code behind
    /// `git_graph_*`) with a generic code of the object database's class.
    private func historyError(_ result: Int32, in function: String) -> RepositoryError {
        let error = GitError.last(result, in: function)
        let isMissingObject = error.code == .notFound || error.errorClass == Int32(GIT_ERROR_ODB.rawValue)
        return facts.isShallow && isMissingObject ? .shallowHistory(error) : .git(error)
    }

    // MARK: Tags and remotes

    /// Every tag under `refs/tags/`, sorted by name bytes; a symbolic link in the reference
    /// store is skipped (see `tagListing()`, which names them).
    public func tags() throws(RepositoryError) -> [TagInfo] {
        try tagListing().tags
    }

    /// Every tag under `refs/tags/`, sorted by name bytes, and the symbolic links of the
    /// reference store that were skipped rather than followed (see `scanReferenceStores`).
    public func tagListing() throws(RepositoryError) -> TagListing {
        if let listing = objectCache?.tagListing { return listing }
        let listing = try readTagListing()
        objectCache?.tagListing = listing
        return listing
    }

    private func readTagListing() throws(RepositoryError) -> TagListing {
        let scan = scanReferenceStores(referenceStores)
        var collected = CollectedTags()
        if scan.links.isEmpty {
            var iteratorPointer: OpaquePointer?
            // Every reference, tags picked out below by their prefix: libgit2 matches a glob
            // against each packed reference with its wildmatch, which took as long again as the
            // iteration (1,000 tags: 0.78 against 0.37 ms, measured in C).
            try wrap("git_reference_iterator_new", git_reference_iterator_new(&iteratorPointer, pointer))
            guard let iteratorPointer else { return TagListing(tags: [], skippedLinks: []) }
            let iterator = ReferenceIteratorHandle(iteratorPointer)
            while true {
                var referencePointer: OpaquePointer?
                let result = git_reference_next(&referencePointer, iterator.pointer)
                if result == GIT_ITEROVER.rawValue { break }
                try wrap("git_reference_next", result)
                guard let referencePointer else { break }
                try collect(ReferenceHandle(referencePointer), into: &collected)
            }
        } else {
            for name in tagNames(from: scan) {
                var referencePointer: OpaquePointer?
                let fullName = Array("refs/tags/".utf8) + name + [0]
                let result = fullName.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { git_reference_lookup(&referencePointer, pointer, $0.baseAddress) }
                }
                guard result == 0, let referencePointer else { continue }  // not a valid reference
                try collect(ReferenceHandle(referencePointer), into: &collected)
            }
        }
        return TagListing(tags: collected.sorted(), skippedLinks: scan.links.map { String(decoding: $0, as: UTF8.self) })
    }

    /// The tag names of a store holding links: loose files found beside them and packed
    /// names, except a packed name whose loose file would be reached through a link (libgit2
    /// looks for the loose file first).
    private func tagNames(from scan: ReferenceStoreScan) -> [[UInt8]] {
        var names = Set(scan.looseTagNames)
        if let path = scan.packedReferences, let contents = FileManager.default.contents(atPath: String(decoding: path, as: UTF8.self)) {
            let common = referenceStores.first ?? []
            let tagsFolder = (common.last == 0x2F ? common : common + [0x2F]) + Array("refs/tags/".utf8)
            for name in packedTagNames(in: contents) {
                let loose = tagsFolder + name
                let throughLink = scan.links.contains { link in loose.starts(with: link) && (loose.count == link.count || loose[link.count] == 0x2F) }
                if !throughLink { names.insert(name) }
            }
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Tags as they are read, and what reading them shares: tags often share commits (and
    /// libgit2's object cache is off), so each target and each commit is read once.
    private struct CollectedTags {
        var names: [ArraySlice<UInt8>] = []
        var tags: [TagInfo] = []
        var commitTimes: [ObjectID: Int64] = [:]
        var byTarget: [ObjectID: TagInfo] = [:]

        /// libgit2 hands out loose tags, then packed ones: usually each run is sorted already.
        /// Sort positions, not the tags themselves (a thousand large values to move around).
        func sorted() -> [TagInfo] {
            if zip(names, names.dropFirst()).allSatisfy({ !$1.lexicographicallyPrecedes($0) }) { return tags }
            return names.indices.sorted { names[$0].lexicographicallyPrecedes(names[$1]) }.map { tags[$0] }
        }
    }

    /// Adds `reference` when it is a tag with a target of its own (a symbolic one is left out).
    private func collect(_ reference: ReferenceHandle, into collected: inout CollectedTags) throws(RepositoryError) {
        let tagPrefix = "refs/tags/"
        guard let rawName = git_reference_name(reference.pointer), strncmp(rawName, tagPrefix, tagPrefix.utf8.count) == 0,
              let target = git_reference_target(reference.pointer) else { return }
        let nameBytes = bytes(of: rawName).dropFirst(tagPrefix.utf8.count)
        let name = String(decoding: nameBytes, as: UTF8.self)
        let targetID = ObjectID(target)
        if let known = collected.byTarget[targetID] {
            collected.tags.append(known.named(name))
        } else {
            let info = try tag(named: name, target: targetID, commitTimes: &collected.commitTimes)
            collected.byTarget[targetID] = info
            collected.tags.append(info)
        }
        collected.names.append(nameBytes)
    }

    private func commitTime(_ id: ObjectID, cache: inout [ObjectID: Int64]) throws(RepositoryError) -> Int64 {
        if let time = cache[id] { return time }
        let time = try commit(id).committer.time
        cache[id] = time
        return time
    }

    private func tag(named name: String, target: ObjectID, commitTimes: inout [ObjectID: Int64]) throws(RepositoryError) -> TagInfo {
        var oid = target.gitOID
        var objectPointer: OpaquePointer?
        let result = git_object_lookup(&objectPointer, pointer, &oid, GIT_OBJECT_ANY)
        guard result == 0, let objectPointer else {
            // A tag whose object is missing is still a tag; it just points nowhere we can read.
            return TagInfo(name: name, isAnnotated: false, commit: nil, tagger: nil, message: nil, date: nil)
        }
        let object = ObjectHandle(objectPointer)
        switch git_object_type(object.pointer) {
        case GIT_OBJECT_COMMIT:
            return TagInfo(name: name, isAnnotated: false, commit: target, tagger: nil, message: nil, date: try commitTime(target, cache: &commitTimes))
        case GIT_OBJECT_TAG:
            var tagPointer: OpaquePointer?
            try wrap("git_tag_lookup", git_tag_lookup(&tagPointer, pointer, &oid))
            guard let tagPointer else { break }
            let tag = TagHandle(tagPointer)
            let tagger = git_tag_tagger(tag.pointer).map(Signature.init)  // NULL for taggerless tags
            let message = git_tag_message(tag.pointer).map(lossyString)
            var peeledPointer: OpaquePointer?
            var commitID: ObjectID?
            var commitTime: Int64?
            if git_tag_peel(&peeledPointer, tag.pointer) == 0, let peeledPointer {
                let peeled = ObjectHandle(peeledPointer)
                if git_object_type(peeled.pointer) == GIT_OBJECT_COMMIT, let id = git_object_id(peeled.pointer) {
                    commitID = ObjectID(id)
                    commitTime = try? self.commitTime(ObjectID(id), cache: &commitTimes)
                }
            }
            return TagInfo(name: name, isAnnotated: true, commit: commitID, tagger: tagger, message: message, date: tagger?.time ?? commitTime)
        default:
            break
        }
        return TagInfo(name: name, isAnnotated: false, commit: nil, tagger: nil, message: nil, date: nil)
    }

    /// The configured remotes, by name.
    public func remotes() throws(RepositoryError) -> [Remote] {
        let names = StringArray()
        try wrap("git_remote_list", git_remote_list(&names.value, pointer))
        var remotes: [Remote] = []
        for index in 0..<names.value.count {
            guard let rawName = names.value.strings[index] else { continue }
            var remotePointer: OpaquePointer?
            guard git_remote_lookup(&remotePointer, pointer, rawName) == 0, let remotePointer else { continue }
            let remote = RemoteHandle(remotePointer)
            remotes.append(Remote(name: lossyString(rawName), url: git_remote_url(remote.pointer).map(lossyString)))
        }
        return remotes.sorted { $0.name < $1.name }
    }

    /// Up to `limit` commits reachable from `start`, newest committer time first (for
    /// authorship facts). In a shallow clone the walk ends at the shallow boundary, as `git log`
    /// does there.
    public func history(from start: ObjectID, limit: Int) throws(RepositoryError) -> [CommitInfo] {
        // libgit2 1.5 does not know shallow boundaries: its revision walk parses every parent
        // it queues and fails on the first one a shallow clone lacks, before returning even
        // `start`. So walk here: always take the newest commit queued, like GIT_SORT_TIME.
        var startID = start.gitOID
        var startPointer: OpaquePointer?
        try wrap("git_commit_lookup", git_commit_lookup(&startPointer, pointer, &startID))
        guard let startPointer else { return [] }
        // Ordered by committer time, oldest first, so the newest is popped from the end.
        var queue: [(time: Int64, commit: CommitHandle)] = [(git_commit_time(startPointer), CommitHandle(startPointer))]
        var seen: Set<ObjectID> = [start]
        var commits: [CommitInfo] = []
        while commits.count < limit, let (_, commit) = queue.popLast() {
            commits.append(Self.info(of: commit))
            for index in 0..<git_commit_parentcount(commit.pointer) {
                guard let parentID = git_commit_parent_id(commit.pointer, index), seen.insert(ObjectID(parentID)).inserted else { continue }
                guard let parent = try walkedCommit(ObjectID(parentID)) else { continue }
                let time = git_commit_time(parent.pointer)
                var low = 0, high = queue.count
                while low < high {
                    let middle = (low + high) / 2
                    if queue[middle].time <= time { low = middle + 1 } else { high = middle }
                }
                queue.insert((time, parent), at: low)
            }
        }
        return commits
    }

    /// A parent met in a history walk; `nil` when it lies beyond a shallow clone's boundary.
    func walkedCommit(_ id: ObjectID) throws(RepositoryError) -> CommitHandle? {
        var oid = id.gitOID
        var handle: OpaquePointer?
        let result = git_commit_lookup(&handle, pointer, &oid)
        if result == 0, let handle { return CommitHandle(handle) }
        let error = historyError(result, in: "git_commit_lookup")
        if case .shallowHistory = error { return nil }
        throw error
    }

    // MARK: Objects

    func database() throws(RepositoryError) -> ObjectDatabaseHandle {
        if let objectDatabase { return objectDatabase }
        var handle: OpaquePointer?
        try wrap("git_repository_odb", git_repository_odb(&handle, pointer))
        guard let handle else { throw .git(GitError(code: .generic, errorClass: 0, function: "git_repository_odb", message: "no object database")) }
        let database = ObjectDatabaseHandle(handle)
        objectDatabase = database
        return database
    }

    /// The size of a blob from its object header, without inflating its content.
    func blobSize(_ id: ObjectID) throws(GitError) -> Int {
        if let size = objectCache?.size(of: id) { return size }
        var oid = id.gitOID
        var length = 0
        var type = GIT_OBJECT_ANY
        let database: ObjectDatabaseHandle
        do { database = try self.database() } catch { throw GitError(code: .generic, errorClass: 0, function: "git_repository_odb", message: error.description) }
        try check("git_odb_read_header", git_odb_read_header(&length, &type, database.pointer, &oid))
        objectCache?.store(size: length, for: id)
        return length
    }

    /// The sizes of many blobs from their object headers, in order, and where a pack holds
    /// each (for its content to be read from there): -1 and `.unknown` where `blobSize` must be
    /// asked instead (it then reads the object or says what went wrong).
    func blobSizes(_ ids: [ObjectID]) -> (sizes: [Int], locations: [PackedObjects.Location]) {
        var sizes = [Int](repeating: -1, count: ids.count)
        var locations = [PackedObjects.Location](repeating: .unknown, count: ids.count)
        var unread: [Int] = []
        for (position, id) in ids.enumerated() {
            if let size = objectCache?.size(of: id) {
                sizes[position] = size
            } else if let location = packedObjects.locate(id), let size = packedObjects.size(at: location) {
                sizes[position] = size
                locations[position] = location
            } else {
                unread.append(position)
            }
        }
        if !unread.isEmpty, let database = try? database() {
            let unreadIDs = unread.map { ids[$0].gitOID }
            var read = [Int](repeating: -1, count: unread.count)
            read.withUnsafeMutableBufferPointer { read in
                ossrlint_odb_read_sizes(database.pointer, unreadIDs, unreadIDs.count, read.baseAddress)
            }
            for (position, size) in zip(unread, read) { sizes[position] = size }
        }
        if let objectCache {
            for (id, size) in zip(ids, sizes) where size >= 0 { objectCache.store(size: size, for: id) }
        }
        return (sizes, locations)
    }

    /// Up to `limit` bytes of a blob's content; `location`, where `blobSizes` found it.
    func blobContent(_ id: ObjectID, at location: PackedObjects.Location = .unknown, limit: Int) throws(GitError) -> Data {
        if let whole = objectCache?.content(of: id) { return whole.count <= limit ? whole : Data(whole.prefix(limit)) }
        // The cache keeps whole blobs: with one, the whole blob is read.
        var data = Data()
        if readPackedBlob(id, at: location, limit: objectCache == nil ? limit : .max, { data = keep($0, of: id, limit: limit) }) { return data }
        return try withInflatedBlob(id) { keep($0, of: id, limit: limit) }
    }

    /// Calls `body` with up to `limit` bytes of a blob's content where it was inflated, valid
    /// only during the call: for a reader that looks at each blob once (the secret scan), a
    /// `Data` per blob — two allocations and a copy — cost more than the looking.
    ///
    /// Not generic over what `body` returns: called from another module, a generic function
    /// runs unspecialised, and looking up its result type's metadata for every blob cost 8% of
    /// a lint of 100k files (callgrind).
    func withBlobContent(_ id: ObjectID, at location: PackedObjects.Location = .unknown, limit: Int,
                         _ body: (UnsafeRawBufferPointer) -> Void) throws(GitError) {
        if let whole = objectCache?.content(of: id) { return whole.prefix(limit).withUnsafeBytes(body) }
        if readPackedBlob(id, at: location, limit: limit, body) { return }
        try withInflatedBlob(id) { body(UnsafeRawBufferPointer(rebasing: $0.prefix(limit))) }
    }

    /// Calls `body` with up to `limit` bytes of the blob as the pack reader gives them, and
    /// says whether it did; false, without calling it, where libgit2 must read the blob.
    private func readPackedBlob(_ id: ObjectID, at location: PackedObjects.Location, limit: Int, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard let location = location == .unknown ? packedObjects.locate(id) : location else { return false }
        return packedObjects.readBlob(at: location, limit: limit, body)
    }

    /// The whole blob as libgit2 inflated it, freed when `body` returns.
    private func withInflatedBlob<Result>(_ id: ObjectID, _ body: (UnsafeRawBufferPointer) -> Result) throws(GitError) -> Result {
        var oid = id.gitOID
        if let database = try? database() {
            var data: UnsafeMutableRawPointer?
            var size = 0
            var owner: UnsafeMutablePointer<git_odb_backend>?
            if ossrlint_odb_read_blob(database.pointer, &oid, &data, &size, &owner) == 0, let data {
                defer { git_odb_backend_data_free(owner, data) }
                return body(UnsafeRawBufferPointer(start: data, count: size))
            }
        }
        var blobPointer: OpaquePointer?
        try check("git_blob_lookup", git_blob_lookup(&blobPointer, pointer, &oid))
        guard let blobPointer else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        let blob = BlobHandle(blobPointer)
        let raw = git_blob_rawcontent(blob.pointer)
        return body(UnsafeRawBufferPointer(start: raw, count: raw == nil ? 0 : Int(git_blob_rawsize(blob.pointer))))
    }

    /// The first `limit` bytes of a blob's whole `content`, which the cache keeps (if any) so
    /// that a later revision asking for more of it than this one did is answered from memory
    /// too: the blob is inflated whole either way.
    private func keep(_ content: UnsafeRawBufferPointer, of id: ObjectID, limit: Int) -> Data {
        guard let base = content.baseAddress else { return Data() }
        if let objectCache, content.count <= ObjectCache.largestContent {
            let whole = Data(bytes: base, count: content.count)
            objectCache.store(content: whole, for: id)
            objectCache.store(size: content.count, for: id)
            return whole.count <= limit ? whole : Data(whole.prefix(limit))
        }
        return Data(bytes: base, count: min(content.count, limit))
    }

    func wrap(_ function: String, _ result: Int32) throws(RepositoryError) {
        if result < 0 { throw .git(GitError.last(result, in: function)) }
    }
}
