/// Splits one lower-cased line of a licence text into words, as `tokens_of_line` in
/// `Scripts/generate-licence-index.py` does: letters and digits make words, a dot between two
/// of them stays in the word, an apostrophe inside a word is dropped, "&" is the word "and",
/// each CJK ideograph is a word of its own (CJK text has no spaces), everything else separates;
/// inline list markers such as "(a)", "(iv)", "2)" or "b." are dropped.
///
/// It works on UTF-8 bytes: ASCII, nearly all of any licence, takes one comparison per byte,
/// and only other bytes are decoded to scalars for their Unicode properties.
enum LicenceLineTokenizer {
    /// Appends the words of `line` in `text` to `words`.
    static func appendWords(of line: Range<Int>, in text: LicenceTextBuffer, to words: inout LicenceWordWriter) {
        var wordStart = line.lowerBound
        // Kept here rather than asked of the writer, whose state the compiler must reload after
        // every write through its buffers.
        var inWord = false
        var position = line.lowerBound
        while position < line.upperBound {
            let byte = text[position]
            if byte < 0x80 {
                if LicenceTextBuffer.isASCIIWordByte(byte) {
                    // Most of a licence is runs of ASCII letters: copy each run at once.
                    var runEnd = position + 1
                    while runEnd < line.upperBound && LicenceTextBuffer.isASCIIWordByte(text[runEnd]) { runEnd += 1 }
                    if !inWord { wordStart = position }
                    inWord = true
                    words.appendToPendingWord(UnsafeBufferPointer(rebasing: text.bytes[position..<runEnd]))
                    position = runEnd
                    continue
                } else if byte == UInt8(ascii: "'") && continuesWord(after: position + 1, in: text, line: line, inWord: inWord) {
                    // An apostrophe inside a word is dropped: "don't" is "dont".
                } else if byte == UInt8(ascii: ".") && continuesWord(after: position + 1, in: text, line: line, inWord: inWord) {
                    words.appendToPendingWord(byte)
                } else if byte == UInt8(ascii: "&") {
                    flush(&words, &inWord, from: wordStart, to: position, in: text, line: line)
                    and.withUTF8Buffer { words.appendWord($0) }
                } else {
                    flush(&words, &inWord, from: wordStart, to: position, in: text, line: line)
                }
                position += 1
                continue
            }
            let (scalar, length) = text.scalar(at: position)
            let bytes = UnsafeBufferPointer(rebasing: text.bytes[position..<(position + length)])
            if scalar.value >= 0x2E80 && scalar.properties.generalCategory == .otherLetter {
                flush(&words, &inWord, from: wordStart, to: position, in: text, line: line)
                words.appendWord(bytes)
            } else if LicenceTextNormaliser.isWordScalar(scalar) {
                if !inWord { wordStart = position }
                inWord = true
                words.appendToPendingWord(bytes)
            } else if (scalar == "’" || scalar == "‘") && continuesWord(after: position + length, in: text, line: line, inWord: inWord) {
                // A typographic apostrophe inside a word is dropped like a plain one.
            } else {
                flush(&words, &inWord, from: wordStart, to: position, in: text, line: line)
            }
            position += length
        }
        flush(&words, &inWord, from: wordStart, to: line.upperBound, in: text, line: line)
    }

    private static let and: StaticString = "and"

    /// Ends the word being built at `end`: dropped if a list marker, kept otherwise.
    @inline(__always)
    private static func flush(_ words: inout LicenceWordWriter, _ inWord: inout Bool, from start: Int, to end: Int,
                              in text: LicenceTextBuffer, line: Range<Int>) {
        guard inWord else { return }
        inWord = false
        if isListMarker(start..<end, in: text, line: line) {
            words.discardPendingWord()
        } else {
            words.commitPendingWord()
        }
    }

    /// Whether a word is being built and the scalar at `next` continues it.
    @inline(__always)
    private static func continuesWord(after next: Int, in text: LicenceTextBuffer, line: Range<Int>, inWord: Bool) -> Bool {
        inWord && next < line.upperBound && text.isWordScalar(at: next)
    }

    /// Whether `word` is an inline list marker: "(a)", "(iv)", "2)" or "b." after a space, the
    /// line start or an opening parenthesis at either.
    @inline(__always)
    private static func isListMarker(_ word: Range<Int>, in text: LicenceTextBuffer, line: Range<Int>) -> Bool {
        // Every marker is closed by ")" or "."; testing that first spares nearly every word the rest.
        guard word.upperBound < line.upperBound,
              text[word.upperBound] == UInt8(ascii: ")") || text[word.upperBound] == UInt8(ascii: "."),
              isMarkerWord(word, in: text) else { return false }
        let before: Unicode.Scalar? = word.lowerBound > line.lowerBound ? text.scalar(before: word.lowerBound) : nil
        let after: Unicode.Scalar? = word.upperBound < line.upperBound ? text.scalar(at: word.upperBound).scalar : nil
        if before == "(" {
            let opener = word.lowerBound - 1
            let openerAtBoundary = opener == line.lowerBound || LicenceTextBuffer.isSpace(text.scalar(before: opener))
            return openerAtBoundary && after == ")"
        }
        if let before, !LicenceTextBuffer.isSpace(before) { return false }
        guard after == ")" || after == "." else { return false }
        // The closing ")" or "." is one byte, so the scalar after it starts one byte on.
        return word.upperBound + 1 >= line.upperBound || text.isSpace(at: word.upperBound + 1)
    }

    /// Whether the text of `word` (apostrophes included) could be a marker: one or two digits,
    /// one letter, or up to four of "i", "v" and "x".
    private static func isMarkerWord(_ word: Range<Int>, in text: LicenceTextBuffer) -> Bool {
        // Every marker is at most four ASCII bytes long; most words are longer.
        guard word.count <= 4 else { return false }
        var allDigits = true
        var allRoman = true
        for position in word {
            let byte = text[position]
            guard byte < 0x80 else { return false }
            allDigits = allDigits && byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            allRoman = allRoman && (byte == UInt8(ascii: "i") || byte == UInt8(ascii: "v") || byte == UInt8(ascii: "x"))
        }
        if word.count <= 2 && allDigits { return true }
        if word.count == 1 {
            let byte = text[word.lowerBound]
            if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) {
                return true
            }
        }
        return allRoman
    }
}
