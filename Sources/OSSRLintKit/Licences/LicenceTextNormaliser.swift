/// Turns licence-like text into the word sequence the licence index compares.
///
/// The steps follow the SPDX matching guidelines: line endings and a byte order mark are
/// ignored, Markdown links keep their text, heading marks, quote marks, bullets and list
/// numbering at the start of a line are dropped, copyright lines and the leading title are
/// removed, case is folded, punctuation, quotes and dashes separate words, and British spellings
/// of "licence" become the American ones. Hard wrapping disappears because words, not lines, are
/// compared. The rules mirror `Scripts/generate-licence-index.py` exactly; change both together.
enum LicenceTextNormaliser {
    /// Returns the normalised words of `text`, in order.
    static func words(of text: String) -> [String] {
        var result: [String] = []
        result.reserveCapacity(text.utf8.count / 5)
        var inTitle = true
        // One pass over the UTF-8: a scalar never takes fewer bytes than one.
        var scalars = [Unicode.Scalar](unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
            count = 0
            for scalar in text.unicodeScalars {
                buffer[count] = scalar
                count += 1
            }
        }
        if containsLinkSyntax(scalars) {
            scalars = removingMarkdownLinks(from: scalars)
        }
        // Work on Unicode scalars, never Characters: grapheme breaking would dominate the cost.
        var line: [Unicode.Scalar] = []
        line.reserveCapacity(200)
        var lineWords: [String] = []
        var position = 0
        while position <= scalars.count {
            var end = position
            line.removeAll(keepingCapacity: true)
            while end < scalars.count {
                let scalar = scalars[end]
                if scalar == "\n" || scalar == "\r" { break }
                if scalar != "\u{FEFF}" { appendLowercased(scalar, to: &line) }
                end += 1
            }
            if end < scalars.count && scalars[end] == "\r" && end + 1 < scalars.count && scalars[end + 1] == "\n" {
                end += 1
            }
            position = end + 1
            trimWhitespace(&line)
            removeLineMarkup(&line)
            // A copyright line is dropped unless it is long: hard wrapping may have joined it
            // with licence words, which matter more than the few extra words of the notice.
            if isCopyrightLine(line) || line.starts(with: allRightsReserved) {
                lineWords.removeAll(keepingCapacity: true)
                tokens(of: line, into: &lineWords)
                if lineWords.count <= 12 { continue }
            }
            removeListNumber(&line)
            lineWords.removeAll(keepingCapacity: true)
            tokens(of: line, into: &lineWords)
            if lineWords.isEmpty {
                continue
            }
            if inTitle {
                if lineWords.count <= 12 && lineWords.contains(where: { titleWords.contains($0) }) {
                    continue
                }
                inTitle = false
            }
            result.append(contentsOf: lineWords)
        }
        return result
    }

    private static let copyright = Array("copyright".unicodeScalars)
    private static let copyrightSign = Array("(c)".unicodeScalars)
    private static let allRightsReserved = Array("all rights reserved".unicodeScalars)

    private static func appendLowercased(_ scalar: Unicode.Scalar, to line: inout [Unicode.Scalar]) {
        if scalar.isASCII {
            let value = scalar.value
            line.append(value >= 65 && value <= 90 ? Unicode.Scalar(UInt8(value + 32)) : scalar)
        } else if scalar.properties.changesWhenLowercased {
            line.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
            line.append(scalar)
        }
    }

    private static let titleWords: Set<String> = ["license", "licenses", "version", "attribution", "unlicense", "agreement"]

