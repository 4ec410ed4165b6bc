/// A Zenodo token assigned as a literal in a CI file: `ZENODO_TOKEN: 4fT…` or
/// `--token=4fT…` beside the word zenodo, where the value is a long run of letters and digits
/// rather than a variable (`$ZENODO_TOKEN`, `${{ secrets.ZENODO_TOKEN }}`).
///
/// Zenodo's personal tokens are 60 letters and digits; 30 is the least counted, so that short
/// example values and variable names stay out.
enum ZenodoTokenAssignment {
    static let shortestToken = 30

    static func offsets(in text: UnsafeRawBufferPointer) -> [Int] {
        var found: [Int] = []
        var lineStart = 0
        while lineStart < text.count {
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
            if let offset = literal(in: lineStart..<lineEnd, of: text) { found.append(offset) }
            lineStart = lineEnd + 1
        }
        return found
    }

    /// The offset of a literal token on a line that speaks of zenodo and a token.
    private static func literal(in line: Range<Int>, of text: UnsafeRawBufferPointer) -> Int? {
        let lowered = text[line].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        guard contains("zenodo", in: lowered), contains("token", in: lowered) else { return nil }
        // Runs of letters and digits after `:` or `=`, quotes and spaces aside.
        var index = 0
        while index < lowered.count {
            guard lowered[index] == UInt8(ascii: ":") || lowered[index] == UInt8(ascii: "=") else { index += 1; continue }
            var start = index + 1
            while start < lowered.count, [UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "'")].contains(lowered[start]) { start += 1 }
            var end = start
            while end < lowered.count, SecretKind.isAlphanumeric(lowered[end]) { end += 1 }
            let precededByVariable = start > 0 && (lowered[start - 1] == UInt8(ascii: "$") || lowered[start - 1] == UInt8(ascii: "{"))
            if end - start >= shortestToken, !precededByVariable { return line.lowerBound + start }
            index = max(end, index + 1)
        }
        return nil
    }

    private static func contains(_ word: String, in bytes: [UInt8]) -> Bool {
        let needle = Array(word.utf8)
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
