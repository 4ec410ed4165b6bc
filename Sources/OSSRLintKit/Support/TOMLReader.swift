/// Reads TOML 1.0 (pyproject.toml, Cargo.toml, REUSE.toml) into `YAMLNode`s, so that the
/// same typed decoding (`NodeDecoder`) and positions serve TOML as they serve YAML.
///
/// Why not TOMLKit, the maintained library this replaces: TOMLKit 0.6 parses with toml++ 3.4,
/// which checks "impossible" parser states with C `assert`s that SwiftPM's release builds keep
/// (no NDEBUG). One line of a merge request ended the run with SIGABRT: `requires = [}` in a
/// pyproject.toml (exit 134, found by the packaging fuzzer), `[é]` or a lone `[` before it
/// (a guard was written for those; this one was the next). With NDEBUG the same checks become
/// compiler assumptions, which is undefined behaviour instead. TOMLKit also never frees a
/// parsed document. OSSRLint reads a few keys from small files, so a reader of its own costs
/// little and fails only by throwing.
///
/// Strings (all four kinds, with escapes), arrays, inline tables, tables, arrays of tables and
/// dotted keys are read as TOML defines them; a redefined key or table is an error. Numbers,
/// booleans and dates are kept as their text (`scalar`, plain), which is all the callers read.
enum TOMLReader {
    struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        let line: Int
        let column: Int
        let message: String
        var description: String { "line \(line), column \(column): \(message)" }
    }

    /// The document's root table.
    static func read(_ text: String) throws(SyntaxError) -> YAMLNode {
        var parser = Parser(bytes: Array(text.utf8))
        return try parser.document()
    }

    /// Nested arrays and inline tables deeper than this are refused (the parser recurses).
    static let depthLimit = 100

    /// A table while it is being filled; turned into a `YAMLNode` mapping at the end.
    private final class Table {
        var keys: [String] = []
        var values: [String: Entry] = [:]
        let position: SourcePosition
        /// Defined by a header or a dotted key: another header for it is an error.
        var isDefined = false
        /// Written as an inline table or an array of them: closed to additions.
        var isSealed = false

        init(at position: SourcePosition) { self.position = position }

        enum Entry {
            case value(YAMLNode, key: SourcePosition)
            case table(Table, key: SourcePosition)
            case tables([Table], key: SourcePosition)
        }

        func set(_ key: String, _ entry: Entry) {
            if values[key] == nil { keys.append(key) }
            values[key] = entry
        }

        var node: YAMLNode {
            .mapping(keys.compactMap { key in
                switch values[key] {
                case let .value(node, position)?: YAMLNode.pair(key: key, isPlain: false, at: position, value: node)
                case let .table(table, position)?: YAMLNode.pair(key: key, isPlain: false, at: position, value: table.node)
                case let .tables(tables, position)?: YAMLNode.pair(key: key, isPlain: false, at: position, value: .sequence(tables.map(\.node), at: position))
                case nil: nil
                }
            }, at: position)
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0
        var depth = 0

        /// A byte-order mark is not skipped: tomllib, which pip and setuptools read with,
        /// refuses it too.
        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }
        var position: SourcePosition { SourcePosition(line: line, column: index - lineStart + 1) }

        /// The current character for a message: itself when printable ASCII.
        var describedCurrent: String {
            guard let byte = current else { return "the end of the file" }
            return (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : byte < 0x80 ? "a control character" : "a non-ASCII character"
        }

        func error(_ message: String) -> SyntaxError {
            SyntaxError(line: line, column: index - lineStart + 1, message: message)
        }

        mutating func document() throws(SyntaxError) -> YAMLNode {
            let root = Table(at: SourcePosition(line: 1, column: 1))
            var table = root
            while true {
                skipSpaces()
                guard let byte = current else { break }
                switch byte {
                case 0x0A, 0x0D: try newline()
                case 0x23: try comment()
                case 0x5B: table = try header(in: root)
                default:
                    try keyValue(into: table)
                }
            }
            return root.node
        }

        // MARK: Layout

        mutating func skipSpaces() {
            while let byte = current, byte == 0x20 || byte == 0x09 { index += 1 }
        }

        mutating func newline() throws(SyntaxError) {
            if current == 0x0D {
                index += 1
                guard current == 0x0A else { throw error("a carriage return must be followed by a line feed") }
            }
            index += 1
            line += 1
            lineStart = index
        }

        mutating func comment() throws(SyntaxError) {
            while let byte = current, byte != 0x0A {
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { break }
                if byte < 0x20 && byte != 0x09 || byte == 0x7F { throw error("a control character in a comment") }
                index += 1
            }
        }

        /// After a key/value pair or a header: spaces, an optional comment, then the line's end.
        mutating func endOfLine() throws(SyntaxError) {
            skipSpaces()
            if current == 0x23 { try comment() }
            guard let byte = current else { return }
            guard byte == 0x0A || byte == 0x0D else { throw error("expected the end of the line, found \(describedCurrent)") }
            try newline()
        }

        /// Inside arrays: spaces, comments and newlines.
        mutating func skipBlank() throws(SyntaxError) {
            while true {
                skipSpaces()
                switch current {
                case 0x0A, 0x0D: try newline()
                case 0x23: try comment()
                default: return
                }
            }
        }

        // MARK: Tables and keys

        mutating func header(in root: Table) throws(SyntaxError) -> Table {
            let start = position
            index += 1
            let isArray = current == 0x5B
            if isArray { index += 1 }
            skipSpaces()
            let key = try dottedKey()
            skipSpaces()
            guard current == 0x5D else { throw error("expected ']' to close the table header") }
            index += 1
            if isArray {
                guard current == 0x5D else { throw error("expected ']]' to close the array-of-tables header") }
                index += 1
            }
            try endOfLine()
            var table = root
            for (name, keyPosition) in key.dropLast() { table = try descend(table, name, at: keyPosition, implicit: true) }
            let (name, keyPosition) = key[key.count - 1]
            if isArray {
                let fresh = Table(at: start)
                fresh.isDefined = true
                switch table.values[name] {
                case nil: table.set(name, .tables([fresh], key: keyPosition))
                case let .tables(tables, position)?: table.set(name, .tables(tables + [fresh], key: position))
                default: throw SyntaxError(line: keyPosition.line, column: keyPosition.column, message: "'\(name)' is already defined and is not an array of tables")
                }
                return fresh
            }
            switch table.values[name] {
            case nil:
                let fresh = Table(at: start)
                fresh.isDefined = true
                table.set(name, .table(fresh, key: keyPosition))
                return fresh
            case let .table(existing, _)? where !existing.isDefined && !existing.isSealed:
                existing.isDefined = true
                return existing
            default:
                throw SyntaxError(line: keyPosition.line, column: keyPosition.column, message: "table '\(name)' is defined twice")
            }
        }

        /// The table `name` under `table`, made when missing; the last of an array of tables.
        func descend(_ table: Table, _ name: String, at keyPosition: SourcePosition, implicit: Bool) throws(SyntaxError) -> Table {
            switch table.values[name] {
            case nil:
                let fresh = Table(at: keyPosition)
                table.set(name, .table(fresh, key: keyPosition))
                return fresh
            case let .table(existing, _)? where !existing.isSealed:
                return existing
            case let .tables(tables, _)? where implicit:
                if let last = tables.last { return last }
            default:
                break
            }
            throw SyntaxError(line: keyPosition.line, column: keyPosition.column, message: "'\(name)' is already defined as a value")
        }

        mutating func keyValue(into table: Table) throws(SyntaxError) {
            let key = try dottedKey()
            skipSpaces()
            guard current == 0x3D else { throw error("expected '=' after the key") }
            index += 1
            skipSpaces()
            let value = try self.value()
            try assign(value, to: key, in: table)
            try endOfLine()
        }

        func assign(_ value: YAMLNode, to key: [(String, SourcePosition)], in table: Table) throws(SyntaxError) {
            var target = table
            for (name, keyPosition) in key.dropLast() {
                target = try descend(target, name, at: keyPosition, implicit: false)
                target.isDefined = true
            }
            let (name, keyPosition) = key[key.count - 1]
            guard target.values[name] == nil else {
                throw SyntaxError(line: keyPosition.line, column: keyPosition.column, message: "key '\(name)' is defined twice")
            }
            target.set(name, .value(value, key: keyPosition))
        }

        mutating func dottedKey() throws(SyntaxError) -> [(String, SourcePosition)] {
            var parts: [(String, SourcePosition)] = []
            while true {
                skipSpaces()
                let start = position
                parts.append((try simpleKey(), start))
                skipSpaces()
                guard current == 0x2E else { return parts }
                index += 1
            }
        }

        mutating func simpleKey() throws(SyntaxError) -> String {
            switch current {
            case 0x22: return try basicString()
            case 0x27: return try literalString()
            default:
                let start = index
                while let byte = current, Self.isBareKeyByte(byte) { index += 1 }
                guard index > start else { throw error("expected a key, found \(describedCurrent)") }
                return String(decoding: bytes[start..<index], as: UTF8.self)
            }
        }

        static func isBareKeyByte(_ byte: UInt8) -> Bool {
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x5F || byte == 0x2D
        }

        // MARK: Values

        mutating func value() throws(SyntaxError) -> YAMLNode {
            let start = position
            switch current {
            case 0x22:
                let text = bytes[index...].starts(with: [0x22, 0x22, 0x22]) ? try multiLineBasicString() : try basicString()
                return .scalar(text, isPlain: false, at: start)
            case 0x27:
                let text = bytes[index...].starts(with: [0x27, 0x27, 0x27]) ? try multiLineLiteralString() : try literalString()
                return .scalar(text, isPlain: false, at: start)
            case 0x5B: return try array(at: start)
            case 0x7B: return try inlineTable(at: start)
            case nil: throw error("expected a value at the end of the file")
            default: return .scalar(try bareScalar(), isPlain: true, at: start)
            }
        }

        /// A number, boolean or date-time, as written: TOML allows one space inside a date-time.
        mutating func bareScalar() throws(SyntaxError) -> String {
            let start = index
            while let byte = current, Self.isScalarByte(byte) || (byte == 0x20 && isDateBeforeSpace(from: start)) {
                index += 1
            }
            guard index > start else {
                throw error("expected a value, found \(describedCurrent)")
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            guard TOMLScalar.isValid(text) else {
                throw SyntaxError(line: line, column: start - lineStart + 1, message: "'\(text.prefix(40))' is not a TOML value (strings are quoted)")
            }
            return text
        }

        /// Whether `start..<index` is a date (`1979-05-27`) followed by a space and a digit, the
        /// one place a TOML value holds a space.
        func isDateBeforeSpace(from start: Int) -> Bool {
            index - start == 10 && bytes[start + 4] == 0x2D && bytes[start + 7] == 0x2D
                && index + 1 < bytes.count && (0x30...0x39).contains(bytes[index + 1])
        }

        static func isScalarByte(_ byte: UInt8) -> Bool {
            isBareKeyByte(byte) || byte == 0x2B || byte == 0x2E || byte == 0x3A
        }

        mutating func array(at start: SourcePosition) throws(SyntaxError) -> YAMLNode {
            try enter()
            index += 1
            var items: [YAMLNode] = []
            while true {
                try skipBlank()
                if current == 0x5D { index += 1; break }
                items.append(try value())
                try skipBlank()
                if current == 0x2C { index += 1; continue }
                guard current == 0x5D else { throw error("expected ',' or ']' in an array") }
                index += 1
                break
            }
            depth -= 1
            return .sequence(items, at: start)
        }

        mutating func inlineTable(at start: SourcePosition) throws(SyntaxError) -> YAMLNode {
            try enter()
            index += 1
            let table = Table(at: start)
            skipSpaces()
            if current == 0x7D {
                index += 1
            } else {
                while true {
                    skipSpaces()
                    let key = try dottedKey()
                    skipSpaces()
                    guard current == 0x3D else { throw error("expected '=' after the key") }
                    index += 1
                    skipSpaces()
                    try assign(try value(), to: key, in: table)
                    skipSpaces()
                    if current == 0x2C { index += 1; continue }
                    guard current == 0x7D else { throw error("expected ',' or '}' in an inline table (on one line)") }
                    index += 1
                    break
                }
            }
            depth -= 1
            table.isSealed = true
            return table.node
        }

        mutating func enter() throws(SyntaxError) {
            depth += 1
            guard depth <= TOMLReader.depthLimit else { throw error("arrays and inline tables nest more than \(TOMLReader.depthLimit) levels deep") }
        }

        // MARK: Strings

        mutating func basicString() throws(SyntaxError) -> String {
            index += 1
            var text: [UInt8] = []
            while true {
                guard let byte = current else { throw error("a string is not closed before the end of the file") }
                switch byte {
                case 0x22:
                    index += 1
                    return try decoded(text)
                case 0x5C: try escape(into: &text)
                case 0x0A, 0x0D: throw error("a string is not closed on its line")
                default:
                    if byte < 0x20 && byte != 0x09 || byte == 0x7F { throw error("a control character in a string") }
                    text.append(byte)
                    index += 1
                }
            }
        }

        mutating func multiLineBasicString() throws(SyntaxError) -> String {
            index += 3
            if current == 0x0A || current == 0x0D { try newline() }
            var text: [UInt8] = []
            while true {
                guard let byte = current else { throw error("a multi-line string is not closed before the end of the file") }
                if bytes[index...].starts(with: [0x22, 0x22, 0x22]) {
                    // Up to two quotes may end the content right before the closing three.
                    var quotes = 3
                    while quotes < 5, index + quotes < bytes.count, bytes[index + quotes] == 0x22 { quotes += 1 }
                    text += Array(repeating: 0x22, count: quotes - 3)
                    index += quotes
                    return try decoded(text)
                }
                switch byte {
                case 0x5C:
                    // A backslash ending a line trims the line break and the blanks after it.
                    var next = index + 1
                    while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
                    if next < bytes.count, bytes[next] == 0x0A || bytes[next] == 0x0D {
                        index = next
                        while true {
                            skipSpaces()
                            guard current == 0x0A || current == 0x0D else { break }
                            try newline()
                        }
                    } else {
                        try escape(into: &text)
                    }
                case 0x0A, 0x0D:
                    try newline()
                    text.append(0x0A)
                default:
                    if byte < 0x20 && byte != 0x09 || byte == 0x7F { throw error("a control character in a string") }
                    text.append(byte)
                    index += 1
                }
            }
        }

        mutating func literalString() throws(SyntaxError) -> String {
            index += 1
            let start = index
            while true {
                guard let byte = current else { throw error("a string is not closed before the end of the file") }
                if byte == 0x27 { break }
                if byte == 0x0A || byte == 0x0D { throw error("a string is not closed on its line") }
                if byte < 0x20 && byte != 0x09 || byte == 0x7F { throw error("a control character in a string") }
                index += 1
            }
            let text = Array(bytes[start..<index])
            index += 1
            return try decoded(text)
        }

        mutating func multiLineLiteralString() throws(SyntaxError) -> String {
            index += 3
            if current == 0x0A || current == 0x0D { try newline() }
            var text: [UInt8] = []
            while true {
                guard let byte = current else { throw error("a multi-line string is not closed before the end of the file") }
                if bytes[index...].starts(with: [0x27, 0x27, 0x27]) {
                    var quotes = 3
                    while quotes < 5, index + quotes < bytes.count, bytes[index + quotes] == 0x27 { quotes += 1 }
                    text += Array(repeating: 0x27, count: quotes - 3)
                    index += quotes
                    return try decoded(text)
                }
                if byte == 0x0A || byte == 0x0D {
                    try newline()
                    text.append(0x0A)
                    continue
                }
                if byte < 0x20 && byte != 0x09 || byte == 0x7F { throw error("a control character in a string") }
                text.append(byte)
                index += 1
            }
        }

        mutating func escape(into text: inout [UInt8]) throws(SyntaxError) {
            index += 1
            guard let byte = current else { throw error("a string ends inside an escape") }
            index += 1
            switch byte {
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "\""): text.append(0x22)
            case UInt8(ascii: "\\"): text.append(0x5C)
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count = byte == UInt8(ascii: "u") ? 4 : 8
                guard index + count <= bytes.count, let code = UInt32(String(decoding: bytes[index..<index + count], as: UTF8.self), radix: 16),
                      let scalar = Unicode.Scalar(code) else { throw error("an invalid \\\(Character(Unicode.Scalar(byte))) escape") }
                index += count
                text += Array(String(scalar).utf8)
            default:
                throw error("an invalid escape '\\\(Character(Unicode.Scalar(byte)))'")
            }
        }

        func decoded(_ text: [UInt8]) throws(SyntaxError) -> String {
            guard let string = String(validating: text, as: UTF8.self) else { throw error("a string is not valid UTF-8") }
            return string
        }
    }
}

