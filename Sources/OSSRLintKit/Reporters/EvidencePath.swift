/// The repository path a path evidence names, as CI formats need it to find the file.
///
/// Evidence subjects spell a path as `git ls-files` does (`GitPath.displayName`): in double
/// quotes with C escapes and octal bytes when it holds a byte outside printable ASCII, so
/// `数据.txt` is `"\346\225\260\346\215\256.txt"`. GitHub and GitLab match a report's path
/// against the files of the repository, so the SARIF, Code Quality and GitHub formats undo that
/// quoting; the other formats show the subject as it is.
enum EvidencePath {
    /// The path's bytes: git's quoting undone when `subject` is a quoted path, else its UTF-8.
    ///
    /// A subject that starts and ends with `"` but is not valid git quoting (an unknown escape,
    /// a bare quote inside) is taken literally: it is not a quoted path.
    static func bytes(of subject: String) -> [UInt8] {
        let raw = Array(subject.utf8)
        guard raw.count >= 2, raw.first == quote, raw.last == quote else { return raw }
        return unquoted(raw.dropFirst().dropLast()) ?? raw
    }

    /// The path as text: unquoted when its bytes are UTF-8, else the subject as git quotes it
    /// (JSON and workflow commands carry text, and a name that is not UTF-8 has no exact text).
    static func text(of subject: String) -> String {
        String(validating: bytes(of: subject), as: UTF8.self) ?? subject
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    /// The inside of a git-quoted path decoded, or nil when it is not git's quoting.
    private static func unquoted(_ inner: ArraySlice<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(inner.count)
        var index = inner.startIndex
        while index < inner.endIndex {
            let byte = inner[index]
            if byte == quote { return nil }
            guard byte == backslash else {
                output.append(byte)
                index += 1
                continue
            }
            let escapeIndex = index + 1
            guard escapeIndex < inner.endIndex else { return nil }
            if let simple = simpleEscapes[inner[escapeIndex]] {
                output.append(simple)
                index = escapeIndex + 1
                continue
            }
            // Three octal digits, at most 0o377: one byte.
            guard escapeIndex + 2 < inner.endIndex else { return nil }
            var value = 0
            for digit in inner[escapeIndex...(escapeIndex + 2)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(digit) else { return nil }
                value = value * 8 + Int(digit - UInt8(ascii: "0"))
            }
            guard value <= 0xFF else { return nil }
            output.append(UInt8(value))
            index = escapeIndex + 3
        }
        return output
    }

    /// The one-letter escapes `GitPath.displayName` writes, and the bytes they stand for.
    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "t"): 0x09, UInt8(ascii: "n"): 0x0A,
        UInt8(ascii: "v"): 0x0B, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "r"): 0x0D,
        UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C,
    ]
}
