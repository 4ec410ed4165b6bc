/// Reads the values the licence index generator packs into string literals: each value least
/// significant first, in digits of five bits, one character each from the base64 alphabet; a
/// character from the alphabet's upper half means more digits follow. Printable characters with
/// no quote or backslash keep the literal free of escapes, so the loader reads its bytes where
/// the binary holds them, and a program is decoded only when a text makes it a candidate.
struct PackedDigits {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let end: Int
    /// Where the next value starts.
    private(set) var position: Int

    /// A reader of `bytes[range]`; the buffer must outlive the reader.
    init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil) {
        self.bytes = bytes
        self.position = range?.lowerBound ?? 0
        self.end = range?.upperBound ?? bytes.count
    }

    var isAtEnd: Bool { position >= end }

    /// The next value, or nil at the end or where the digits are malformed (a character outside
    /// the alphabet, a value cut off, a value too large for 32 bits).
    mutating func next() -> Int32? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < end, shift < 35 {
            guard let digit = Self.digit(bytes[position]) else { return nil }
            position += 1
            value |= UInt64(digit & 31) << shift
            if digit < 32 {
                return value <= UInt64(Int32.max) ? Int32(value) : nil
            }
            shift += 5
        }
        return nil
    }

    /// The digit a base64 alphabet character stands for (0–63), nil for any other byte.
    @inline(__always)
    private static func digit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
