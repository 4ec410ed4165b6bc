/// The runs of bytes a match of a regular expression can start with, read off the pattern: most
/// texts a pattern is run on lack them, and a byte search says so long before ICU would (and
/// without building ICU's tables, about 2 ms the first time in a process); where one occurs,
/// ICU need only search from there.
///
/// Conservative by construction: only plain ASCII characters (and escaped punctuation) before
/// the first metacharacter count, a character a quantifier follows is left out, and a pattern
/// that is not alternatives as a whole, or has an alternative without such a run, has none.
/// `-----BEGIN (…)` gives `-----BEGIN `; `(10\.[0-9]+|swh:1:…)` gives `10.` and `swh:1:`.
enum RegexLiteral {
    /// The leading literal of each alternative, when the pattern is alternatives as a whole
    /// (`A|B`, or `(A|B)` with nothing around the group; a pattern without `|` is one) and every
    /// one has a literal of at least `minimumLength` bytes: every match then starts with one of
    /// them. Case-blind, the literals are lower-cased, and they say nothing about a text that is
    /// not all ASCII when they hold a letter: Unicode case folding maps the Kelvin sign to `k`,
    /// `ſ` to `s` and `ﬁ` to `fi` (see `hasLetters`).
    static func leadingAlternatives(of pattern: String, ignoringCase: Bool, minimumLength: Int = 3) -> [[UInt8]]? {
        var bytes = Array(pattern.utf8)[...]
        guard var structure = structure(of: bytes) else { return nil }
        // A plain group `( … )` that spans the whole pattern: its inside is what is split.
        if bytes.count >= 2, bytes.first == UInt8(ascii: "("), bytes[bytes.startIndex + 1] != UInt8(ascii: "?"),
           structure.firstGroupEnd == bytes.endIndex - 1 {
            bytes = bytes[(bytes.startIndex + 1)..<(bytes.endIndex - 1)]
            guard let inner = self.structure(of: bytes) else { return nil }
            structure = inner
        }
        var alternatives: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        for bar in structure.bars + [bytes.endIndex] {
            alternatives.append(bytes[start..<bar])
            start = bar + 1
        }
        var literals: [[UInt8]] = []
        for alternative in alternatives {
            guard let literal = leadingRun(of: alternative, minimumLength: minimumLength) else { return nil }
            literals.append(ignoringCase ? literal.map { ByteSearch.fold($0, true) } : literal)
        }
        return literals
    }

    /// Whether any literal holds an ASCII letter: case-blind, such a literal can be searched for
    /// only in an all-ASCII text.
    static func hasLetters(_ literals: [[UInt8]]) -> Bool {
        literals.contains { $0.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } }
    }

    /// Plain ASCII characters (and escaped punctuation, `\.` for `.`) before the first
    /// metacharacter; a character a quantifier follows is left out.
    private static func leadingRun(of bytes: ArraySlice<UInt8>, minimumLength: Int) -> [UInt8]? {
        var literal: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if isQuantifier(byte) {
                // The character before a quantifier may be absent or repeated.
                if !literal.isEmpty { literal.removeLast() }
                break
            }
            if byte == UInt8(ascii: "\\") {
                // `\.`, `\/`, `\-`: punctuation standing for itself. A letter or digit after
                // the backslash is a class, an anchor or a quote (`\d`, `\b`, `\Q`): the run ends.
                let next = index + 1
                guard next < bytes.endIndex, isPunctuation(bytes[next]) else { break }
                literal.append(bytes[next])
                index = next + 1
                continue
            }
            guard byte >= 0x20, byte < 0x7F, !metacharacters.contains(byte) else { break }
            literal.append(byte)
            index += 1
        }
        return literal.count >= minimumLength ? literal : nil
    }

    /// Whether the class opened at `index` ends at its first `]`: not so when `]` (or `^]`)
    /// comes first, which ICU reads as a member, or when a set is nested (`[a[b]]`), which
    /// `structure(of:)` refuses.
    private static func startsPlainClass(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        guard index + 1 < bytes.endIndex else { return false }
        let next = bytes[index + 1]
        return next != UInt8(ascii: "]") && next != UInt8(ascii: "^")
    }

    /// Where a pattern's `|`s outside groups and classes are, and where the group its first
    /// byte opens (if any) closes.
    private struct Structure {
        var bars: [Int] = []
        var firstGroupEnd: Int?
    }

    /// One scan of the pattern's brackets; nil when one is left open or a class's end is
    /// unclear (see `startsPlainClass`).
    private static func structure(of bytes: ArraySlice<UInt8>) -> Structure? {
        var structure = Structure()
        var depth = 0
        var inClass = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if inClass {
                guard byte != UInt8(ascii: "[") else { return nil }
                if byte == UInt8(ascii: "]") { inClass = false }
            } else if byte == UInt8(ascii: "[") {
                guard startsPlainClass(bytes, at: index) else { return nil }
                inClass = true
            } else if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
                guard depth >= 0 else { return nil }
                if depth == 0, structure.firstGroupEnd == nil, bytes.first == UInt8(ascii: "(") { structure.firstGroupEnd = index }
            } else if byte == UInt8(ascii: "|"), depth == 0 {
                structure.bars.append(index)
            }
            index += 1
        }
        guard depth == 0, !inClass, index == bytes.endIndex else { return nil }
        return structure
    }

    private static func isQuantifier(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "?") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "{")
    }

    /// ASCII punctuation, which after a backslash stands for itself in ICU.
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && !(byte >= 0x30 && byte <= 0x39) && !(byte >= 0x41 && byte <= 0x5A) && !(byte >= 0x61 && byte <= 0x7A)
    }

    /// ICU's metacharacters outside a set, and `#`, which starts a comment under the `x` flag.
    private static let metacharacters: Set<UInt8> = Set("\\^$.|?*+()[]{}#".utf8)
}
