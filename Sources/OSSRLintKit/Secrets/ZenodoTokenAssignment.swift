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

    private static let zenodo = Array("zenodo".utf8)
    private static let token = Array("token".utf8)

    /// The offset of a literal token on a line that speaks of zenodo and a token.
    private static func literal(in line: Range<Int>, of text: UnsafeRawBufferPointer) -> Int? {
        let bytes = UnsafeBufferPointer(rebasing: text.assumingMemoryBound(to: UInt8.self)[line])
        guard ByteSearch.contains(zenodo, in: bytes, foldingCase: true), ByteSearch.contains(token, in: bytes, foldingCase: true) else { return nil }
        // Runs of letters and digits after `:` or `=`, quotes and spaces aside.
        let skipped: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "'")]
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "=") else { index += 1; continue }
            var start = index + 1
            while start < bytes.count, skipped.contains(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, SecretKind.isAlphanumeric(bytes[end]) { end += 1 }
            let precededByVariable = start > 0 && (bytes[start - 1] == UInt8(ascii: "$") || bytes[start - 1] == UInt8(ascii: "{"))
            if end - start >= shortestToken, !precededByVariable { return line.lowerBound + start }
            index = max(end, index + 1)
        }
        return nil
    }
}
