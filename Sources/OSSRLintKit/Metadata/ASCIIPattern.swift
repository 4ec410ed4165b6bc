/// A regular expression made only of ASCII literals and classes, searched over a text's bytes:
/// what most of the Citation File Format schema's patterns are (an ORCID, a date, a language
/// code). It takes literals (punctuation may be escaped), classes of characters and ranges
/// (`[0-9X]`, `[0-9\- ]`), groups of alternatives with at most a `?` after them, the
/// quantifiers `?`, `*`, `+`, `{n}`, `{n,}` and `{n,m}`, `^` first and `$` last, and the classes
/// `\d`, `\s`, `\S` and `.`. `init` returns nil for anything else (negated classes, `\w`, lazy
/// or possessive quantifiers …), which ICU then matches; so does `matches` for a text it cannot
/// answer for exactly.
///
/// Why not ICU alone: `NSRegularExpression` copies each text into UTF-16 and allocates a result
/// for every search, which for the 400 ORCIDs of a large CITATION.cff was a tenth of validating
/// the file. The answers are ICU's: every pattern character is ASCII, so a byte that is not
/// cannot match, and a match can only start where a character does; a test compares the two
/// on every pattern of the schema.
struct ASCIIPattern: Sendable {
    private struct ByteSet: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        mutating func insert(_ byte: UInt8) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }

        init() {}

        init<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            for byte in bytes { insert(byte) }
        }

        func subtracting(_ other: ByteSet) -> ByteSet {
            var result = self
            result.low &= ~other.low
            result.high &= ~other.high
            return result
        }

        mutating func formUnion(_ other: ByteSet) {
            low |= other.low
            high |= other.high
        }

        func contains(_ byte: UInt8) -> Bool {
            byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
        }
    }

    private indirect enum Atom: Sendable {
        case bytes(ByteSet)
        /// Alternatives, each a sequence.
        case group([[Item]])
    }

    private struct Item: Sendable {
        var atom: Atom
        var minimum = 1
        /// Nil for no bound.
        var maximum: Int? = 1
    }

    private let items: [Item]
    /// The bytes a match must start with, when the first item says: other starts are skipped.
    private let firstBytes: ByteSet?
    private let anchoredAtStart: Bool
    private let anchoredAtEnd: Bool
    /// Whether the pattern uses `\d`, `\s`, `\S` or `.`, which ICU reads over all of Unicode (an
    /// Arabic-Indic digit is a `\d`): their byte sets are ICU's answers for ASCII only, so a
    /// text with other characters goes to ICU.
    private let needsASCIIText: Bool

    /// Texts longer than this go to ICU, whose search has a time limit: backtracking over
    /// unbounded quantifiers grows with the text (the e-mail pattern's three `[\S]+` as its cube),
    /// and the schema's patterns check short values.
    private static let longestText = 256

    init?(_ source: String) {
        var bytes = Array(source.utf8)
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        anchoredAtStart = bytes.first == UInt8(ascii: "^")
        if anchoredAtStart { bytes.removeFirst() }
        // A final `$` that no backslash escapes.
        let backslashes = bytes.dropLast().reversed().prefix { $0 == UInt8(ascii: "\\") }.count
        anchoredAtEnd = bytes.last == UInt8(ascii: "$") && backslashes % 2 == 0
        if anchoredAtEnd { bytes.removeLast() }
        var parser = Parser(bytes: bytes)
        guard let alternatives = parser.alternatives(), parser.index == bytes.count else { return nil }
        // `^a|b` anchors only its first alternative: left to ICU.
        if anchoredAtStart || anchoredAtEnd, alternatives.count > 1 { return nil }
        needsASCIIText = parser.usesUnicodeClasses
        items = alternatives.count == 1 ? alternatives[0] : [Item(atom: .group(alternatives))]
        if let first = items.first, case let .bytes(set) = first.atom, first.minimum > 0 { firstBytes = set } else { firstBytes = nil }
    }

    /// Whether the pattern occurs in `text`, as ICU would say; nil when only ICU can say: the
    /// text is long, or ends in a line break, before which ICU's `$` matches too.
    func matches(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard bytes.count <= Self.longestText else { return nil }
            if needsASCIIText, bytes.contains(where: { $0 >= 0x80 }) { return nil }
            if anchoredAtEnd, let last = bytes.last, (0x0A...0x0D).contains(last) || last == 0x85 || last == 0xA8 || last == 0xA9 {
                return nil
            }
            let starts = anchoredAtStart ? 0...0 : 0...bytes.count
            return starts.contains { start in
                if let firstBytes, start == bytes.count || !firstBytes.contains(bytes[start]) { return false }
                return Self.match(items, 0, start, bytes) { end in !anchoredAtEnd || end == bytes.count }
            }
        }
    }

    /// Whether `sequence` from `index` matches at `position` with `rest` accepting where it ends;
    /// every way is tried, so the answer does not depend on greediness.
    private static func match(_ sequence: [Item], _ index: Int, _ position: Int, _ text: UnsafeBufferPointer<UInt8>, _ rest: (Int) -> Bool) -> Bool {
        // Items of a fixed count of bytes (`https://`, `[0-9]{4}`) match one way only: read
        // straight, without trying alternatives.
        var index = index
        var position = position
        while index < sequence.count, case let .bytes(set) = sequence[index].atom, sequence[index].minimum == sequence[index].maximum {
            let count = sequence[index].minimum
            guard position + count <= text.count else { return false }
            for offset in position..<(position + count) where !set.contains(text[offset]) { return false }
            position += count
            index += 1
        }
        guard index < sequence.count else { return rest(position) }
        return repeatItem(sequence[index], count: 0, position, text) { end in match(sequence, index + 1, end, text, rest) }
    }

    private static func repeatItem(_ item: Item, count: Int, _ position: Int, _ text: UnsafeBufferPointer<UInt8>, _ rest: (Int) -> Bool) -> Bool {
        if count < item.maximum ?? Int.max {
            let more = matchAtom(item.atom, position, text) { end in
                // An iteration that matches nothing helps only to reach the minimum.
                (end != position || count < item.minimum) && repeatItem(item, count: count + 1, end, text, rest)
            }
            if more { return true }
        }
        return count >= item.minimum && rest(position)
    }

    private static func matchAtom(_ atom: Atom, _ position: Int, _ text: UnsafeBufferPointer<UInt8>, _ rest: (Int) -> Bool) -> Bool {
        switch atom {
        case let .bytes(set):
            return position < text.count && set.contains(text[position]) && rest(position + 1)
        case let .group(alternatives):
            return alternatives.contains { match($0, 0, position, text, rest) }
        }
    }

    /// Reads the pattern, refusing (nil) whatever is not of the subset.
    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        /// Whether a `\d`, `\s`, `\S` or `.` was read (see `needsASCIIText`).
        private(set) var usesUnicodeClasses = false

        private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func alternatives() -> [[Item]]? {
            var alternatives: [[Item]] = []
            while true {
                guard let sequence = sequence() else { return nil }
                alternatives.append(sequence)
                guard current == UInt8(ascii: "|") else { return alternatives }
                index += 1
            }
        }

        private mutating func sequence() -> [Item]? {
            var items: [Item] = []
            while let byte = current, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                guard var item = atom().map({ Item(atom: $0) }), quantify(&item) else { return nil }
                items.append(item)
            }
            return items
        }

        private mutating func atom() -> Atom? {
            guard let byte = current else { return nil }
            index += 1
            switch byte {
            case UInt8(ascii: "("):
                guard current != UInt8(ascii: "?"), let alternatives = alternatives(), current == UInt8(ascii: ")") else { return nil }
                index += 1
                return .group(alternatives)
            case UInt8(ascii: "["):
                return characterClass().map(Atom.bytes)
            case UInt8(ascii: "\\"):
                if let set = escapedClass() { return .bytes(set) }
                return escapedPunctuation().map(Self.single)
            case UInt8(ascii: "."):
                usesUnicodeClasses = true
                return .bytes(Self.anyButLineBreaks)
            case UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: "#"):
                return nil
            default:
                return Self.single(byte)
            }
        }

        /// ICU's answers over ASCII, read off ICU 76 byte by byte (a test asks ICU again):
        /// `\d` is 0–9, `\s` is tab to carriage return and space, `.` is all but the line breaks
        /// line feed to carriage return.
        private static let digits = ByteSet(UInt8(ascii: "0")...UInt8(ascii: "9"))
        private static let spaces = ByteSet([0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20])
        private static let anyButLineBreaks = ByteSet(0...0x7F).subtracting(ByteSet(0x0A...0x0D))

        /// `\d`, `\s` or `\S` after a backslash, as bytes; nil (and nothing read) for others.
        private mutating func escapedClass() -> ByteSet? {
            let set: ByteSet
            switch current {
            case UInt8(ascii: "d"): set = Self.digits
            case UInt8(ascii: "s"): set = Self.spaces
            case UInt8(ascii: "S"): set = ByteSet(0...0x7F).subtracting(Self.spaces)
            default: return nil
            }
            index += 1
            usesUnicodeClasses = true
            return set
        }

        private static func single(_ byte: UInt8) -> Atom {
            var set = ByteSet()
            set.insert(byte)
            return .bytes(set)
        }

        /// The character after a backslash, when it is punctuation standing for itself.
        private mutating func escapedPunctuation() -> UInt8? {
            guard let byte = current, !Self.isAlphanumeric(byte) else { return nil }
            index += 1
            return byte
        }

        private static func isAlphanumeric(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
        }

        /// `[...]` of literals, escaped punctuation and ranges; no negation, nesting, set
        /// operations or unescaped `-` outside a range.
        private mutating func characterClass() -> ByteSet? {
            var set = ByteSet()
            var members = 0
            while current != nil, current != UInt8(ascii: "]") {
                if current == UInt8(ascii: "\\") {
                    index += 1
                    if let escaped = escapedClass() {
                        set.formUnion(escaped)
                        members += 1
                        continue
                    }
                    index -= 1
                }
                guard let low = classMember() else { return nil }
                if current == UInt8(ascii: "-") {
                    index += 1
                    guard let high = classMember(), low <= high else { return nil }
                    for member in low...high { set.insert(member) }
                } else {
                    set.insert(low)
                }
                members += 1
            }
            guard current == UInt8(ascii: "]"), members > 0 else { return nil }
            index += 1
            return set
        }

        private mutating func classMember() -> UInt8? {
            guard let byte = current else { return nil }
            switch byte {
            case UInt8(ascii: "\\"):
                index += 1
                return escapedPunctuation()
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "^"), UInt8(ascii: "-"), UInt8(ascii: "&"), UInt8(ascii: " "):
                // Sets, negation, ranges without a start, `&&`, and spaces (ignored in some ICU
                // set syntaxes) are left to ICU.
                return nil
            default:
                index += 1
                return byte
            }
        }

        /// Reads a quantifier after `item`'s atom, if any; false for one outside the subset.
        private mutating func quantify(_ item: inout Item) -> Bool {
            guard let byte = current else { return true }
            switch byte {
            case UInt8(ascii: "?"): (item.minimum, item.maximum) = (0, 1)
            case UInt8(ascii: "*"): (item.minimum, item.maximum) = (0, nil)
            case UInt8(ascii: "+"): (item.minimum, item.maximum) = (1, nil)
            case UInt8(ascii: "{"):
                index += 1
                guard let minimum = number() else { return false }
                var maximum: Int? = minimum
                if current == UInt8(ascii: ",") {
                    index += 1
                    maximum = number()
                    if let maximum, maximum < minimum { return false }
                }
                guard current == UInt8(ascii: "}") else { return false }
                (item.minimum, item.maximum) = (minimum, maximum)
            default:
                return true
            }
            index += 1
            // Lazy, possessive or repeated quantifiers, and groups repeated more than `?`.
            if let next = current, [UInt8(ascii: "?"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "{")].contains(next) { return false }
            if case .group = item.atom, !(item.minimum == 0 && item.maximum == 1) { return false }
            return true
        }

        private mutating func number() -> Int? {
            let start = index
            while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), index - start < 6 { index += 1 }
            guard index > start else { return nil }
            return Int(String(decoding: bytes[start..<index], as: UTF8.self))
        }
    }
}
