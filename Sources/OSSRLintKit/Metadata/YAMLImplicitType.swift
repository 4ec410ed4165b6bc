/// The type YAML 1.1 gives a plain (unquoted, untagged) scalar, exactly as Yams' default
/// resolver tells it, whose rules PyYAML follows too: its regular expressions for bool, int,
/// float and null, written out over bytes. Timestamps, `<<` and `=` have tags of their own
/// there, but a JSON-shaped value reads them as text, so they are `.string` here.
///
/// Why not the resolver: it runs up to seven ICU regular expressions on every scalar, and
/// compiles them on first use; on a large CITATION.cff that cost more than parsing the YAML.
/// A test compares the two on every short string over the patterns' alphabet.
enum YAMLImplicitType: Equatable {
    case bool
    case int
    case float
    case null
    case string

    init(of text: String) {
        var text = text
        self = text.withUTF8 { Self.classify($0) }
    }

    private static func classify(_ text: UnsafeBufferPointer<UInt8>) -> Self {
        // The patterns end in `$`, which ICU also matches before one line break that ends the text.
        let core = UnsafeBufferPointer(rebasing: text[..<(text.count - trailingLineBreakLength(text))])
        // Most text is a name or a sentence: no pattern starts with its first byte.
        guard let first = core.first else { return .null }
        guard mayStartATypedScalar(first) else { return .string }
        if isBool(core) { return .bool }
        if isInt(core) { return .int }
        if isFloat(core) { return .float }
        if isNull(core) { return .null }
        return .string
    }

