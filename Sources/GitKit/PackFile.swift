/// One pack and its version-2 index, mapped: where an object lies, and what its entry's header
/// says. Every number read from either file is checked against the files' bounds before use,
/// so a damaged or hostile pack gives nil, never a read outside the mapping.
///
/// Formats (git's `Documentation/gitformat-pack.txt`): the index is a magic number and version,
/// 256 cumulative counts by first id byte, the sorted ids, their CRCs, their 31-bit offsets
/// (the top bit set sends to a table of 64-bit ones), that table, and two checksums: the pack's
/// and its own. The pack is "PACK", a version, a count, the entries, and its checksum.
struct PackFile: Sendable {
    /// What an entry's header says. Deltas name their base: by offset in the same pack
    /// (`ofs-delta`) or by id (`ref-delta`).
    struct Header: Sendable {
        enum Kind: Equatable, Sendable {
            /// A whole object: 1 commit, 2 tree, 3 blob, 4 tag.
            case whole(type: UInt8)
            case offsetDelta(base: Int)
            case referenceDelta(base: ObjectID)
        }

        let kind: Kind
        /// The object's length for a whole object; the delta's own length for a delta.
        let size: Int
        /// Where the zlib stream of the content (or the delta) starts.
        let dataStart: Int
    }

    static let commitType: UInt8 = 1
    static let treeType: UInt8 = 2
    static let blobType: UInt8 = 3

    private let index: MappedFile
    private let pack: MappedFile
    private let count: Int
    private let namesStart = 8 + 1024
    private let offsetsStart: Int
    private let largeOffsetsStart: Int
    private let largeOffsetCount: Int

    /// Maps a pack and its index; nil unless both are well formed and belong together.
    init?(indexPath: [CChar], packPath: [CChar]) {
        guard let index = MappedFile(path: indexPath), let pack = MappedFile(path: packPath) else { return nil }
        let indexBytes = index.bytes.count
        guard indexBytes >= 8 + 1024 + 40, index.uint32(at: 0) == 0xFF74_4F63, index.uint32(at: 4) == 2 else { return nil }
        var total: UInt32 = 0
        for slot in 0..<256 {
            let running = index.uint32(at: 8 + 4 * slot)
            guard running >= total else { return nil }
            total = running
        }
        count = Int(total)
        let fixed = 8 + 1024 + 28 * count + 40
        guard indexBytes >= fixed, (indexBytes - fixed) % 8 == 0 else { return nil }
        offsetsStart = namesStart + 24 * count
        largeOffsetsStart = offsetsStart + 4 * count
        largeOffsetCount = (indexBytes - fixed) / 8
        guard pack.bytes.count >= 12 + 20, pack.uint32(at: 0) == 0x5041_434B, (2...3).contains(pack.uint32(at: 4)),
              Int(pack.uint32(at: 8)) == count,
              // The index names the pack it was written for by the pack's checksum.
              index.bytes[(indexBytes - 40)..<(indexBytes - 20)].elementsEqual(pack.bytes.suffix(20)) else { return nil }
        self.index = index
        self.pack = pack
    }

    /// Where the object `id` starts in the pack; nil when the index does not list it.
    func offset(of id: ObjectID) -> Int? {
        let first = Int(id.high >> 56)
        var low = first == 0 ? 0 : Int(index.uint32(at: 8 + 4 * (first - 1)))
        var high = Int(index.uint32(at: 8 + 4 * first))
        while low < high {
            let middle = (low + high) / 2
            let listed = self.id(at: middle)
            if listed == id { return offset(at: middle) }
            if listed < id { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    private func id(at position: Int) -> ObjectID {
        let start = namesStart + 20 * position
        return ObjectID(high: index.uint64(at: start), middle: index.uint64(at: start + 8), low: index.uint32(at: start + 16))
    }

    private func offset(at position: Int) -> Int? {
        let small = index.uint32(at: offsetsStart + 4 * position)
        let offset: UInt64
        if small & 0x8000_0000 == 0 {
            offset = UInt64(small)
        } else {
            let large = Int(small & 0x7FFF_FFFF)
            guard large < largeOffsetCount else { return nil }
            offset = index.uint64(at: largeOffsetsStart + 8 * large)
        }
        guard offset >= 12, offset < UInt64(pack.bytes.count - 20) else { return nil }
        return Int(offset)
    }

    /// The header of the entry at `offset`.
    func header(at offset: Int) -> Header? {
        let end = pack.bytes.count - 20
        guard offset >= 12, offset < end else { return nil }
        var position = offset
        var byte = pack.bytes[position]
        let type = (byte >> 4) & 7
        var size = Int(byte & 0x0F)
        var shift = 4
        while byte & 0x80 != 0 {
            position += 1
            guard position < end, shift <= 56 else { return nil }
            byte = pack.bytes[position]
            size |= Int(byte & 0x7F) << shift
            shift += 7
        }
        position += 1
        switch type {
        case 1...4:
            return Header(kind: .whole(type: type), size: size, dataStart: position)
        case 6:
            // The distance back to the base, big-endian base-128 with one added per
            // continuation byte (so that no distance has two encodings).
            guard position < end else { return nil }
            byte = pack.bytes[position]
            var distance = Int(byte & 0x7F)
            while byte & 0x80 != 0 {
                position += 1
                guard position < end, distance < 1 << 48 else { return nil }
                byte = pack.bytes[position]
                distance = ((distance + 1) << 7) | Int(byte & 0x7F)
            }
            position += 1
            guard distance > 0, distance <= offset - 12 else { return nil }
            return Header(kind: .offsetDelta(base: offset - distance), size: size, dataStart: position)
        case 7:
            guard position + 20 <= end else { return nil }
            let base = ObjectID(high: pack.uint64(at: position), middle: pack.uint64(at: position + 8), low: pack.uint32(at: position + 16))
            return Header(kind: .referenceDelta(base: base), size: size, dataStart: position + 20)
        default:
            return nil
        }
    }

    /// The bytes from `start` to the pack's checksum: where a zlib stream is read from.
    func data(from start: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: pack.bytes[start..<(pack.bytes.count - 20)])
    }
}