/// Whether a bare value is a TOML boolean, integer, float or date-time, as TOML 1.0 spells them.
enum TOMLScalar {
    static func isValid(_ text: String) -> Bool {
        if text == "true" || text == "false" { return true }
        if isDateTime(text) { return true }
        var body = Substring(text)
        let signed = body.first == "+" || body.first == "-"
        if signed { body = body.dropFirst() }
        if body == "inf" || body == "nan" { return true }
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where body.hasPrefix(prefix) {
            return !signed && isDigits(body.dropFirst(2), radix: radix)
        }
        let parts = body.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false).flatMap { $0.split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count) else { return false }
        if parts.count == 2 {
            var exponent = parts[1]
            if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
            guard isDigits(exponent, radix: 10) else { return false }
        }
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(mantissa.count), isDigits(mantissa[0], radix: 10),
              mantissa[0] == "0" || mantissa[0].first != "0" else { return false }
        return mantissa.count == 1 || isDigits(mantissa[1], radix: 10)
    }

    /// Digits of `radix` with single underscores between them.
    static func isDigits(_ text: Substring, radix: Int) -> Bool {
        guard let first = text.first, let last = text.last, first != "_", last != "_", !text.contains("__") else { return false }
        return text.allSatisfy { $0 == "_" || ($0.isASCII && Int(String($0), radix: radix) != nil) }
    }

    /// `1979-05-27`, `07:32:00.999`, or a date and a time joined by `T`, `t` or a space, with
    /// an optional offset (`Z`, `+01:00`).
    static func isDateTime(_ text: String) -> Bool {
        let characters = Array(text)
        func digits(_ range: Range<Int>) -> Bool { range.upperBound <= characters.count && range.allSatisfy { characters[$0].isASCII && characters[$0].isNumber } }
        func time(from start: Int) -> Int? {
            guard digits(start..<start + 2), characters.count > start + 5, characters[start + 2] == ":", digits(start + 3..<start + 5),
                  characters[start + 5] == ":", digits(start + 6..<start + 8) else { return nil }
            var end = start + 8
            if end < characters.count, characters[end] == "." {
                end += 1
                let fraction = end
                while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
                if end == fraction { return nil }
            }
            return end
        }
        if let end = time(from: 0) { return end == characters.count }
        guard digits(0..<4), characters.count >= 10, characters[4] == "-", digits(5..<7), characters[7] == "-", digits(8..<10) else { return false }
        if characters.count == 10 { return true }
        guard "Tt ".contains(characters[10]), var end = time(from: 11) else { return false }
        if end < characters.count, characters[end] == "Z" || characters[end] == "z" {
            end += 1
        } else if end < characters.count, characters[end] == "+" || characters[end] == "-" {
            guard digits(end + 1..<end + 3), characters.count > end + 3, characters[end + 3] == ":", digits(end + 4..<end + 6) else { return false }
            end += 6
        }
        return end == characters.count
    }
}
