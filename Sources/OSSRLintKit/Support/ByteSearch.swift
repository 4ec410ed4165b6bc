import Foundation

/// Substring search over raw bytes, for path tests that run on every entry of a large tree
/// (String searching is Unicode-aware and costs milliseconds there).
enum ByteSearch {
    /// Whether the two hold the same bytes, compared by memcmp (`elementsEqual` goes byte by
    /// byte through generic code).
    static func equal(_ one: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard one.count == other.count else { return false }
        guard let first = one.baseAddress, let second = other.baseAddress else { return true }
        return memcmp(first, second, one.count) == 0
    }

    /// Whether `haystack` contains `needle`; with `foldingCase`, ASCII capitals in the haystack
    /// count as their lower-case letters (give the needle in lower case).
    static func contains(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, foldingCase: Bool = false) -> Bool {
        firstOffset(of: needle, in: haystack, foldingCase: foldingCase) != nil
    }

    /// Where `needle` first starts in `haystack`, folding case as `contains` does; nil when it
    /// does not occur.
    static func firstOffset(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, foldingCase: Bool = false) -> Int? {
        guard let first = needle.first else { return 0 }
        guard haystack.count >= needle.count, let base = haystack.baseAddress else { return nil }
        // A first byte that folding leaves alone (`_`, `.`, `/`, digits …) is found by memchr,
        // which skips the bytes between candidates many at a time.
        let findsByMemchr = !foldingCase || !(0x61...0x7A).contains(first)
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            let candidate: Int
            if findsByMemchr {
                guard let found = memchr(base + start, Int32(first), last - start + 1) else { return nil }
                candidate = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            } else if fold(haystack[start], foldingCase) == first {
                candidate = start
            } else {
                start += 1
                continue
            }
            var offset = 1
            while offset < needle.count && fold(haystack[candidate + offset], foldingCase) == needle[offset] { offset += 1 }
            if offset == needle.count { return candidate }
            start = candidate + 1
        }
        return nil
    }

    /// `byte` as a lower-case ASCII letter when folding and it is a capital, else unchanged.
    @inline(__always)
    static func fold(_ byte: UInt8, _ foldingCase: Bool) -> UInt8 {
        foldingCase && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// Whether `test` holds at some offset of `byte` in `text`, found by `memchr` (many bytes at
    /// a time): for tests that look around each occurrence.
    static func anyOffset(of byte: UInt8, in text: UnsafeRawBufferPointer, where test: (Int) -> Bool) -> Bool {
        guard let base = text.baseAddress else { return false }
        var start = 0
        while start < text.count, let hit = memchr(base + start, Int32(byte), text.count - start) {
            let offset = base.distance(to: UnsafeRawPointer(hit))
            if test(offset) { return true }
            start = offset + 1
        }
        return false
    }

    /// Every start of `needle` in `text`: `memchr` to the next candidate first byte (many
    /// bytes at a time), then a compare. (Glibc's `memmem` is not visible to Swift.)
    static func occurrences(of bytes: [UInt8], in text: UnsafeRawBufferPointer) -> [Int] {
        guard let base = text.baseAddress, let first = bytes.first, text.count >= bytes.count else { return [] }
        var found: [Int] = []
        var start = 0
        let last = text.count - bytes.count
        while start <= last {
            guard let hit = memchr(base + start, Int32(first), last - start + 1) else { break }
            let offset = base.distance(to: UnsafeRawPointer(hit))
            if text[offset..<(offset + bytes.count)].elementsEqual(bytes) { found.append(offset) }
            start = offset + 1
        }
        return found
    }
}