    private static func trailingLineBreakLength(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        // The last byte of every line break below.
        guard let last = text.last, last <= 0x0D || last == 0x85 || last == 0xA8 || last == 0xA9 else { return 0 }
        let count = text.count
        func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && text[(count - suffix.count)...].elementsEqual(suffix) }
        if ends(with: [0x0D, 0x0A]) { return 2 }
        if let last = text.last, [0x0A, 0x0B, 0x0C, 0x0D].contains(last) { return 1 }
        // U+0085, U+2028 and U+2029 in UTF-8.
        if ends(with: [0xC2, 0x85]) { return 2 }
        if ends(with: [0xE2, 0x80, 0xA8]) || ends(with: [0xE2, 0x80, 0xA9]) { return 3 }
        return 0
    }

    // MARK: The patterns

    /// Whether a bool, int, float or null can start with `byte` (the empty text aside).
    private static func mayStartATypedScalar(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"),
             UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            false
        }
    }

    private static let boolWords = words("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF")
    private static let nullWords = words("~", "null", "Null", "NULL")
    private static let infinityWords = words("inf", "Inf", "INF")
    private static let notANumberWords = words("nan", "NaN", "NAN")

    private static func words(_ words: String...) -> [[UInt8]] { words.map { Array($0.utf8) } }

    private static func isOne(of words: [[UInt8]], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { $0.count == text.count && text.elementsEqual($0) }
    }

    /// `yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF`
    private static func isBool(_ text: UnsafeBufferPointer<UInt8>) -> Bool { isOne(of: boolWords, text) }

    /// `~|null|Null|NULL|` (the empty text too)
    private static func isNull(_ text: UnsafeBufferPointer<UInt8>) -> Bool { text.isEmpty || isOne(of: nullWords, text) }

    /// `[-+]?0b[0-1_]+ | [-+]?0o?[0-7_]+ | [-+]?(?:0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+ |
    /// [-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+`
    private static func isInt(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var scanner = Scanner(text)
        scanner.skipSign()
        let start = scanner.index
        if scanner.take("0") {
            if scanner.take("b") { return scanner.takeAll(where: { $0 == ascii("0") || $0 == ascii("1") || $0 == ascii("_") }) > 0 && scanner.atEnd }
            if scanner.take("x") { return scanner.takeAll(where: { isHexDigit($0) || $0 == ascii("_") }) > 0 && scanner.atEnd }
            if scanner.atEnd { return true }
            _ = scanner.take("o")
            return scanner.takeAll(where: { (ascii("0")...ascii("7")).contains($0) || $0 == ascii("_") }) > 0 && scanner.atEnd
        }
        scanner.index = start
        guard scanner.take(where: { (ascii("1")...ascii("9")).contains($0) }) else { return false }
        scanner.takeAll(where: isDigitOrUnderscore)
        if scanner.atEnd { return true }
        return scanner.takeSexagesimalGroups() && scanner.atEnd
    }

    /// `[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)? | \.[0-9_]+(?:[eE][-+][0-9]+)? |
    /// [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)`
    private static func isFloat(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var scanner = Scanner(text)
        if scanner.take(".") {
            if scanner.takeAll(where: isDigitOrUnderscore) > 0 {
                if scanner.take(where: { $0 == ascii("e") || $0 == ascii("E") }) {
                    guard scanner.take(where: { $0 == ascii("+") || $0 == ascii("-") }) else { return false }
                    guard scanner.takeAll(where: isDigit) > 0 else { return false }
                }
                return scanner.atEnd
            }
            return scanner.restIsOne(of: infinityWords) || scanner.restIsOne(of: notANumberWords)
        }
        scanner.skipSign()
        if scanner.take(".") { return scanner.restIsOne(of: infinityWords) }
        guard scanner.take(where: isDigit) else { return false }
        scanner.takeAll(where: isDigitOrUnderscore)
        let afterDigits = scanner.index
        // Sexagesimal, which must have a fraction point after its groups.
        if scanner.takeSexagesimalGroups() {
            guard scanner.take(".") else { return false }
            scanner.takeAll(where: isDigitOrUnderscore)
            return scanner.atEnd
        }
        scanner.index = afterDigits
        if scanner.take(".") { scanner.takeAll(where: isDigitOrUnderscore) }
        if scanner.take(where: { $0 == ascii("e") || $0 == ascii("E") }) {
            _ = scanner.take(where: { $0 == ascii("+") || $0 == ascii("-") })
            guard scanner.takeAll(where: isDigit) > 0 else { return false }
        }
        return scanner.atEnd
    }

    private static func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }
    private static func isDigit(_ byte: UInt8) -> Bool { (ascii("0")...ascii("9")).contains(byte) }
    private static func isDigitOrUnderscore(_ byte: UInt8) -> Bool { isDigit(byte) || byte == ascii("_") }
    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (ascii("a")...ascii("f")).contains(byte) || (ascii("A")...ascii("F")).contains(byte)
    }

    /// A cursor over the bytes of a scalar.
    private struct Scanner {
        let text: UnsafeBufferPointer<UInt8>
        var index = 0

        init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

        var atEnd: Bool { index == text.count }

        mutating func take(where accepts: (UInt8) -> Bool) -> Bool {
            guard index < text.count, accepts(text[index]) else { return false }
            index += 1
            return true
        }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            take { $0 == UInt8(character.value) }
        }

        @discardableResult
        mutating func takeAll(where accepts: (UInt8) -> Bool) -> Int {
            let start = index
            while take(where: accepts) {}
            return index - start
        }

        mutating func skipSign() {
            _ = take { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        }

        /// Whether the rest of the text is one of `words`.
        func restIsOne(of words: [[UInt8]]) -> Bool {
            YAMLImplicitType.isOne(of: words, UnsafeBufferPointer(rebasing: text[index...]))
        }

        /// One or more `(?::[0-5]?[0-9])`. A group of one digit must not be followed by another
        /// digit: no later part of either pattern starts with one, so the regular expression
        /// could not backtrack to a match.
        mutating func takeSexagesimalGroups() -> Bool {
            var groups = 0
            while index < text.count, text[index] == UInt8(ascii: ":") {
                index += 1
                guard take(where: YAMLImplicitType.isDigit) else { return false }
                if index < text.count, YAMLImplicitType.isDigit(text[index]) {
                    guard (UInt8(ascii: "0")...UInt8(ascii: "5")).contains(text[index - 1]) else { return false }
                    index += 1
                }
                groups += 1
            }
            return groups > 0
        }
    }
}
