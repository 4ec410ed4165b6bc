import Foundation

/// Trees, blob sizes and blob contents read straight from the repository's packs, in front of
/// libgit2: whatever this reader does not answer (a loose object, an alternate's, a pack
/// written since, damage, a tree in a form `TreeObject` leaves to libgit2) goes to libgit2,
/// which reads it or says what went wrong.
///
/// Why not libgit2 alone (the defect, measured): a lint reads every tree, the size of every
/// blob and the content of every text file. libgit2 1.5 looks each object up in the pack index
/// again for its content, takes its window lock and allocates around every read, and its reads
/// do not scale to a second thread (that lock is process-wide: two threads took longer than
/// one). On the benchmark's 100k-file repository its headers took 23 ms and its contents
/// 61–110 ms, against about 15 and 20 for this reader's C prototype (`Scripts/libgit2-read-floor.c`,
/// same blobs, same order); a whole lint of its million-file repository went from 2.9 s to
/// 1.8 s, and readers sharing one `PackSet` do scale to a second thread.
final class PackedObjects {
    /// Where a packed object starts: which pack, and the offset in it, in one number (a
    /// snapshot keeps one per entry).
    struct Location: Equatable {
        fileprivate let raw: UInt64

        /// No place known: not looked up yet, or not in a pack.
        static let unknown = Location(raw: .max)

        private init(raw: UInt64) { self.raw = raw }
        fileprivate init(pack: Int, offset: Int) { raw = UInt64(pack) << 48 | UInt64(offset) }
        fileprivate var pack: Int { Int(raw >> 48) }
        fileprivate var offset: Int { Int(raw & (1 << 48 - 1)) }
    }

    /// The packs, as a listing's second thread shares them.
    let packSet: PackSet
    private let packs: [PackFile]
    private let inflater = Inflater()
    /// The pack that held the last object found: objects read together are usually together.
    private var recentPack = 0
    /// Where contents are inflated, reused from one blob to the next; larger ones get their own.
    private var scratch: UnsafeMutableRawBufferPointer
    private static let scratchLimit = 16 << 20
    /// Objects rebuilt as bases of deltas, by location, and their bytes in all.
    private var bases: [UInt64: (type: UInt8, content: [UInt8])] = [:]
    private var basesBytes = 0
    /// As libgit2's own delta base cache: 16 MB in all, no base over 1 MB.
    private static let basesBudget = 16 << 20
    private static let largestBase = 1 << 20
    /// The largest object read here, whole or rebuilt; larger ones are libgit2's to read.
    static let largestObject = 256 << 20
    /// Deeper delta chains than git ever writes (`pack.depth` is at most 4,095) are damage.
    private static let deepestChain = 10_000

