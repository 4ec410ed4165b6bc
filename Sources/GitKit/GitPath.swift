import Foundation

/// A path inside a repository as git stores it: raw bytes, `/`-separated, no leading slash.
///
/// The bytes are the identity: git allows any byte but NUL and `/` in a name, so a path need
/// not be UTF-8. `displayName` shows it the way `git ls-files` quotes it.
public struct GitPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path's bytes. A slice: the paths of a tree listing share one buffer (see
    /// `init(slice:)`), so its indices need not start at zero.
    public let bytes: ArraySlice<UInt8>

    public init(bytes: [UInt8]) { self.bytes = bytes[...] }

    public init(_ string: String) { self.bytes = Array(string.utf8)[...] }

    /// A path whose bytes lie in a buffer shared with other paths. A tree listing keeps every
    /// path in one buffer: an array of its own per path was 10k allocations for a 10k-file
    /// tree, about a fifth of the listing's time.
    init(slice: ArraySlice<UInt8>) { bytes = slice }

    /// The path as text when it is valid UTF-8, else `nil`.
    public var string: String? { String(validating: bytes, as: UTF8.self) }

    /// The path as text, invalid bytes replaced by U+FFFD; for matching, never for identity.
    public var lossyString: String { String(decoding: bytes, as: UTF8.self) }

    /// The path quoted as git quotes it with `core.quotePath` on: plain when every byte is
    /// printable ASCII, otherwise in double quotes with C escapes and octal for other bytes.
    public var displayName: String {
        guard bytes.contains(where: Self.needsQuoting) else { return lossyString }
        var text = "\""
        for byte in bytes {
            switch byte {
            case 0x07: text += "\\a"
            case 0x08: text += "\\b"
            case 0x09: text += "\\t"
            case 0x0A: text += "\\n"
            case 0x0B: text += "\\v"
            case 0x0C: text += "\\f"
            case 0x0D: text += "\\r"
            case 0x22: text += "\\\""
            case 0x5C: text += "\\\\"
            case _ where Self.needsQuoting(byte):
                let octal = String(byte, radix: 8)
                text += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            default: text.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return text + "\""
    }

    public var description: String { displayName }

    /// Appends `displayName`'s UTF-8 bytes to `output` (listing 100k paths without a String each).
    public func appendDisplayName(to output: inout [UInt8]) {
        if bytes.contains(where: Self.needsQuoting) {
            output.append(contentsOf: displayName.utf8)
        } else {
            output.append(contentsOf: bytes)
        }
    }

    // Hash the bytes in one call: the synthesised conformance feeds them one by one.
    public func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    public static func == (lhs: GitPath, rhs: GitPath) -> Bool { lhs.bytes == rhs.bytes }

    private static func needsQuoting(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte >= 0x7F
    }

    /// The last component's bytes.
    public var nameBytes: ArraySlice<UInt8> {
        if let slash = bytes.lastIndex(of: 0x2F) { return bytes[(slash + 1)...] }
        return bytes[...]
    }

    /// The last component as (lossy) text.
    public var name: String { String(decoding: nameBytes, as: UTF8.self) }

    /// How many `/`-separated components the path has above its name (0 at the root).
    public var depth: Int { bytes.count { $0 == 0x2F } }

    /// Whether the path is inside the directory `directory` (given without trailing slash).
    public func isInside(_ directory: GitPath) -> Bool {
        bytes.count > directory.bytes.count
            && bytes.starts(with: directory.bytes)
            && bytes[bytes.startIndex + directory.bytes.count] == 0x2F
    }

    /// Orders as git does in the index and in a recursive tree listing: by unsigned bytes.
    /// Through `memcmp`: a large tree's listing is checked for order path by path, and the
    /// generic byte-by-byte comparison was most of that.
    public static func < (lhs: GitPath, rhs: GitPath) -> Bool {
        lhs.bytes.withUnsafeBufferPointer { left in
            rhs.bytes.withUnsafeBufferPointer { right in
                let common = min(left.count, right.count)
                if common > 0, let a = left.baseAddress, let b = right.baseAddress {
                    let order = memcmp(a, b, common)
                    if order != 0 { return order < 0 }
                }
                return left.count < right.count
            }
        }
    }
}
