import Foundation

/// A few byte strings looked for at once in a short text, such as a file name: a check that
/// asks "does the name contain any of these" asks it of every entry of a large tree.
///
/// The bytes that start a needle are marked in a 256-entry table, so each byte of the text
/// costs one table read and only a possible start is compared. A `memchr` per needle (what
/// `ByteSearch.contains` does) cost about 400 instructions per name for six needles: more than
/// the rest of the check. The needles lie one after another in one array: an array per needle
/// was retained and released at every possible start (about 480 instructions a name,
/// callgrind, at 100k files).
struct ByteNeedles: Sendable {
    private let bytes: [UInt8]
    /// Where each needle starts in `bytes`, and where the last ends.
    private let bounds: [Int]
    /// One byte per byte value, non-zero for those a needle starts with: a table read in place
    /// (a 256-bit `Glob.ByteSet` is copied to the stack for every byte tested).
    private let startsANeedle: [UInt8]

    /// Needles are compared as given: give them in lower case to test lower-cased names. An
    /// empty needle is left out (it would match every name).
    init(_ needles: [String]) {
        var bytes: [UInt8] = []
        var bounds = [0]
        var startsANeedle = [UInt8](repeating: 0, count: 256)
        for needle in needles.map({ Array($0.utf8) }) where !needle.isEmpty {
            bytes += needle
            bounds.append(bytes.count)
            startsANeedle[Int(needle[0])] = 1
        }
        self.bytes = bytes
        self.bounds = bounds
        self.startsANeedle = startsANeedle
    }

    /// Whether any needle occurs in `text`.
    func occur(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            bounds.withUnsafeBufferPointer { bounds in
                startsANeedle.withUnsafeBufferPointer { startsANeedle in
                    guard let needles = bytes.baseAddress else { return false }
                    for start in text.indices where startsANeedle[Int(text[start])] != 0 {
                        let rest = text.count - start
                        for needle in 0..<(bounds.count - 1) {
                            let offset = bounds[needle]
                            let length = bounds[needle + 1] - offset
                            if length <= rest && needles[offset] == text[start] && memcmp(needles + offset, base + start, length) == 0 { return true }
                        }
                    }
                    return false
                }
            }
        }
    }
}
