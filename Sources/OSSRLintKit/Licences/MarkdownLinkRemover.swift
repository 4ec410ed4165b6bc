/// Replaces Markdown links `[text](target)` with their text, as the generator's regular
/// expression `\[([^\]\n]*)\]\([^)\n]*\)` does.
///
/// It works on UTF-8 bytes: the brackets, parentheses and line break it looks for are ASCII,
/// and no byte of a longer UTF-8 sequence can be mistaken for one.
enum MarkdownLinkRemover {
    static func removingLinks(from bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "["), let (textEnd, linkEnd) = linkBounds(bytes, openingAt: position) {
                output.append(contentsOf: bytes[(position + 1)..<textEnd])
                position = linkEnd + 1
            } else {
                output.append(bytes[position])
                position += 1
            }
        }
        return output
    }

    /// Where the link text's closing "]" and the target's closing ")" are, for a link opening
    /// at `start`.
    private static func linkBounds(_ bytes: [UInt8], openingAt start: Int) -> (Int, Int)? {
        var textEnd = start + 1
        while textEnd < bytes.count && bytes[textEnd] != UInt8(ascii: "]") && bytes[textEnd] != UInt8(ascii: "\n") { textEnd += 1 }
        guard textEnd + 1 < bytes.count, bytes[textEnd] == UInt8(ascii: "]"), bytes[textEnd + 1] == UInt8(ascii: "(") else { return nil }
        var linkEnd = textEnd + 2
        while linkEnd < bytes.count && bytes[linkEnd] != UInt8(ascii: ")") && bytes[linkEnd] != UInt8(ascii: "\n") { linkEnd += 1 }
        guard linkEnd < bytes.count, bytes[linkEnd] == UInt8(ascii: ")") else { return nil }
        return (textEnd, linkEnd)
    }
}
