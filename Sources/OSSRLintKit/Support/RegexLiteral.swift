/// A run of bytes that every match of a regular expression contains, read off the pattern's
/// start: most texts a pattern is run on lack it, and a byte search says so long before ICU
/// would (and without building ICU's tables, about 2 ms the first time in a process).
///
/// Conservative by construction: only plain ASCII characters before the first
/// metacharacter count, a character a quantifier follows is left out, and a pattern with any
/// `|` (an alternative might not start with the run) or a case-blind pattern (Unicode case
/// folding maps `K` to the Kelvin sign, `s` to `ſ`) has none. `-----BEGIN (…)` gives
/// `-----BEGIN `.
enum RegexLiteral {
    /// The leading literal of `pattern`, when it is at least `minimumLength` bytes long.
    static func leading(of pattern: String, ignoringCase: Bool, minimumLength: Int = 3) -> [UInt8]? {
        guard !ignoringCase else { return nil }
        let bytes = Array(pattern.utf8)
        guard !bytes.contains(UInt8(ascii: "|")) else { return nil }
        var literal: [UInt8] = []
        for byte in bytes {
            if isQuantifier(byte) {
                // The character before a quantifier may be absent or repeated.
                if !literal.isEmpty { literal.removeLast() }
                break
            }
            guard byte >= 0x20, byte < 0x7F, !metacharacters.contains(byte) else { break }
            literal.append(byte)
        }
        return literal.count >= minimumLength ? literal : nil
    }

    private static func isQuantifier(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "?") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "{")
    }

    /// ICU's metacharacters outside a set, and `#`, which starts a comment under the `x` flag.
    private static let metacharacters: Set<UInt8> = Set("\\^$.|?*+()[]{}#".utf8)
}
