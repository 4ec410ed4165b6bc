/// Substring search over raw bytes, for path tests that run on every entry of a large tree
/// (String searching is Unicode-aware and costs milliseconds there).
enum ByteSearch {
    /// Whether `haystack` contains `needle`; with `foldingCase`, ASCII capitals in the haystack
    /// count as their lower-case letters (give the needle in lower case).
    static func contains(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, foldingCase: Bool = false) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var start = 0
        while start <= haystack.count - needle.count {
            if fold(haystack[start], foldingCase) == first {
                var offset = 1
                while offset < needle.count && fold(haystack[start + offset], foldingCase) == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// `byte` as a lower-case ASCII letter when folding and it is a capital, else unchanged.
    @inline(__always)
    static func fold(_ byte: UInt8, _ foldingCase: Bool) -> UInt8 {
        foldingCase && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
