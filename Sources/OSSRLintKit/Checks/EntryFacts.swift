import Foundation
import GitKit

/// An entry with the derived text most checks match on, as a check sees it inside
/// `CheckContext.forEachFact`: computed once per lint (`EntryFactsTable`) instead of once per
/// check, since lower-casing every path in every check cost more than the checks themselves.
///
/// A view of the table's bytes, valid only during the call that hands it over: it holds no
/// reference, so passing it to a check's closure for each of a large tree's entries retains
/// nothing (copying facts that held arrays was a third of the path rules' time).
struct EntryFacts {
    /// The entry's position in the context's `entries` (`CheckContext.entry(of:)`).
    let index: Int
    let kind: EntryKind
    /// How many directories the entry is below the root.
    let depth: Int
    /// Where the last component starts in the path's bytes.
    let nameStart: Int
    /// The path's bytes as git stores them.
    let pathBytes: UnsafeBufferPointer<UInt8>
    /// The path's bytes, ASCII letters lower-cased: what case-blind checks test (as bytes,
    /// without Unicode-aware String searching, which cost milliseconds over a large tree).
    let lowercasedBytes: UnsafeBufferPointer<UInt8>

    /// The path as text, ASCII letters lower-cased (invalid UTF-8 replaced). Made on each use:
    /// checks filter on bytes first and ask for text only for the few entries left.
    var lowercasedPath: String { String(decoding: lowercasedBytes, as: UTF8.self) }

    /// The last component of `lowercasedPath`.
    var lowercasedName: String { String(decoding: UnsafeBufferPointer(rebasing: lowercasedBytes[nameStart...]), as: UTF8.self) }

    /// Whether the lower-cased last component contains any of these (lower-case) byte strings.
    func nameContains(any needles: [[UInt8]]) -> Bool {
        let name = UnsafeBufferPointer(rebasing: lowercasedBytes[nameStart...])
        return needles.contains { ByteSearch.contains($0, in: name) }
    }

    /// Whether a folder above the entry has one of these (lower-case) names: one pass over the
    /// path, comparing only components of a matching length.
    func hasFolder(namedAnyOf names: [[UInt8]]) -> Bool {
        var start = 0
        while start < nameStart {
            var end = start
            while lowercasedBytes[end] != 0x2F { end += 1 }  // every folder component ends with '/'
            let length = end - start
            for name in names where name.count == length && name.elementsEqual(lowercasedBytes[start..<end]) { return true }
            start = end + 1
        }
        return false
    }

    /// Whether the lower-cased path contains these (lower-case) bytes.
    func pathContains(bytes pattern: [UInt8]) -> Bool {
        ByteSearch.contains(pattern, in: lowercasedBytes)
    }

    /// The lower-cased directory names above the entry.
    var lowercasedDirectories: [Substring] {
        lowercasedPath.split(separator: "/").dropLast()
    }
}

/// Every entry's facts for one lint: computed once, read by the checks of both threads
/// (immutable, so it may be shared).
///
/// Plain numbers and one byte buffer: each entry's path as stored, then a lower-cased copy of
/// each path that has upper-case letters (the others are their own lower-cased form, and
/// copying them too touched a third more memory), written into one array (an array of its own
/// per entry was 10k allocations for a 10k-file tree).
final class EntryFactsTable: Sendable {
    private struct Record {
        let kind: EntryKind
        let depth: Int
        let nameStart: Int
        /// Where the path and its lower-cased form start in `bytes` (the same place when the
        /// path has no upper-case letter).
        let start: Int
        let lowercasedStart: Int
        let count: Int
    }

    private let records: [Record]
    private let bytes: [UInt8]
    /// Positions in `records` by depth: index 0 holds the root-level entries'.
    private let positionsByDepth: [[Int]]

    init(entries: [SnapshotEntry]) {
        let total = entries.reduce(0) { $0 + $1.path.bytes.count }
        var records: [Record] = []
        records.reserveCapacity(entries.count)
        var positionsByDepth: [[Int]] = []
        // Written through pointers: appending byte by byte made a capacity check per byte, and
        // indexing a bounds check. Room for every path twice; only what is written is used.
        bytes = [UInt8](unsafeUninitializedCapacity: 2 * total) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            var lowercasedEnd = total
            for (position, entry) in entries.enumerated() {
                var slashes = 0
                var lastSlash = -1
                var upperCase = 0
                let length = entry.path.bytes.withUnsafeBufferPointer { path in
                    guard let source = path.baseAddress else { return 0 }
                    let original = base + offset
                    for index in 0..<path.count {
                        let byte = source[index]
                        original[index] = byte
                        upperCase &+= byte &- 0x41 < 26 ? 1 : 0
                        if byte == 0x2F {
                            slashes &+= 1
                            lastSlash = index
                        }
                    }
                    return path.count
                }
                var lowercasedStart = offset
                if upperCase > 0 {
                    lowercasedStart = lowercasedEnd
                    for index in 0..<length {
                        let byte = base[offset + index]
                        base[lowercasedEnd + index] = byte &- 0x41 < 26 ? byte &+ 0x20 : byte
                    }
                    lowercasedEnd += length
                }
                records.append(Record(kind: entry.kind, depth: slashes, nameStart: lastSlash + 1, start: offset, lowercasedStart: lowercasedStart, count: length))
                while positionsByDepth.count <= slashes { positionsByDepth.append([]) }
                positionsByDepth[slashes].append(position)
                offset += length
            }
            count = lowercasedEnd
        }
        self.records = records
        self.positionsByDepth = positionsByDepth
    }

    /// Calls `body` with each entry's facts at the given depths (shallowest first, in path order
    /// within a depth), or with every entry's when `depths` is nil.
    func forEach(atDepths depths: Set<Int>?, _ body: (EntryFacts) -> Void) {
        bytes.withUnsafeBufferPointer { bytes in
            records.withUnsafeBufferPointer { records in
                func visit(_ position: Int) {
                    let record = records[position]
                    body(EntryFacts(
                        index: position, kind: record.kind, depth: record.depth, nameStart: record.nameStart,
                        pathBytes: UnsafeBufferPointer(rebasing: bytes[record.start..<record.start + record.count]),
                        lowercasedBytes: UnsafeBufferPointer(rebasing: bytes[record.lowercasedStart..<record.lowercasedStart + record.count])))
                }
                guard let depths else {
                    for position in records.indices { visit(position) }
                    return
                }
                for depth in depths.sorted() where positionsByDepth.indices.contains(depth) {
                    for position in positionsByDepth[depth] { visit(position) }
                }
            }
        }
    }
}

/// The entry facts of one lint, made once by whichever of its threads asks first; the other
/// waits for them rather than making them again.
final class SharedEntryFacts: @unchecked Sendable {
    // `table` is only touched under `lock`.
    private let lock = NSLock()
    private var table: EntryFactsTable?

    /// The facts of `entries`, which must be the same for every caller (the contexts sharing
    /// them lint the same snapshot with the same exclusions).
    func table(for entries: [SnapshotEntry]) -> EntryFactsTable {
        lock.lock()
        defer { lock.unlock() }
        if let table { return table }
        let made = EntryFactsTable(entries: entries)
        table = made
        return made
    }
}
