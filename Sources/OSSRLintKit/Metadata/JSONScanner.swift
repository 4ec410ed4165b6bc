/// A strict RFC 8259 JSON reader that records where every key and value starts.
///
/// Why a scanner of our own: no JSON library gives source positions, and Foundation's parser
/// on Linux is the wrong authority for syntax: it accepts trailing commas (`{"a": 1,}`) and
/// reports errors as a byte offset ("around character 19"). This scanner rejects what RFC 8259
/// rejects, with a line and column, and `JSONSyntaxCheck` cross-checks it against Foundation.
/// Duplicate keys are legal JSON but ambiguous (Foundation keeps the last), so they are
/// collected for a warning rather than rejected. A leading UTF-8 byte order mark is skipped.
struct JSONScanner {
    struct Result: Sendable {
        var value: PositionedValue
        var duplicateKeys: [PositionedValue.Member]
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0
    private var duplicates: [PositionedValue.Member] = []
    private static let maximumDepth = 512

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> Result {
        var scanner = JSONScanner(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
        scanner.skipWhitespace()
        let value = try scanner.readValue()
        scanner.skipWhitespace()
        guard scanner.index == bytes.count else { throw scanner.error("unexpected text after the top-level value") }
        return Result(value: value, duplicateKeys: scanner.duplicates)
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, position: position)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(JSONSyntaxError) {
        guard current == byte else { throw error(current == nil ? "unexpected end of input, expected \(what)" : "expected \(what), found \(describeCurrent())") }
        advance()
    }

    private func describeCurrent() -> String {
        guard let byte = current else { return "end of input" }
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16)
    }

    private mutating func readValue() throws(JSONSyntaxError) -> PositionedValue {
        let start = position
        guard let byte = current else { throw error("unexpected end of input, expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try readObject(start)
        case UInt8(ascii: "["): return try readArray(start)
        case UInt8(ascii: "\""): return PositionedValue(kind: .string(try readString()), position: start)
        case UInt8(ascii: "t"): try readLiteral("true"); return PositionedValue(kind: .bool(true), position: start)
        case UInt8(ascii: "f"): try readLiteral("false"); return PositionedValue(kind: .bool(false), position: start)
        case UInt8(ascii: "n"): try readLiteral("null"); return PositionedValue(kind: .null, position: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber(start)
        default: throw error("expected a value, found \(describeCurrent())")
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func readObject(_ start: SourcePosition) throws(JSONSyntaxError) -> PositionedValue {
        try enter()
        advance()
        var members: [PositionedValue.Member] = []
        // Filled only once the object is large: most have a few keys, where a set cost more
        // than looking back.
        var seen: Set<String> = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            advance()
            depth -= 1
            return PositionedValue(kind: .object([]), position: start)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                throw error(current == UInt8(ascii: "}") ? "trailing comma before '}'" : "expected a key in double quotes, found \(describeCurrent())")
            }
            let keyPosition = position
            let key = try readString()
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "':' after key '\(key)'")
            skipWhitespace()
            let member = PositionedValue.Member(key: key, keyPosition: keyPosition, value: try readValue())
            let repeated: Bool
            if members.count < 16 {
                repeated = members.contains { $0.key == key }
            } else {
                if seen.isEmpty { seen = Set(members.map(\.key)) }
                repeated = !seen.insert(key).inserted
            }
            if repeated { duplicates.append(member) }
            members.append(member)
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            try expect(UInt8(ascii: "}"), "',' or '}'")
            depth -= 1
            return PositionedValue(kind: .object(members), position: start)
        }
    }

    private mutating func readArray(_ start: SourcePosition) throws(JSONSyntaxError) -> PositionedValue {
        try enter()
        advance()
        var elements: [PositionedValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            advance()
            depth -= 1
            return PositionedValue(kind: .array([]), position: start)
        }
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]") { throw error("trailing comma before ']'") }
            elements.append(try readValue())
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            try expect(UInt8(ascii: "]"), "',' or ']'")
            depth -= 1
            return PositionedValue(kind: .array(elements), position: start)
        }
    }

    private mutating func readLiteral(_ word: String) throws(JSONSyntaxError) {
        for expected in word.utf8 {
            guard current == expected else { throw error("invalid literal, expected '\(word)'") }
            advance()
        }
    }

    private mutating func readDigits() -> Int {
        var count = 0
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { advance(); count += 1 }
        return count
    }

    private mutating func readNumber(_ start: SourcePosition) throws(JSONSyntaxError) -> PositionedValue {
        let first = index
        if current == UInt8(ascii: "-") { advance() }
        if current == UInt8(ascii: "0") {
            advance()
            if let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { throw error("number with a leading zero") }
        } else if readDigits() == 0 {
            throw error("expected digits in number")
        }
        if current == UInt8(ascii: ".") {
            advance()
            if readDigits() == 0 { throw error("expected digits after '.' in number") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            if readDigits() == 0 { throw error("expected digits in exponent") }
        }
        let text = String(decoding: bytes[first..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw JSONSyntaxError(message: "number '\(text)' is out of range", position: start)
        }
        return PositionedValue(kind: .number(value, text: text), position: start)
    }

    private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexValue(byte) else { throw error("invalid \\u escape") }
            value = value << 4 | digit
            advance()
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func readString() throws(JSONSyntaxError) -> String {
        advance()
        // Most strings have no escape: one run of bytes up to the closing quote, made a String
        // at once.
        let start = index
        while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 { advance() }
        if current == UInt8(ascii: "\"") {
            guard let text = String(validating: bytes[start..<index], as: UTF8.self) else { throw error("string is not valid UTF-8") }
            advance()
            return text
        }
        var scalars = String.UnicodeScalarView()
        var pendingRun = Array(bytes[start..<index])
        func flush() -> Bool {
            guard !pendingRun.isEmpty else { return true }
            guard let text = String(validating: pendingRun, as: UTF8.self) else { return false }
            scalars.append(contentsOf: text.unicodeScalars)
            pendingRun.removeAll(keepingCapacity: true)
            return true
        }
        while true {
            guard let byte = current else { throw error("unterminated string") }
            if byte == UInt8(ascii: "\"") {
                guard flush() else { throw error("string is not valid UTF-8") }
                advance()
                return String(scalars)
            }
            if byte < 0x20 { throw error("unescaped control character in string") }
            if byte != UInt8(ascii: "\\") {
                pendingRun.append(byte)
                advance()
                continue
            }
            guard flush() else { throw error("string is not valid UTF-8") }
            advance()
            guard let escape = current else { throw error("unterminated string") }
            advance()
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var code = try readHex4()
                if (0xD800...0xDBFF).contains(code), current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") {
                    advance(); advance()
                    let low = try readHex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid surrogate pair in \\u escape") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                // RFC 8259 grammar allows lone surrogates, but they are not text and Foundation
                // rejects them, so they are an error here too.
                guard let scalar = Unicode.Scalar(code) else { throw error("lone surrogate in \\u escape") }
                scalars.append(scalar)
            default:
                throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))' in string")
            }
        }
    }
}
