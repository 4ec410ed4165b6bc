import CLibGit2
import Foundation
@testable import GitKit
import Testing
import TestSupport

/// The pack reader in front of libgit2 gives what git gives, or leaves the object to libgit2:
/// every size and every blob it reads is checked against git's own (`cat-file`, `hash-object`)
/// on packs written by `git pack-objects`, with offset deltas, reference deltas and 64-bit
/// offsets, and on packs damaged by hand.
@Suite struct PackedObjectsTests {
    /// A repository whose history makes deltas (a text file edited over five commits) beside
    /// whole blobs of every kind: empty, small, incompressible, and larger than the reader's
    /// reused buffer; packed by `pack-objects` with `arguments`, its loose objects removed.
    private func packedRepository(_ arguments: [String] = ["--delta-base-offset"]) throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        var generator = SystemRandomNumberGenerator()
        let noise = Data((0..<300_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try repository.write("noise.bin", data: noise)
        try repository.write("empty", "")
        try repository.write("large.txt", String(repeating: "all work and no play\n", count: 900_000))
        for version in 1...5 {
            // Each version longer than the last, so that a delta's length differs from its base's.
            let lines = (0..<(2_000 + 10 * version)).map { "line \($0) of version \($0 % 100 == 0 ? version : 1)" }
            try repository.write("notes.txt", lines.joined(separator: "\n"))
            try repository.write("small.txt", "version \(version)\n")
            try repository.commit("version \(version)")
        }
        // A tree in forms git no longer writes: a group-writable file's mode, a mode with a
        // leading zero, a symlink with execute bits; kept by a branch, so that it is packed.
        let blob = try repository.hashObject(type: "blob", Data("odd\n".utf8))
        var odd = Data()
        for (mode, name) in [("0100644", "leading-zero"), ("100664", "group-writable"), ("120755", "odd-link")] {
            odd.append(Data("\(mode) \(name)\0".utf8))
            odd.append(Data(stride(from: 0, to: 40, by: 2).map { UInt8(blob.dropFirst($0).prefix(2), radix: 16) ?? 0 }))
        }
        let oddTree = try repository.hashObject(type: "tree", odd)
        let oddCommit = try repository.git("commit-tree", oddTree, "-m", "odd modes").trimmingCharacters(in: .whitespacesAndNewlines)
        try repository.git("update-ref", "refs/heads/odd", oddCommit)
        // pack-objects fed an empty input of our own, not `git gc` (whose /dev/null input is a
        // regular file on some machines).
        try repository.git(["pack-objects", "--all", "--quiet"] + arguments + [".git/objects/pack/pack"])
        try repository.git("prune-packed")
        return repository
    }

    /// Every object of the repository: id, type and size, as git reads them.
    private func objects(of repository: TemporaryRepository) throws -> [(id: ObjectID, type: String, size: Int)] {
        try repository.git("cat-file", "--batch-check", "--batch-all-objects").split(separator: "\n").map { line in
            let fields = line.split(separator: " ")
            return (try #require(ObjectID(hex: String(fields[0]))), String(fields[1]), try #require(Int(fields[2])))
        }
    }

    /// The repository's one pack and its index, as `pack-objects` wrote them.
    private func packFiles(of repository: TemporaryRepository) throws -> (index: URL, pack: URL) {
        let packs = repository.gitDirectory.appendingPathComponent("objects/pack")
        let index = try #require(try FileManager.default.contentsOfDirectory(atPath: packs.path).first { $0.hasSuffix(".idx") })
        return (packs.appendingPathComponent(index), packs.appendingPathComponent(index.replacingOccurrences(of: ".idx", with: ".pack")))
    }

    /// Every line of `verify-pack -v`, as fields: id, type, size, size in the pack, offset, and
    /// for a delta its depth and base.
    private func packListing(of repository: TemporaryRepository) throws -> [[Substring]] {
        let listing = try repository.git("verify-pack", "-v", try packFiles(of: repository).index.path)
        return listing.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
    }

    /// The ids of the objects the pack stores as deltas.
    private func deltas(of repository: TemporaryRepository) throws -> Set<String> {
        Set(try packListing(of: repository).filter { $0.count == 7 }.map { String($0[0]) })
    }

    /// Where the pack holds HEAD's `path`: its id, its offset, and its length in the pack.
    private func packedEntry(_ path: String, in repository: TemporaryRepository) throws -> (id: String, offset: Int, packedSize: Int) {
        let id = try repository.revParse("HEAD:\(path)")
        let fields = try #require(try packListing(of: repository).first { $0.first.map(String.init) == id })
        return (id, try #require(Int(fields[4])), try #require(Int(fields[3])))
    }

    /// Rewrites `url`, which git wrote read-only, after `change`.
    private func rewrite(_ url: URL, _ change: (inout Data) -> Void) throws {
        var data = try Data(contentsOf: url)
        change(&data)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        try data.write(to: url)
    }

    /// Up to `limit` bytes of the blob at `location`, as the pack reader gives them.
    private func blob(at location: PackedObjects.Location, in packed: PackedObjects, limit: Int) -> Data? {
        var content = Data()
        return packed.readBlob(at: location, limit: limit) { content = Data($0) } ? content : nil
    }

    /// The tree as libgit2 parses it.
    private func libgit2Tree(_ id: ObjectID, in repository: Repository) throws -> TreeHandle? {
        var oid = id.gitOID
        var tree: OpaquePointer?
        guard git_tree_lookup(&tree, repository.pointer, &oid) == 0, let tree else { return nil }
        return TreeHandle(tree)
    }

    /// The content read here, checked by git: hashing it as a blob must give its id back.
    private func gitHash(_ content: Data, in repository: TemporaryRepository) throws -> String {
        try repository.git(["hash-object", "--stdin"], input: content).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Checks every object's size and every blob's content, whole and as a prefix, against
    /// git's; says how many blobs were whole in the pack and how many rebuilt from deltas.
    private func checkEveryObject(of repository: TemporaryRepository) throws -> (whole: Int, rebuilt: Int) {
        let git = try repository.open()
        let packed = git.packedObjects
        let deltas = try deltas(of: repository)
        var whole = 0
        var rebuilt = 0
        for object in try objects(of: repository) {
            let location = try #require(packed.locate(object.id), "\(object.id) is in the pack")
            #expect(packed.size(at: location) == object.size, "\(object.type) \(object.id)")
            if object.type == "tree" {
                let tree = try #require(packed.tree(object.id), "\(object.id)")
                let handle = try #require(try libgit2Tree(object.id, in: git))
                let expected = TreeObject(copying: handle)
                #expect(tree.names == expected.names)
                #expect(tree.entries.map(\.mode) == expected.entries.map(\.mode), "\(object.id)")
                #expect(tree.entries.map(\.id) == expected.entries.map(\.id))
                #expect(tree.entries.map(\.nameEnd) == expected.entries.map(\.nameEnd))
            }
            guard object.type == "blob" else {
                #expect(!packed.readBlob(at: location, limit: .max) { _ in }, "only blobs are read here")
                continue
            }
            let content = try #require(blob(at: location, in: packed, limit: .max), "\(object.id)")
            if deltas.contains(object.id.hex) { rebuilt += 1 } else { whole += 1 }
            #expect(content.count == object.size)
            #expect(try gitHash(content, in: repository) == object.id.hex)
            let prefix = blob(at: location, in: packed, limit: 7)
            #expect(prefix == content.prefix(7))
        }
        return (whole, rebuilt)
    }

    @Test func offsetDeltasAndWholeBlobsAreReadAsGitReadsThem() throws {
        let repository = try packedRepository()
        let (whole, rebuilt) = try checkEveryObject(of: repository)
        // Both kinds met: blobs whole in the pack, and blobs rebuilt from deltas.
        #expect(whole >= 5)
        #expect(rebuilt >= 4)
    }

    @Test func referenceDeltasAreReadAsGitReadsThem() throws {
        let repository = try packedRepository([])
        let (whole, rebuilt) = try checkEveryObject(of: repository)
        #expect(whole >= 5)
        #expect(rebuilt >= 4)
    }

    @Test func sixtyFourBitOffsetsAreFollowed() throws {
        // Every object past byte 32 of the pack gets a 64-bit offset in the index.
        let repository = try packedRepository(["--delta-base-offset", "--index-version=2,32"])
        let (whole, rebuilt) = try checkEveryObject(of: repository)
        #expect(whole >= 5)
        #expect(rebuilt >= 4)
    }

    /// Through the snapshot, as a lint reads: sizes together, then contents from where the sizes
    /// were found. Every blob hashes back to its id.
    @Test func aSnapshotOfAPackedRepositoryReadsEveryBlobExactly() throws {
        let repository = try packedRepository()
        let snapshot = try repository.snapshot(.commit(revision: "HEAD"))
        let sizes = snapshot.sizes(of: snapshot.entries)
        for (entry, size) in zip(snapshot.entries, sizes) {
            let content = try snapshot.content(of: entry, limit: .max)
            #expect(size == content.count, "\(entry.path.displayName)")
            #expect(try gitHash(content, in: repository) == entry.objectID?.hex, "\(entry.path.displayName)")
            var prefix = Data()
            try snapshot.withContent(of: entry, limit: 5) { prefix = Data($0) }
            #expect(prefix == content.prefix(5))
        }
    }

    /// The snapshot for another thread has the same entries and reads the same bytes, through
    /// a handle of its own over the same mapped packs; a work tree has none.
    @Test func aSnapshotForAnotherThreadReadsWhatTheFirstReads() throws {
        let repository = try packedRepository()
        let snapshot = try repository.snapshot(.commit(revision: "HEAD"))
        _ = snapshot.sizes(of: snapshot.entries)
        let other = try #require(snapshot.forAnotherThread())
        #expect(other !== snapshot)
        #expect(other.repository !== snapshot.repository)
        #expect(other.repository.packedObjects.packSet === snapshot.repository.packedObjects.packSet)
        #expect(other.entries == snapshot.entries)
        #expect(other.sizes(of: other.entries) == snapshot.sizes(of: snapshot.entries))
        for entry in snapshot.entries {
            #expect(try other.content(of: entry, limit: .max) == (try snapshot.content(of: entry, limit: .max)), "\(entry.path.displayName)")
        }
        #expect(try repository.snapshot(.worktree).forAnotherThread() == nil)
    }

    /// From `sizesOnTwoThreadsFrom` entries on, the packs' sizes are read on two threads, each
    /// chunk by one of them; every size is the one read entry by entry, deltas included, and
    /// what the packs do not hold (blobs committed since, still loose) is left to be asked.
    @Test func sizesReadOnTwoThreadsAreTheSizesReadOneByOne() throws {
        let repository = try TemporaryRepository()
        var stream = Data()
        let count = RepositorySnapshot.sizesOnTwoThreadsFrom + 500
        for number in 0..<count {
            // Similar contents of different lengths, so that pack-objects makes deltas.
            let content = String(repeating: "value = \(number % 97)\n", count: 1 + number % 9) + "end \(number)\n"
            stream.append(Data("blob\nmark :\(number + 1)\ndata \(content.utf8.count)\n\(content)\n".utf8))
        }
        stream.append(Data("commit refs/heads/main\ncommitter A <a@example.org> 1700000000 +0000\ndata 5\nmany\n".utf8))
        for number in 0..<count { stream.append(Data("M 100644 :\(number + 1) d\(number % 50)/f\(number).txt\n".utf8)) }
        stream.append(Data("\n".utf8))
        try repository.git(["fast-import", "--quiet"], input: stream)
        try repository.git("checkout", "--quiet", "-f", "main")
        try repository.git(["pack-objects", "--all", "--quiet", "--delta-base-offset", ".git/objects/pack/pack"], input: Data())
        try repository.git("prune-packed")
        try repository.commit("loose", files: ["loose/a.txt": "not packed\n", "loose/b.txt": "not packed either\n"])
        let parallel = try repository.snapshot(.commit(revision: "HEAD"))
        #expect(parallel.entries.count >= RepositorySnapshot.sizesOnTwoThreadsFrom)
        parallel.readPackedSizesOnTwoThreads()
        let known = parallel.knownSizes(of: parallel.entries)
        let serial = try repository.snapshot(.commit(revision: "HEAD"))
        var unknown: [String] = []
        for (entry, size) in zip(serial.entries, known) {
            if size < 0 { unknown.append(entry.path.displayName); continue }
            #expect(size == (try serial.size(of: entry)), "\(entry.path.displayName)")
        }
        #expect(unknown == ["loose/a.txt", "loose/b.txt"])
        #expect(parallel.sizes(of: parallel.entries) == serial.entries.map { try? serial.size(of: $0) })
    }

    /// A blob whose compressed bytes were damaged is not read here (zlib refuses it), and the
    /// snapshot says it is unreadable, as libgit2 finds; the other blobs read as before.
    @Test func aDamagedBlobIsLeftToLibgit2WhichSaysItIsUnreadable() throws {
        let repository = try packedRepository()
        let (noise, offset, packedSize) = try packedEntry("noise.bin", in: repository)
        try rewrite(try packFiles(of: repository).pack) { $0[offset + packedSize / 2] ^= 0xFF }

        let snapshot = try repository.snapshot(.commit(revision: "HEAD"))
        let git = snapshot.repository
        let noiseID = try #require(ObjectID(hex: noise))
        let location = try #require(git.packedObjects.locate(noiseID))
        #expect(!git.packedObjects.readBlob(at: location, limit: .max) { _ in })
        let entry = try #require(snapshot.entry("noise.bin"))
        #expect(throws: SnapshotReadError.self) { try snapshot.content(of: entry, limit: .max) }
        #expect(try snapshot.text("small.txt") == "version 5\n")
    }

    /// An entry header claiming gigabytes (its length runs on into the compressed bytes) is not
    /// believed: nothing that large is allocated here, the read goes to libgit2, which says the
    /// blob is unreadable, and the run goes on.
    @Test func aHeaderClaimingGigabytesIsNotAllocated() throws {
        let repository = try packedRepository()
        let (noise, offset, _) = try packedEntry("noise.bin", in: repository)
        // 300,000 bytes take four header bytes; the fourth's continuation bit makes zlib's
        // first byte part of the length: about 4 GB.
        try rewrite(try packFiles(of: repository).pack) { data in
            #expect(data[offset + 3] & 0x80 == 0)
            data[offset + 3] |= 0x80
        }

        let snapshot = try repository.snapshot(.commit(revision: "HEAD"))
        let packed = snapshot.repository.packedObjects
        let noiseID = try #require(ObjectID(hex: noise))
        let location = try #require(packed.locate(noiseID))
        let claimed = try #require(packed.size(at: location))
        #expect(claimed > PackedObjects.largestObject)
        #expect(!packed.readBlob(at: location, limit: .max) { _ in })
        let entry = try #require(snapshot.entry("noise.bin"))
        #expect(throws: SnapshotReadError.self) { try snapshot.content(of: entry, limit: .max) }
        #expect(try snapshot.text("small.txt") == "version 5\n")
    }

    /// An index cut short, or one that does not belong to its pack, is not used: every read
    /// goes to libgit2.
    @Test(arguments: ["truncated", "another pack's"])
    func anIndexThatDoesNotFitItsPackIsNotUsed(damage: String) throws {
        let repository = try packedRepository()
        let small = try #require(ObjectID(hex: try repository.revParse("HEAD:small.txt")))
        try rewrite(try packFiles(of: repository).index) { data in
            if damage == "truncated" { data = data.prefix(data.count - 100) } else { data[data.count - 30] ^= 0xFF }
        }

        let git = try repository.open()
        #expect(git.packedObjects.locate(small) == nil)
    }

    /// Packs and indexes damaged at random places, hundreds of times: the reader never reads
    /// outside its files (a test build checks every buffer access) nor crashes, and whatever it
    /// still reads is as long as the size it gives. Seeded, so that a failure repeats.
    @Test func randomlyDamagedPacksNeverCrashTheReader() throws {
        let repository = try packedRepository()
        let files = try packFiles(of: repository)
        let index = try Data(contentsOf: files.index)
        let pack = try Data(contentsOf: files.pack)
        let ids = try objects(of: repository).map(\.id)
        let scratch = repository.root.appendingPathComponent("damaged/objects")
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("pack"), withIntermediateDirectories: true)

        var random = SeededGenerator(seed: 2026)
        var (read, refused) = (0, 0)
        for round in 0..<300 {
            var (damagedIndex, damagedPack) = (index, pack)
            for _ in 0..<(1 + round % 4) {
                // Mostly the pack's entries and the index's tables; now and then a cut.
                if random.next() % 8 == 0 {
                    if random.next() % 2 == 0 { damagedPack = damagedPack.prefix(Int(random.next() % UInt64(damagedPack.count))) } else { damagedIndex = damagedIndex.prefix(Int(random.next() % UInt64(damagedIndex.count))) }
                } else if random.next() % 3 == 0, !damagedIndex.isEmpty {
                    damagedIndex[Int(random.next() % UInt64(damagedIndex.count))] = UInt8(truncatingIfNeeded: random.next())
                } else if !damagedPack.isEmpty {
                    damagedPack[Int(random.next() % UInt64(damagedPack.count))] = UInt8(truncatingIfNeeded: random.next())
                }
            }
            try damagedIndex.write(to: scratch.appendingPathComponent("pack/\(files.index.lastPathComponent)"))
            try damagedPack.write(to: scratch.appendingPathComponent("pack/\(files.pack.lastPathComponent)"))
            let reader = PackedObjects(packs: PackSet(objectsDirectory: Array(scratch.path.utf8)))
            for id in ids {
                guard let location = reader.locate(id) else { refused += 1; continue }
                _ = reader.tree(id)
                let size = reader.size(at: location)
                for limit in [Int.max, 7] {
                    var length: Int?
                    if reader.readBlob(at: location, limit: limit, { length = $0.count }), let size {
                        #expect(length == min(limit, size), "round \(round), \(id)")
                        read += 1
                    } else {
                        refused += 1
                    }
                }
            }
        }
        // Both outcomes met: damage somewhere else leaves most objects readable.
        #expect(read > 1_000)
        #expect(refused > 100)
    }
}

/// A small deterministic generator (SplitMix64), so that a damaged pack that fails comes back.
private struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
