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
    /// Unicode-aware String searching, which cost milliseconds over a large tree).
    let lowercasedBytes: [UInt8]

    init(_ entry: SnapshotEntry) {
        self.entry = entry
        var bytes = entry.path.bytes
        var slashes = 0
        var lastSlash = -1
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A { bytes[index] = byte + 0x20 } else if byte == 0x2F { slashes += 1; lastSlash = index }
        }
        lowercasedBytes = bytes
        depth = slashes
        nameStart = lastSlash + 1
    }

    /// The path as text, ASCII letters lower-cased (invalid UTF-8 replaced). Made on each use:
    /// checks filter on bytes first and ask for text only for the few entries left.
    public var lowercasedPath: String { String(decoding: lowercasedBytes, as: UTF8.self) }

    /// The last component of `lowercasedPath`.
    public var lowercasedName: String { String(decoding: lowercasedBytes[nameStart...], as: UTF8.self) }

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
