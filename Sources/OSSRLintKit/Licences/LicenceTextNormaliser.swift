/// Turns licence-like text into the word sequence the licence index compares.
///
/// The steps follow the SPDX matching guidelines: line endings and a byte order mark are
/// ignored, Markdown links keep their text, heading marks, quote marks, bullets and list
/// numbering at the start of a line are dropped, case is folded, punctuation, quotes and dashes separate words, and British spellings
/// of "licence" become the American ones. Hard wrapping disappears because words, not lines, are
/// compared. Titles and copyright lines are not removed here, since which line holds them
/// depends on wrapping: the template match treats a title or copyright notice before the
/// licence as text around it, and the templates' own titles and copyright lines as optional. The rules mirror `Scripts/generate-licence-index.py` exactly; change both together.
///
/// The work is done on the UTF-8 bytes of one lower-cased copy of the text, with lines as byte
/// ranges of it (see `LicenceTextBuffer`), since identifying a long licence is dominated by it.
enum LicenceTextNormaliser {
    /// Returns the normalised words of `text`, in order.
    static func words(of text: String) -> [String] {
        normalisedWords(of: text).strings
    }

    /// Returns the normalised words of `text`, in order, without making a string of each.
    static func normalisedWords(of text: String) -> NormalisedLicenceWords {
        let prepared = preparedBytes(of: text)
        // Each byte yields at most three bytes of words ("&" is "and") and at most one word.
        return NormalisedLicenceWords(byteCapacity: 3 * prepared.count, wordCapacity: prepared.count) { words in
            prepared.withUnsafeBufferPointer { buffer in
                appendWords(ofLinesIn: LicenceTextBuffer(bytes: buffer), to: &words)
            }
        }
    }

    /// Whether a scalar belongs to a word: a letter or a digit of any script.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return LicenceTextBuffer.isASCIIWordByte(UInt8(scalar.value))
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    private static func appendWords(ofLinesIn text: LicenceTextBuffer, to words: inout LicenceWordWriter) {
        var position = 0
        // A text ending in a line break has one more, empty, line; it yields no words.
        while position <= text.count {
            var end = position
            while end < text.count && text[end] != UInt8(ascii: "\n") && text[end] != UInt8(ascii: "\r") { end += 1 }
            let lineEnd = end
            if end + 1 < text.count && text[end] == UInt8(ascii: "\r") && text[end + 1] == UInt8(ascii: "\n") {
                end += 1
            }
            let lineStart = position
            position = end + 1

            var line = LicenceLineRules.trimmed(lineStart..<lineEnd, in: text)
            line = LicenceLineRules.removingMarkup(from: line, in: text)
            line = LicenceLineRules.removingListNumber(from: line, in: text)
            LicenceLineTokenizer.appendWords(of: line, in: text, to: &words)
        }
    }

    /// The text lower-cased as UTF-8, with Markdown links replaced by their text and byte order
    /// marks removed, in that order: a mark between "]" and "(" keeps them from making a link.
    static func preparedBytes(of text: String) -> [UInt8] {
        var text = text
        var hasByteOrderMark = false
        var output = text.withUTF8 { source in
            var output: [UInt8] = []
            output.reserveCapacity(source.count)
            let buffer = LicenceTextBuffer(bytes: source)
            var position = 0
            while position < source.count {
                var runEnd = position
                while runEnd < source.count && source[runEnd] < 0x80 { runEnd += 1 }
                if runEnd > position {
                    // ASCII is copied as it is and folded below, in a loop simple enough to be fast.
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: source[position..<runEnd]))
                    position = runEnd
                    continue
                }
                let (scalar, length) = buffer.scalar(at: position)
                if scalar == "\u{FEFF}" {
                    hasByteOrderMark = true
                }
                // No lower-case mapping yields ASCII punctuation, a line break or an upper-case
                // ASCII letter, so folding case here changes no link, line or ASCII fold below.
                if scalar.properties.changesWhenLowercased {
                    output.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: source[position..<(position + length)]))
                }
                position += length
            }
            return output
        }
        var hasLinkSyntax = false
        output.withUnsafeMutableBufferPointer { bytes in
            var previous: UInt8 = 0
            for position in bytes.indices {
                let byte = bytes[position]
                if byte &- UInt8(ascii: "A") < 26 {
                    bytes[position] = byte | 0x20
                } else if byte == UInt8(ascii: "(") && previous == UInt8(ascii: "]") {
                    hasLinkSyntax = true
                }
                previous = byte
            }
        }
        if HTMLMarkupRemover.mayHoldMarkup(output) {
            output = HTMLMarkupRemover.removingMarkup(from: output)
        }
        output = removingEmphasisRuns(from: output)
        if hasLinkSyntax {
            output = MarkdownLinkRemover.removingLinks(from: output)
        }
        if hasByteOrderMark {
            output = removingByteOrderMarks(from: output)
        }
        return output
    }

    /// Without runs of two or more "*" or "_" (Markdown strong emphasis), which would hide a list
    /// marker such as `**(i)**` from the line rules; one "*" or "_" is a separator anyway.
    private static func removingEmphasisRuns(from bytes: [UInt8]) -> [UInt8] {
        var hasRun = false
        for index in bytes.indices.dropFirst() where bytes[index] == bytes[index - 1] && (bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "_")) {
            hasRun = true
            break
        }
        guard hasRun else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") {
                var end = position
                while end < bytes.count && bytes[end] == byte { end += 1 }
                if end - position == 1 { output.append(byte) }
                position = end
            } else {
                output.append(byte)
                position += 1
            }
        }
        return output
    }

    private static func removingByteOrderMarks(from bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            // In valid UTF-8 these three bytes can only be U+FEFF.
            if position + 2 < bytes.count && bytes[position] == 0xEF && bytes[position + 1] == 0xBB && bytes[position + 2] == 0xBF {
                position += 3
            } else {
                output.append(bytes[position])
                position += 1
            }
        }
        return output
    }
}
