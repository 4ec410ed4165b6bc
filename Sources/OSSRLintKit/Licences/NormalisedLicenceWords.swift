/// The normalised words of a licence text, kept as one UTF-8 buffer with the end of each word.
///
/// A long licence has thousands of words; one buffer instead of a `String` per word lets the
/// identifier look words up in the vocabulary without allocating. `strings` makes the strings
/// when a caller does need them.
struct NormalisedLicenceWords: Sendable {
    /// The words' UTF-8, one after another with nothing between them.
    let bytes: [UInt8]
    /// Where each word ends in `bytes`; word `i` starts where word `i - 1` ends.
    let ends: [Int]

    var count: Int { ends.count }

    /// Every word as a string.
    var strings: [String] {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            return ends.map { end in
                defer { start = end }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
            }
        }
    }

    /// Collects the words that `write` writes, given room for at most `byteCapacity` bytes
    /// and `wordCapacity` words.
    init(byteCapacity: Int, wordCapacity: Int, write: (inout LicenceWordWriter) -> Void) {
        var ends: [Int] = []
        bytes = [UInt8](unsafeUninitializedCapacity: byteCapacity) { byteBuffer, byteCount in
            ends = [Int](unsafeUninitializedCapacity: wordCapacity) { endBuffer, wordCount in
                var writer = LicenceWordWriter(bytes: byteBuffer, ends: endBuffer)
                write(&writer)
                byteCount = writer.wordEnd
                wordCount = writer.count
            }
        }
        self.ends = ends
    }
}
