/// Spells characters that must not reach the output as they are (terminal escapes, characters
/// XML forbids, line breaks inside a table cell) as visible text such as `\u{1B}`.
///
/// The spelling is Swift's, so a reader can paste it into a string literal. A literal `\u{1B}`
/// in the input looks the same; that ambiguity is accepted to keep paths like `C:\dir` readable.
enum VisibleEscape {
    /// `\u{1B}` for U+001B: upper-case hexadecimal, no leading zeros.
    static func spelling(of scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// True for control characters (C0, DEL, C1), for the invisible characters that reorder
    /// text (bidirectional marks, embeddings, overrides and isolates), which can make a path or
    /// message display as something other than what it is, and for the non-characters U+FFFE
    /// and U+FFFF.
    static func isUnsafeForDisplay(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// `text` with every character unsafe for display replaced by its visible spelling.
    static func forDisplay(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafeForDisplay) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isUnsafeForDisplay(scalar) {
                result += spelling(of: scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
