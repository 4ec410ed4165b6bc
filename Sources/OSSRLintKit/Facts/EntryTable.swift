import Foundation
import GitKit

/// A revision's entries with what path checks match on, made once when the facts are
/// collected: each path's bytes, a lower-cased copy, its depth and where its name starts.
///
/// Plain numbers and one byte buffer: each entry's path as stored, then a lower-cased copy of
/// each path that has upper-case letters (the others are their own lower-cased form), written
/// into one array (an array of its own per entry was 10k allocations for a 10k-file tree).
struct EntryTable: Sendable {
    /// 32 bytes, not 48 with every field an `Int`: a path's length, depth and name offset fit
    /// 32 bits (a 4 GiB path could not be listed in memory anyway), and at a million entries
    /// that keeps 16 MB off the peak.
    private struct Record: Sendable {
        /// Where the path and its lower-cased form start in `bytes` (the same place when the
        /// path has no upper-case letter).
        let start: Int
        let lowercasedStart: Int
        let count: UInt32
        let depth: UInt32
        let nameStart: UInt32
        let kind: EntryKind
    }

    /// Every entry, in path order.
    let entries: [SnapshotEntry]
    private let records: [Record]
    private let bytes: [UInt8]
    /// Positions in `records` by depth: index 0 holds the root-level entries'.
    private let positionsByDepth: [[Int32]]
    /// Whether `entries` are in strictly increasing byte order, so that a path is found by
    /// binary search. A well-formed tree, the index and the sorted work tree always are.
    private let isSortedByPath: Bool

    init(entries: [SnapshotEntry]) {
        self.entries = entries
        let total = entries.reduce(0) { $0 + $1.path.bytes.count }
        var records: [Record] = []
        records.reserveCapacity(entries.count)
        var positionsByDepth: [[Int32]] = []
        var isSorted = true
        // Written through pointers, each path copied whole and then read from the copy, and
        // each entry read in place: appending byte by byte made a capacity check per byte, and
        // a copy of each entry a retain and a release.
        // Room for every path twice; only what is written is used.
        bytes = [UInt8](unsafeUninitializedCapacity: 2 * total) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            var lowercasedEnd = total
            var previous: (start: Int, count: Int)?
            entries.withUnsafeBufferPointer { entries in
                for position in entries.indices {
                    let length = entries[position].path.bytes.withUnsafeBufferPointer { path in
                        if let source = path.baseAddress { (base + offset).initialize(from: source, count: path.count) }
                        return path.count
                    }
                    let original = base + offset
                    var slashes = 0
                    var lastSlash = -1
                    var upperCase = 0
                    for index in 0..<length {
                        let byte = original[index]
                        upperCase &+= byte &- 0x41 < 26 ? 1 : 0
                        if byte == 0x2F {
                            slashes &+= 1
                            lastSlash = index
                        }
                    }
                    if isSorted, let previous {
                        // Strictly increasing byte order, as `GitPath`'s `<` orders paths.
                        let common = min(previous.count, length)
                        let order = common == 0 ? 0 : memcmp(base + previous.start, original, common)
                        isSorted = order < 0 || (order == 0 && previous.count < length)
                    }
                    previous = (offset, length)
                    var lowercasedStart = offset
                    if upperCase > 0 {
                        lowercasedStart = lowercasedEnd
                        for index in 0..<length {
                            let byte = original[index]
                            base[lowercasedEnd + index] = byte &- 0x41 < 26 ? byte &+ 0x20 : byte
                        }
                        lowercasedEnd += length
                    }
                    records.append(Record(start: offset, lowercasedStart: lowercasedStart, count: UInt32(length), depth: UInt32(slashes),
                                          nameStart: UInt32(lastSlash + 1), kind: entries[position].kind))
                    while positionsByDepth.count <= slashes { positionsByDepth.append([]) }
                    positionsByDepth[slashes].append(Int32(position))
                    offset += length
                }
            }
            count = lowercasedEnd
        }
        self.records = records
        self.positionsByDepth = positionsByDepth
        isSortedByPath = isSorted
    }

    /// Calls `body` with each entry's facts at the given depths (shallowest first, in path order
    /// within a depth), or with every entry's when `depths` is nil.
    func forEach(atDepths depths: Set<Int>?, _ body: (EntryFacts) -> Void) {
        _ = firstIndex(atDepths: depths) { fact in
            body(fact)
            return false
        }
    }

    /// The position of the first entry, in `forEach`'s order, whose facts satisfy `predicate`:
    /// the entries after it are not visited.
    func firstIndex(atDepths depths: Set<Int>?, where predicate: (EntryFacts) -> Bool) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            records.withUnsafeBufferPointer { records in
                func satisfies(_ position: Int) -> Bool {
                    let record = records[position]
                    let count = Int(record.count)
                    return predicate(EntryFacts(
                        index: position, kind: record.kind, depth: Int(record.depth), nameStart: Int(record.nameStart),
                        pathBytes: UnsafeBufferPointer(rebasing: bytes[record.start..<record.start + count]),
                        lowercasedBytes: UnsafeBufferPointer(rebasing: bytes[record.lowercasedStart..<record.lowercasedStart + count])))
                }
                guard let depths else {
                    return records.indices.first(where: satisfies)
                }
                for depth in depths.sorted() where positionsByDepth.indices.contains(depth) {
                    for position in positionsByDepth[depth] where satisfies(Int(position)) { return Int(position) }
                }
                return nil
            }
        }
    }

    /// The position of the entry at exactly `path`.
    func position(of path: GitPath) -> Int? {
        // A binary search costs a few comparisons; hashing every path of a large tree to find
        // one `.ossrlint.yml` cost more than the rest of the lookup work.
        guard isSortedByPath else { return entries.firstIndex { $0.path == path } }
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].path == path ? low : nil
    }
}
