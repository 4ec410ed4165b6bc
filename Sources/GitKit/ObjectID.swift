internal import CLibGit2

/// A SHA-1 object id, stored inline (no allocation per id: snapshots hold hundreds of thousands).
public struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    let high: UInt64
    let middle: UInt64
    let low: UInt32

    init(_ oid: git_oid) {
        var copy = oid
        self = withUnsafeBytes(of: &copy.id) { ObjectID(raw: $0, at: 0) }
    }

    /// The id stored as 20 raw bytes at `offset` of `bytes` (as a tree, an index and libgit2
    /// store it); `bytes` must hold 20 bytes from `offset`.
    init(raw bytes: UnsafeRawBufferPointer, at offset: Int) {
        self.init(high: bytes.bigEndian(UInt64.self, at: offset), middle: bytes.bigEndian(UInt64.self, at: offset + 8),
                  low: bytes.bigEndian(UInt32.self, at: offset + 16))
    }

    init(_ pointer: UnsafePointer<git_oid>) { self.init(pointer.pointee) }

    /// The id whose 20 bytes, read big-endian, are these three numbers (as a pack index stores it).
    init(high: UInt64, middle: UInt64, low: UInt32) {
        (self.high, self.middle, self.low) = (high, middle, low)
    }

    /// An id numbered `number`, naming no real object: for facts built in memory (check
    /// examples), whose commits need ids that differ.
    public init(synthetic number: UInt32) {
        (high, middle, low) = (0, 0, number)
    }

    /// The id written as 40 hexadecimal digits; nil for anything else. Facts built in memory
    /// (check examples) name their commits so.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 40, digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        guard let id = digits.withUnsafeBytes({ ObjectID(hexDigits: $0, at: 0) }) else { return nil }
        self = id
    }

    /// The id written as 40 hexadecimal digits, of either case, at `offset` of `bytes` (as a
    /// commit object names its tree and parents, and as libgit2 reads them); nil for anything
    /// else. `bytes` must hold 40 bytes from `offset`.
    init?(hexDigits bytes: UnsafeRawBufferPointer, at offset: Int) {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for index in 0..<40 {
            let byte = bytes[offset + index]
            let value: UInt8
            switch byte {
            case 0x30...0x39: value = byte &- 0x30
            case 0x61...0x66: value = byte &- 0x61 &+ 10
            case 0x41...0x46: value = byte &- 0x41 &+ 10
            default: return nil
            }
            switch index {
            case ..<16: words.0 = words.0 << 4 | UInt64(value)
            case ..<32: words.1 = words.1 << 4 | UInt64(value)
            default: words.2 = words.2 << 4 | UInt64(value)
            }
        }
        self.init(high: words.0, middle: words.1, low: UInt32(truncatingIfNeeded: words.2))
    }

    var gitOID: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in
            raw.storeBytes(of: high.bigEndian, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: middle.bigEndian, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: low.bigEndian, toByteOffset: 16, as: UInt32.self)
        }
        return oid
    }

    /// The 40-digit lower-case hexadecimal form.
    public var hex: String {
        func digits<T: FixedWidthInteger>(_ value: T) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: T.bitWidth / 4 - text.count) + text
        }
        return digits(high) + digits(middle) + digits(low)
    }

    /// The id's first 64 bits. An id is a cryptographic hash, so these bits are already spread
    /// evenly: a table of ids can use them as its hash without hashing again.
    public var leadingBits: UInt64 { high }

    /// The first seven digits, as `git log --oneline` shows them.
    public var short: String { String(hex.prefix(7)) }

    public var description: String { hex }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        (lhs.high, lhs.middle, lhs.low) < (rhs.high, rhs.middle, rhs.low)
    }
}