    /// A reader of `packs`, which other threads' readers may share.
    init(packs: PackSet) {
        self.packSet = packs
        self.packs = packs.packs
        scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 16)
    }

    deinit { scratch.deallocate() }

    /// Where a pack holds `id`; nil when none does.
    func locate(_ id: ObjectID) -> Location? {
        guard !packs.isEmpty else { return nil }
        if let offset = packs[recentPack].offset(of: id) { return Location(pack: recentPack, offset: offset) }
        for pack in packs.indices where pack != recentPack {
            if let offset = packs[pack].offset(of: id) {
                recentPack = pack
                return Location(pack: pack, offset: offset)
            }
        }
        return nil
    }

    /// The length of the object at `location`, as `git cat-file -s` gives it: a delta's is the
    /// length of what it rebuilds, read from the start of the delta, and its chain of bases must
    /// end in a whole object, as libgit2 requires.
    func size(at location: Location) -> Int? {
        guard location != .unknown, let header = packs[location.pack].header(at: location.offset) else { return nil }
        if case .whole = header.kind { return header.size }
        guard wholeType(below: header, in: location.pack) != nil else { return nil }
        // Twenty bytes hold the two lengths a delta opens with.
        let wanted = min(header.size, 20)
        return withInflated(header, in: location.pack, limit: wanted) { Delta.lengths(of: $0)?.result } ?? nil
    }

    /// Calls `body` with up to `limit` bytes of the blob at `location`, valid only during the
    /// call, and says whether it did; false, without calling it, when that object is not a blob
    /// or cannot be read here (damage): libgit2 is asked then. `body` must not read another
    /// blob through this reader.
    func readBlob(at location: Location, limit: Int, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        withObject(at: location, ofType: PackFile.blobType, limit: limit, body) != nil
    }

    /// The entries of the tree `id`; nil when no pack holds it, or this reader cannot read it
    /// (damage, or a form it leaves to libgit2: `TreeObject(parsing:)`).
    func tree(_ id: ObjectID) -> TreeObject? {
        guard let location = locate(id) else { return nil }
        return withObject(at: location, ofType: PackFile.treeType, limit: .max) { TreeObject(parsing: $0) } ?? nil
    }

    /// The parents of the commit `id`; nil when no pack holds it, or this reader cannot read it
    /// (damage, or a form it leaves to libgit2: `CommitObject.parents(parsing:)`).
    func commitParents(_ id: ObjectID) -> [ObjectID]? {
        guard let location = locate(id) else { return nil }
        // The tree and parent lines open the object: its first bytes hold them (inflating whole
        // commits, messages and all, was most of a walk of astropy's history), and only an
        // octopus merge needs more.
        let start = 512
        if let parents = withObject(at: location, ofType: PackFile.commitType, limit: start, { CommitObject.parents(parsing: $0, mayContinue: $0.count == start) }) ?? nil {
            return parents
        }
        return withObject(at: location, ofType: PackFile.commitType, limit: .max) { CommitObject.parents(parsing: $0) } ?? nil
    }

    /// `body` called with up to `limit` bytes of the object at `location` when it is of `type`:
    /// a whole object inflated, a delta rebuilt from its bases; nil when it is of another type
    /// or cannot be read here.
    private func withObject<Result>(at location: Location, ofType type: UInt8, limit: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        guard location != .unknown, let header = packs[location.pack].header(at: location.offset) else { return nil }
        if case .whole(let found) = header.kind {
            guard found == type else { return nil }
            return withInflated(header, in: location.pack, limit: limit, body)
        }
        guard let rebuilt = rebuild(location), rebuilt.type == type else { return nil }
        return rebuilt.content.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0.prefix(limit))) }
    }

    /// `body` called with up to `limit` bytes of the entry `header` describes (a whole object's
    /// content, or a delta's instructions), inflated into the scratch buffer; nil when zlib
    /// refuses them.
    private func withInflated<Result>(_ header: PackFile.Header, in pack: Int, limit: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        let count = min(limit, header.size)
        let data = packs[pack].data(from: header.dataStart)
        // A header is the repository's word, and must not decide how much memory is taken:
        // zlib cannot expand by more than about 1,032 to 1, and larger objects go to libgit2,
        // whose allocation fails with an error where Swift's would stop the run.
        guard count <= Self.largestObject, count / 1_032 <= data.count else { return nil }
        return withScratch(count: count) { buffer in
            inflater.inflate(data, into: buffer, count: count, whole: count == header.size)
                ? body(UnsafeRawBufferPointer(rebasing: buffer.prefix(count))) : nil
        }
    }

    /// The object at `location` rebuilt from its delta chain: the chain is followed down to a
    /// whole object (or a base rebuilt before), then each delta is applied on the way back up.
    /// Every object rebuilt on the way is kept for the next chain (`bases`): versions of one
    /// file share their bases.
    private func rebuild(_ location: Location) -> (type: UInt8, content: [UInt8])? {
        var deltas: [(location: Location, header: PackFile.Header)] = []
        var current = location
        var bottom: (type: UInt8, content: [UInt8])?
        for _ in 0..<Self.deepestChain {
            if let known = bases[current.raw] {
                bottom = known
                break
            }
            guard let header = packs[current.pack].header(at: current.offset) else { return nil }
            switch header.kind {
            case .whole(let type):
                guard let content = withInflated(header, in: current.pack, limit: .max, { Array($0) }) else { return nil }
                bottom = (type, content)
                keep(bottom, at: current)
            case .offsetDelta(let base):
                deltas.append((current, header))
                current = Location(pack: current.pack, offset: base)
            case .referenceDelta(let base):
                guard let found = locate(base) else { return nil }
                deltas.append((current, header))
                current = found
            }
            if bottom != nil { break }
        }
        guard var object = bottom else { return nil }
        for (place, header) in deltas.reversed() {
            guard let content = withInflated(header, in: place.pack, limit: .max, { delta in
                object.content.withUnsafeBytes { Delta.apply(delta, to: $0, largest: Self.largestObject) }
            }) ?? nil else { return nil }
            object.content = content
            if place != location { keep(object, at: place) }
        }
        return object
    }

    /// Keeps a rebuilt base for later chains, within `basesBudget`: when full, all are let go
    /// (chains are read in path order, and the next file's bases are rarely the last one's).
    private func keep(_ object: (type: UInt8, content: [UInt8])?, at location: Location) {
        guard let object, object.content.count <= Self.largestBase else { return }
        if basesBytes + object.content.count > Self.basesBudget {
            bases.removeAll(keepingCapacity: true)
            basesBytes = 0
        }
        bases[location.raw] = object
        basesBytes += object.content.count
    }

    /// The type of the whole object a delta chain ends in; nil when the chain is broken.
    private func wholeType(below header: PackFile.Header, in pack: Int) -> UInt8? {
        var header = header
        var pack = pack
        for _ in 0..<Self.deepestChain {
            switch header.kind {
            case .whole(let type):
                return type
            case .offsetDelta(let base):
                guard let next = packs[pack].header(at: base) else { return nil }
                header = next
            case .referenceDelta(let base):
                guard let found = locate(base), let next = packs[found.pack].header(at: found.offset) else { return nil }
                header = next
                pack = found.pack
            }
        }
        return nil
    }

    /// At least `count` bytes to inflate into, with room to spare (`Inflater` says why): the
    /// reused scratch buffer (grown to fit), or for a blob larger than `scratchLimit` a buffer
    /// of its own, freed after `body`.
    private func withScratch<Result>(count: Int, _ body: (UnsafeMutableRawBufferPointer) -> Result) -> Result {
        let spare = 1 << 10
        if count > Self.scratchLimit {
            let own = UnsafeMutableRawBufferPointer.allocate(byteCount: count + spare, alignment: 16)
            defer { own.deallocate() }
            return body(own)
        }
        if count + spare > scratch.count {
            let grown = max(count + spare, scratch.count * 2)
            scratch.deallocate()
            scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: grown, alignment: 16)
        }
        return body(scratch)
    }
}

/// The repository's packs, mapped once: read-only, so the threads of a listing share them,
/// each through a `PackedObjects` of its own.
final class PackSet: Sendable {
    let packs: [PackFile]

    /// The packs in `objectsDirectory/pack` (raw path bytes, no NUL) that open and are well
    /// formed, in name order.
    init(objectsDirectory: [UInt8]) {
        let folder = objectsDirectory + Array("/pack/".utf8)
        var names: [[UInt8]] = []
        if let directory = opendir(folder.map { CChar(bitPattern: $0) } + [0]) {
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
                if name.count > 4, name.suffix(4).elementsEqual(".idx".utf8) { names.append(Array(name.dropLast(4))) }
            }
            closedir(directory)
        }
        let toPath = { (bytes: [UInt8]) in bytes.map { CChar(bitPattern: $0) } + [0] }
        // A `Location` has 16 bits for its pack; a repository with more packs than this has
        // the rest read by libgit2.
        packs = names.sorted { $0.lexicographicallyPrecedes($1) }.prefix(1 << 15).compactMap { stem in
            PackFile(indexPath: toPath(folder + stem + Array(".idx".utf8)), packPath: toPath(folder + stem + Array(".pack".utf8)))
        }
    }
}
