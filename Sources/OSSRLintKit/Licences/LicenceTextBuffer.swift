/// A read-only view of valid UTF-8 that the licence normaliser scans byte by byte, decoding a
/// Unicode scalar only where a byte is not ASCII.
///
/// Positions are byte offsets. The view is only valid inside the `withUnsafeBufferPointer` call
/// that produced it; it never outlives that call.
struct LicenceTextBuffer {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    subscript(position: Int) -> UInt8 { bytes[position] }

    /// The scalar starting at byte `position` and how many bytes it takes.
    @inline(__always)
    func scalar(at position: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[position]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        // The buffer is built from Swift strings, so it is valid UTF-8 and needs no checks here.
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            length = 2
            value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F)
        } else if lead < 0xF0 {
            length = 3
            value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F)
        } else {
            length = 4
            value = UInt32(lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12
                | UInt32(bytes[position + 2] & 0x3F) << 6 | UInt32(bytes[position + 3] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar that ends just before byte `position`.
    func scalar(before position: Int) -> Unicode.Scalar {
        var start = position - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start).scalar
    }

    /// Whether the scalar starting at `position` is white space.
    @inline(__always)
    func isSpace(at position: Int) -> Bool {
        let byte = bytes[position]
        return byte < 0x80 ? Self.isASCIISpace(byte) : Self.isSpace(scalar(at: position).scalar)
    }

    /// Whether the scalar starting at `position` is a letter or digit.
    @inline(__always)
    func isWordScalar(at position: Int) -> Bool {
        let byte = bytes[position]
        return byte < 0x80 ? Self.isASCIIWordByte(byte) : LicenceTextNormaliser.isWordScalar(scalar(at: position).scalar)
    }

    /// The first position at or after `start`, and before `end`, that does not hold white space.
    func skipSpaces(from start: Int, to end: Int) -> Int {
        var position = start
        while position < end {
            let byte = bytes[position]
            if byte < 0x80 {
                guard Self.isASCIISpace(byte) else { break }
                position += 1
            } else {
                let (scalar, length) = scalar(at: position)
                guard Self.isSpace(scalar) else { break }
                position += length
            }
        }
        return position
    }

    /// Whether the bytes from `start` (and before `end`) begin with `prefix`.
    func hasPrefix(_ prefix: [UInt8], at start: Int, end: Int) -> Bool {
        guard end - start >= prefix.count else { return false }
        for (offset, byte) in prefix.enumerated() where bytes[start + offset] != byte {
            return false
        }
        return true
    }

    /// White space: the Unicode White_Space property, and for ASCII also the separators 28–31,
    /// which Python's `str.isspace` (used by the generator) counts as space too.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isASCIISpace(UInt8(scalar.value)) : scalar.properties.isWhitespace
    }

    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 32 || (byte >= 9 && byte <= 13) || (byte >= 28 && byte <= 31)
    }

    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90)
    }
}