    private static let equivalentWords: [String: String] = [
        "licence": "license", "licences": "licenses", "licenced": "licensed",
        "licencing": "licensing", "licencee": "licensee", "licencor": "licensor",
        "&": "and",
    ]

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 48 && v <= 57) || (v >= 97 && v <= 122) || (v >= 65 && v <= 90)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return value == 32 || (value >= 9 && value <= 13) || (value >= 28 && value <= 31)
        }
        return scalar.properties.isWhitespace
    }

    private static func trimWhitespace(_ line: inout [Unicode.Scalar]) {
        var start = 0
        var end = line.count
        while start < end && isSpace(line[start]) { start += 1 }
        while end > start && isSpace(line[end - 1]) { end -= 1 }
        if start > 0 || end < line.count {
            line = Array(line[start..<end])
        }
    }

    /// Drops any run of heading marks (`#` to `######` and a space), quote marks and bullets.
    private static func removeLineMarkup(_ line: inout [Unicode.Scalar]) {
        var position = 0
        while position < line.count {
            let scalar = line[position]
            if scalar == "#" {
                var hashes = 0
                while position + hashes < line.count && line[position + hashes] == "#" { hashes += 1 }
                let after = position + hashes
                guard hashes <= 6, after < line.count, isSpace(line[after]) else { break }
                position = skipSpaces(line, from: after)
            } else if scalar == ">" {
                position = skipSpaces(line, from: position + 1)
            } else if scalar == "-" || scalar == "*" || scalar == "+" || scalar == "•" || scalar == "·" {
                let after = position + 1
                guard after < line.count, isSpace(line[after]) else { break }
                position = skipSpaces(line, from: after)
            } else {
                break
            }
        }
        if position > 0 {
            line.removeFirst(position)
        }
    }

    private static func skipSpaces(_ line: [Unicode.Scalar], from start: Int) -> Int {
        var position = start
        while position < line.count && isSpace(line[position]) { position += 1 }
        return position
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
    private static func isASCIILower(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 97 && scalar.value <= 122 }

    /// Drops one list number such as `1.`, `(2)`, `a)`, `(iv)` or `iii.` followed by a space.
    private static func removeListNumber(_ line: inout [Unicode.Scalar]) {
        for alternative in 0..<4 {
            if let end = listNumberEnd(line, alternative: alternative), end < line.count, isSpace(line[end]) {
                line.removeFirst(skipSpaces(line, from: end))
                return
            }
        }
    }

    /// Where list-number pattern `alternative` ends at the start of `line`, or nil.
    private static func listNumberEnd(_ line: [Unicode.Scalar], alternative: Int) -> Int? {
        switch alternative {
        case 0:
            var p = 0
            if p < line.count && line[p] == "(" { p += 1 }
            var digits = 0
            while p < line.count && digits < 2 && isASCIIDigit(line[p]) { p += 1; digits += 1 }
            guard digits > 0, p < line.count, line[p] == "." || line[p] == ")" else { return nil }
            return p + 1
        case 1:
            var p = 0
            if p < line.count && line[p] == "(" { p += 1 }
            guard p + 1 < line.count, isASCIILower(line[p]), line[p + 1] == "." || line[p + 1] == ")" else { return nil }
            return p + 2
        case 2:
            guard line.first == "(" else { return nil }
            var p = 1
            while p < line.count && p <= 4 && (isASCIILower(line[p]) || isASCIIDigit(line[p])) { p += 1 }
            guard p > 1, p < line.count, line[p] == ")" else { return nil }
            return p + 1
        default:
            var p = 0
            while p < line.count && p < 4 && (line[p] == "i" || line[p] == "v" || line[p] == "x") { p += 1 }
            guard p > 0, p < line.count, line[p] == "." || line[p] == ")" else { return nil }
            return p + 1
        }
    }

    private static func isCopyrightLine(_ line: [Unicode.Scalar]) -> Bool {
        if line.starts(with: copyright) {
            let p = skipSpaces(line, from: copyright.count)
            guard p < line.count else { return false }
            if line[p...].starts(with: copyrightSign) { return true }
            let next = line[p]
            return next == "©" || next == "[" || next == "<" || next == "{" || next.properties.numericType == .decimal
        }
        if line.starts(with: copyrightSign) {
            let p = skipSpaces(line, from: 3)
            guard p < line.count else { return false }
            let next = line[p]
            return next == "[" || next == "<" || next == "{" || next.properties.numericType == .decimal
        }
        return line.first == "©"
    }

    /// Splits a lower-cased line into words: letters and digits, dots kept between them,
    /// apostrophes inside a word dropped, everything else separates; inline list markers such
    /// as "(a)", "(iv)", "2)" or "b." are dropped.
    private static func tokens(of line: [Unicode.Scalar], into words: inout [String]) {
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var start = 0
        func flush(_ end: Int) {
            if !current.isEmpty {
                if !isListMarker(line, start: start, end: end) {
                    let word = String(decoding: current, as: UTF8.self)
                    // Only words starting "licenc" have a British spelling to fold.
                    if current.count >= 7 && current[0] == 108 && current[4] == 110 && current[5] == 99, let folded = equivalentWords[word] {
                        words.append(folded)
                    } else {
                        words.append(word)
                    }
                }
                current.removeAll(keepingCapacity: true)
            }
        }
        for (i, scalar) in line.enumerated() {
            if !scalar.isASCII && scalar.value >= 0x2E80 && scalar.properties.generalCategory == .otherLetter {
                // CJK text has no spaces between words; each ideograph counts as a word.
                flush(i)
                words.append(String(scalar))
            } else if isWordScalar(scalar) {
                if current.isEmpty { start = i }
                if scalar.isASCII {
                    current.append(UInt8(scalar.value))
                } else {
                    current.append(contentsOf: String(scalar).utf8)
                }
            } else if scalar == "'" || scalar == "’" || scalar == "‘",
                      !current.isEmpty, i + 1 < line.count, isWordScalar(line[i + 1]) {
                continue
            } else if scalar == ".", !current.isEmpty, i + 1 < line.count, isWordScalar(line[i + 1]) {
                current.append(46)
            } else if scalar == "&" {
                flush(i)
                words.append("and")
            } else {
                flush(i)
            }
        }
        flush(line.count)
    }

    private static func tokens(of line: [Unicode.Scalar]) -> [String] {
        var words: [String] = []
        tokens(of: line, into: &words)
        return words
    }

    private static func isMarkerWord(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        // Every marker is at most four scalars long; most words are longer.
        guard word.count <= 4, word.allSatisfy({ $0.isASCII }) else { return false }
        if word.count <= 2 && word.allSatisfy(isASCIIDigit) { return true }
        if word.count == 1, let only = word.first, isASCIILower(only) || (only.value >= 65 && only.value <= 90) { return true }
        return word.allSatisfy { $0 == "i" || $0 == "v" || $0 == "x" }
    }

    private static func isListMarker(_ line: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        guard isMarkerWord(line[start..<end]) else { return false }
        let before: Unicode.Scalar? = start > 0 ? line[start - 1] : nil
        let after: Unicode.Scalar? = end < line.count ? line[end] : nil
        if before == "(" {
            let openerAtBoundary = start - 1 == 0 || isSpace(line[start - 2])
            return openerAtBoundary && after == ")"
        }
        if let before, !isSpace(before) { return false }
        guard after == ")" || after == "." else { return false }
        return end + 1 >= line.count || isSpace(line[end + 1])
    }

    private static func containsLinkSyntax(_ scalars: [Unicode.Scalar]) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in scalars {
            if scalar == "(" && previous == "]" { return true }
            previous = scalar
        }
        return false
    }

    /// Replaces `[text](target)` with `text`, as the generator's regular expression does.
    private static func removingMarkdownLinks(from scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "[", let (textEnd, linkEnd) = linkBounds(scalars, openingAt: i) {
                output.append(contentsOf: scalars[(i + 1)..<textEnd])
                i = linkEnd + 1
            } else {
                output.append(scalars[i])
                i += 1
            }
        }
        return output
    }

    private static func linkBounds(_ scalars: [Unicode.Scalar], openingAt start: Int) -> (Int, Int)? {
        var j = start + 1
        while j < scalars.count && scalars[j] != "]" && scalars[j] != "\n" { j += 1 }
        guard j + 1 < scalars.count, scalars[j] == "]", scalars[j + 1] == "(" else { return nil }
        var k = j + 2
        while k < scalars.count && scalars[k] != ")" && scalars[k] != "\n" { k += 1 }
        guard k < scalars.count, scalars[k] == ")" else { return nil }
        return (j, k)
    }
}
