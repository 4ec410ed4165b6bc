/// A JSON value written the way `JSONEncoder` writes with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]`, byte for byte (a test compares the two on every report fixture
/// and on every ASCII character).
///
/// Why not `JSONEncoder` itself: encoding a 26 kB report through `Encodable` took 0.7–2 ms, all
/// of it at the end of a run, after the checks; writing the same bytes directly takes a tenth.
enum JSONText {
    case string(String)
    case integer(Int)
    /// A finite number; JSON has no infinity or NaN (write `.null` for those).
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONText])
    /// Members in any order: they are written sorted by key bytes, as `.sortedKeys` sorts them.
    case object([(key: String, value: JSONText)])

    /// `value` as a string, or null.
    static func string(_ value: String?) -> JSONText { value.map(JSONText.string) ?? .null }

    /// `value` as an integer, or null.
    static func integer(_ value: Int?) -> JSONText { value.map(JSONText.integer) ?? .null }

    /// The value as pretty-printed text, without a final newline.
    var rendered: String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(to: &output, depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(to output: inout [UInt8], depth: Int) {
        switch self {
        case .string(let text):
            Self.writeString(text, to: &output)
        case .integer(let value):
            output.append(contentsOf: String(value).utf8)
        case .number(let value):
            // JSONEncoder writes a Double's description without a trailing ".0".
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            output.append(contentsOf: text.utf8)
        case .bool(let value):
            output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null:
            output.append(contentsOf: "null".utf8)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            output.append(Self.newline)
            for (index, item) in items.enumerated() {
                Self.indent(depth + 1, &output)
                item.write(to: &output, depth: depth + 1)
                if index < items.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(Self.newline)
            }
            // An empty array is written as "[", an empty line, "]".
            if items.isEmpty { output.append(Self.newline) }
            Self.indent(depth, &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            output.append(Self.newline)
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, member) in sorted.enumerated() {
                Self.indent(depth + 1, &output)
                Self.writeString(member.key, to: &output)
                output.append(contentsOf: " : ".utf8)
                member.value.write(to: &output, depth: depth + 1)
                if index < sorted.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(Self.newline)
            }
            if members.isEmpty { output.append(Self.newline) }
            Self.indent(depth, &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let newline = UInt8(ascii: "\n")

    private static func indent(_ depth: Int, _ output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    /// Quotes, backslashes and control characters escaped as JSONEncoder escapes them; every
    /// other character, `/` and non-ASCII included, as its UTF-8 bytes.
    private static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: #"\\"#.utf8)
            case 0x0A: output.append(contentsOf: #"\n"#.utf8)
            case 0x0D: output.append(contentsOf: #"\r"#.utf8)
            case 0x09: output.append(contentsOf: #"\t"#.utf8)
            case 0x08: output.append(contentsOf: #"\b"#.utf8)
            case 0x0C: output.append(contentsOf: #"\f"#.utf8)
            case 0..<0x20:
                output.append(contentsOf: #"\u00"#.utf8)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
