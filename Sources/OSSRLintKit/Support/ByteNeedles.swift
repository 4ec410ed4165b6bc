/// A few byte strings looked for at once in a short text, such as a file name: a check that
/// asks "does the name contain any of these" asks it of every entry of a large tree.
///
/// The bytes that start a needle are marked in a 256-entry table, so each byte of the text
/// costs one table read and only a possible start is compared. A `memchr` per needle (what
/// `ByteSearch.contains` does) cost about 400 instructions per name for six needles: more than
/// the rest of the check.
struct ByteNeedles: Sendable {
    private let needles: [[UInt8]]
    private let startsANeedle: [Bool]

    /// Needles are compared as given: give them in lower case to test lower-cased names. An
    /// empty needle is left out (it would match every name).
    init(_ needles: [String]) {
        self.needles = needles.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var starts = [Bool](repeating: false, count: 256)
        for needle in self.needles { starts[Int(needle[0])] = true }
        startsANeedle = starts
    }

    /// Whether any needle occurs in `text`.
    func occur(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in text.indices where startsANeedle[Int(text[start])] {
            let rest = text.count - start
            for needle in needles where needle.count <= rest && needle[0] == text[start] {
                if needle.indices.allSatisfy({ needle[$0] == text[start + $0] }) { return true }
            }
        }
        return false
    }
}
