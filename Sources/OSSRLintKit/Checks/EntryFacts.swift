import GitKit

/// An entry with the derived text most checks match on, computed once per lint instead of once
/// per check: on a 10,000-file repository, lower-casing every path in every check cost more
/// than the checks themselves.
public struct EntryFacts: Sendable {
    public let entry: SnapshotEntry
    /// How many directories the entry is below the root.
    public let depth: Int
    /// Where the last component starts in the path's bytes.
    let nameStart: Int
    /// The path's bytes, ASCII letters lower-cased: what checks test (as bytes, without
    /// Unicode-aware String searching, which cost milliseconds over a large tree). A slice of
    /// a buffer shared by all the entries' facts (see `all(for:)`); `nameStart` counts from
    /// its start.
    let lowercasedBytes: ArraySlice<UInt8>

    private init(entry: SnapshotEntry, depth: Int, nameStart: Int, lowercasedBytes: ArraySlice<UInt8>) {
        self.entry = entry
        self.depth = depth
        self.nameStart = nameStart
        self.lowercasedBytes = lowercasedBytes
    }

    /// The facts of every entry. The lower-cased paths are written into one buffer: an array of
    /// its own per entry was 10k allocations for a 10k-file tree.
    static func all(for entries: [SnapshotEntry]) -> [EntryFacts] {
        let total = entries.reduce(0) { $0 + $1.path.bytes.count }
        var shapes: [(depth: Int, nameStart: Int)] = []
        shapes.reserveCapacity(entries.count)
        // Written through the buffer, not appended byte by byte (a capacity check per byte).
        let lowercased = [UInt8](unsafeUninitializedCapacity: total) { buffer, count in
            var offset = 0
            for entry in entries {
                var slashes = 0
                var lastSlash = -1
                entry.path.bytes.withUnsafeBufferPointer { path in
                    for index in 0..<path.count {
                        let byte = path[index]
                        if byte >= 0x41 && byte <= 0x5A {
                            buffer[offset + index] = byte + 0x20
                        } else {
                            buffer[offset + index] = byte
                            if byte == 0x2F { slashes += 1; lastSlash = index }
                        }
                    }
                    offset += path.count
                }
                shapes.append((slashes, lastSlash + 1))
            }
            count = total
        }
        var facts: [EntryFacts] = []
        facts.reserveCapacity(entries.count)
        var start = 0
        for (entry, shape) in zip(entries, shapes) {
            let end = start + entry.path.bytes.count
            facts.append(EntryFacts(entry: entry, depth: shape.depth, nameStart: shape.nameStart, lowercasedBytes: lowercased[start..<end]))
            start = end
        }
        return facts
    }

    /// The path as text, ASCII letters lower-cased (invalid UTF-8 replaced). Made on each use:
    /// checks filter on bytes first and ask for text only for the few entries left.
    public var lowercasedPath: String { String(decoding: lowercasedBytes, as: UTF8.self) }

    /// The last component of `lowercasedPath`.
    public var lowercasedName: String { String(decoding: lowercasedBytes[(lowercasedBytes.startIndex + nameStart)...], as: UTF8.self) }

    /// Whether the lower-cased last component contains any of these (lower-case) byte strings.
    func nameContains(any needles: [[UInt8]]) -> Bool {
        lowercasedBytes.withUnsafeBufferPointer { path in
            let name = UnsafeBufferPointer(rebasing: path[nameStart...])
            return needles.contains { ByteSearch.contains($0, in: name) }
        }
    }

    /// Whether a folder above the entry has one of these (lower-case) names: one pass over the
    /// path, comparing only components of a matching length.
    func hasFolder(namedAnyOf names: [[UInt8]]) -> Bool {
        lowercasedBytes.withUnsafeBufferPointer { path in
            var start = 0
            while start < nameStart {
                var end = start
                while path[end] != 0x2F { end += 1 }  // every folder component ends with '/'
                let length = end - start
                for name in names where name.count == length && name.elementsEqual(path[start..<end]) { return true }
                start = end + 1
            }
            return false
        }
    }

    /// Whether the lower-cased path contains these (lower-case) bytes.
    public func pathContains(bytes pattern: [UInt8]) -> Bool {
        lowercasedBytes.withUnsafeBufferPointer { ByteSearch.contains(pattern, in: $0) }
    }

    /// The lower-cased directory names above the entry.
    public var lowercasedDirectories: [Substring] {
        lowercasedPath.split(separator: "/").dropLast()
    }
}
