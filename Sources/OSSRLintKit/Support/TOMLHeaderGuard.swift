/// Refuses the TOML that would make TOMLKit abort the process instead of throwing.
///
/// TOMLKit 0.6 parses with toml++ 3.4, which checks that a table header's key starts with a
/// character that can start a key (a letter, digit, `_`, `-` or a quote) with an `assert`,
/// after reading the `[`, any spaces and a second `[`. SwiftPM's release builds keep C++
/// asserts (they do not define NDEBUG), so `[é]`, `[=`, `[[[` or a `[` alone on its line in a
/// pyproject.toml of a merge request ended the lint run with SIGABRT (found by fuzzing; fixed
/// in toml++ after 3.4, not yet in TOMLKit). Callers check text with this before they parse it.
///
/// Only headers matter: toml++ reaches a header only at the start of a line outside any value,
/// so this follows the document as toml++ does, skipping strings (all four kinds), comments,
/// and arrays and inline tables (which may span lines).
enum TOMLHeaderGuard {
    /// A header toml++ cannot read safely, with its line.
    struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        let line: Int
        var description: String { "line \(line): a table header must start with a key ('[name]' or '[\"name\"]')" }
    }

    /// Throws for the first header that toml++ 3.4 would reach with a character that starts no key.
    static func check(_ text: String) throws(Refusal) {
        var scanner = Scanner(bytes: Array(text.utf8))
        try scanner.scanDocument()
    }

    /// Whether toml++ can be given `text` without the risk of an abort.
    static func isSafe(_ text: String) -> Bool {
        (try? check(text)) != nil
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        func byte(at offset: Int) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }

        mutating func scanDocument() throws(Refusal) {
            while let byte = current {
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                    index += 1
                case UInt8(ascii: "\n"):
                    line += 1
                    index += 1
                case UInt8(ascii: "#"):
                    skipComment()
                case UInt8(ascii: "["):
                    try checkHeader()
                    skipStatement()
                default:
                    // A key, `=` and a value: nothing in it is read as a header.
                    skipStatement()
                }
            }
        }

        /// At the `[` that opens a header: what toml++ hands to its key parser must start a key.
        mutating func checkHeader() throws(Refusal) {
            var offset = 1
            func skipSpaces() -> Bool {
                let start = offset
                while let byte = byte(at: offset), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { offset += 1 }
                return offset > start
            }
            let hadSpaces = skipSpaces()
            if byte(at: offset) == UInt8(ascii: "[") {
                // toml++ refuses `[ [` itself, with an error.
                if hadSpaces { return }
                offset += 1
                _ = skipSpaces()
            }
            // The end of the text, and `]` (an empty key), are errors toml++ reports itself.
            guard let first = byte(at: offset), first != UInt8(ascii: "]") else { return }
            if !Self.startsKey(first) { throw Refusal(line: line) }
        }

        static func startsKey(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                true
            default:
                false
            }
        }

        /// Skips to the end of the line, past strings, comments, and arrays and inline tables,
        /// which may span lines; the line break is left for `scanDocument`.
        mutating func skipStatement() {
            var depth = 0
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\n"):
                    if depth == 0 { return }
                    line += 1
                    index += 1
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    skipString()
                case UInt8(ascii: "#"):
                    skipComment()
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    index += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth = max(0, depth - 1)
                    index += 1
                default:
                    index += 1
                }
            }
        }

        mutating func skipComment() {
            while let byte = current, byte != UInt8(ascii: "\n") { index += 1 }
        }

        /// At a quote: skips the string. A single-line string also ends at a line break, where
        /// toml++ reports it unterminated.
        mutating func skipString() {
            guard let quote = current else { return }
            let escapes = quote == UInt8(ascii: "\"")
            let multiLine = byte(at: 1) == quote && byte(at: 2) == quote
            index += multiLine ? 3 : 1
            while let byte = current {
                if escapes && byte == UInt8(ascii: "\\") {
                    if self.byte(at: 1) == UInt8(ascii: "\n") { line += 1 }
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\n") {
                    guard multiLine else { return }
                    line += 1
                } else if byte == quote {
                    if !multiLine {
                        index += 1
                        return
                    }
                    if self.byte(at: 1) == quote && self.byte(at: 2) == quote {
                        // Up to two more quotes belong to the content: `"""a""""` is `a"`.
                        index += 3
                        var extra = 0
                        while extra < 2, current == quote { index += 1; extra += 1 }
                        return
                    }
                }
                index += 1
            }
        }
    }
}
