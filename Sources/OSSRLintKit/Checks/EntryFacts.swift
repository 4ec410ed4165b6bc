import GitKit

/// An entry with the derived text most checks match on, computed once per lint instead of once
/// per check: on a 10,000-file repository, lower-casing every path in every check cost more
/// than the checks themselves.
public struct EntryFacts: Sendable {
    public let entry: SnapshotEntry
    /// The path as text, ASCII letters lower-cased (invalid UTF-8 replaced).
    public let lowercasedPath: String
    /// The last component of `lowercasedPath`.
    public let lowercasedName: Substring
    /// How many directories the entry is below the root.
    public let depth: Int
    /// Where the last component starts in the path's bytes.
    let nameStart: Int
    /// `lowercasedPath`'s bytes, for substring tests without Unicode-aware String searching
    /// (which cost milliseconds over a large tree).
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
        let text = String(decoding: bytes, as: UTF8.self)
        lowercasedPath = text
        depth = slashes
        nameStart = lastSlash + 1
        if lastSlash < 0 {
            lowercasedName = text[...]
        } else {
            // The name starts after the last '/', which is ASCII and so maps one to one.
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: lastSlash + 1)
            lowercasedName = text[start...]
        }
    }

    /// Whether the lower-cased path contains `needle` (give it in lower case).
    public func pathContains(_ needle: String) -> Bool {
        pathContains(bytes: Array(needle.utf8))
    }

    /// Whether the lower-cased path contains these (lower-case) bytes.
    public func pathContains(bytes pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, lowercasedBytes.count >= pattern.count else { return pattern.isEmpty }
        return lowercasedBytes.withUnsafeBufferPointer { haystack in
            var start = 0
            let last = haystack.count - pattern.count
            while start <= last {
                if haystack[start] == first {
                    var offset = 1
                    while offset < pattern.count && haystack[start + offset] == pattern[offset] { offset += 1 }
                    if offset == pattern.count { return true }
                }
                start += 1
            }
            return false
        }
    }

    /// The lower-cased directory names above the entry.
    public var lowercasedDirectories: [Substring] {
        lowercasedPath.split(separator: "/").dropLast()
    }
}
