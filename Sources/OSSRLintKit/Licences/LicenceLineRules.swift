/// The per-line rules of licence normalisation, on byte ranges of a lower-cased text: trimming,
/// dropping Markdown and list markup at the start of a line, and recognising copyright lines.
/// Each mirrors one regular expression of `Scripts/generate-licence-index.py`, named below.
enum LicenceLineRules {
    /// `line` without white space at either end.
    static func trimmed(_ line: Range<Int>, in text: LicenceTextBuffer) -> Range<Int> {
        let start = text.skipSpaces(from: line.lowerBound, to: line.upperBound)
        var end = line.upperBound
        while end > start {
            let byte = text[end - 1]
            let isSpace = byte < 0x80 ? LicenceTextBuffer.isASCIISpace(byte) : LicenceTextBuffer.isSpace(text.scalar(before: end))
            guard isSpace else { break }
            end -= 1
            while byte >= 0x80 && text[end] & 0xC0 == 0x80 { end -= 1 }
        }
        return start..<end
    }

    /// `line` without any leading run of heading marks (`#` to `######` and a space), quote
    /// marks and bullets (`LINE_MARKUP`).
    static func removingMarkup(from line: Range<Int>, in text: LicenceTextBuffer) -> Range<Int> {
        var position = line.lowerBound
        let end = line.upperBound
        while position < end {
            let byte = text[position]
            if byte == UInt8(ascii: "#") {
                var after = position
                while after < end && text[after] == UInt8(ascii: "#") { after += 1 }
                guard after - position <= 6, after < end, text.isSpace(at: after) else { break }
                position = text.skipSpaces(from: after, to: end)
            } else if byte == UInt8(ascii: ">") {
                position = text.skipSpaces(from: position + 1, to: end)
            } else if isBullet(at: position, in: text) {
                let after = position + text.scalar(at: position).length
                guard after < end, text.isSpace(at: after) else { break }
                position = text.skipSpaces(from: after, to: end)
            } else {
                break
            }
        }
        return position..<end
    }

    private static func isBullet(at position: Int, in text: LicenceTextBuffer) -> Bool {
        switch text[position] {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"): return true
        case 0..<0x80: return false
        default:
            let scalar = text.scalar(at: position).scalar
            return scalar == "•" || scalar == "·"
        }
    }

    /// `line` without one list number such as `1.`, `(2)`, `a)`, `(iv)` or `iii.` followed by
    /// white space (`LIST_NUMBER`).
    static func removingListNumber(from line: Range<Int>, in text: LicenceTextBuffer) -> Range<Int> {
        for alternative in 0..<4 {
            if let end = listNumberEnd(line, alternative: alternative, in: text), end < line.upperBound, text.isSpace(at: end) {
                return text.skipSpaces(from: end, to: line.upperBound)..<line.upperBound
            }
        }
        return line
    }

    /// Where alternative `alternative` of `LIST_NUMBER` ends at the start of `line`, or nil.
    /// Every pattern is ASCII, so a byte that is not cannot match.
    private static func listNumberEnd(_ line: Range<Int>, alternative: Int, in text: LicenceTextBuffer) -> Int? {
        let start = line.lowerBound
        let end = line.upperBound
        func isDigit(_ p: Int) -> Bool { text[p] >= UInt8(ascii: "0") && text[p] <= UInt8(ascii: "9") }
        func isLower(_ p: Int) -> Bool { text[p] >= UInt8(ascii: "a") && text[p] <= UInt8(ascii: "z") }
        func isCloser(_ p: Int) -> Bool { text[p] == UInt8(ascii: ".") || text[p] == UInt8(ascii: ")") }
        let opened = start < end && text[start] == UInt8(ascii: "(") ? start + 1 : start
        switch alternative {
        case 0:
            // \(?[0-9]{1,2}[.)]
            var p = opened
            while p < end && p - opened < 2 && isDigit(p) { p += 1 }
            guard p > opened, p < end, isCloser(p) else { return nil }
            return p + 1
        case 1:
            // \(?[a-z][.)]
            guard opened + 1 < end, isLower(opened), isCloser(opened + 1) else { return nil }
            return opened + 2
        case 2:
            // \([a-z0-9]{1,4}\)
            guard opened > start else { return nil }
            var p = opened
            while p < end && p - opened < 4 && (isLower(p) || isDigit(p)) { p += 1 }
            guard p > opened, p < end, text[p] == UInt8(ascii: ")") else { return nil }
            return p + 1
        default:
            // [ivx]{1,4}[.)]
            var p = start
            while p < end && p - start < 4 && (text[p] == UInt8(ascii: "i") || text[p] == UInt8(ascii: "v") || text[p] == UInt8(ascii: "x")) { p += 1 }
            guard p > start, p < end, isCloser(p) else { return nil }
            return p + 1
        }
    }

    private static let copyright = Array("copyright".utf8)
    private static let copyrightSign = Array("(c)".utf8)

    /// Whether `line` is a copyright notice (`COPYRIGHT_LINE`): "copyright" followed by a year,
    /// "(c)", "©" or a bracket; "(c)" followed by a year or bracket; or a line starting "©".
    static func isCopyrightLine(_ line: Range<Int>, in text: LicenceTextBuffer) -> Bool {
        let start = line.lowerBound
        let end = line.upperBound
        if text.hasPrefix(copyright, at: start, end: end) {
            let p = text.skipSpaces(from: start + copyright.count, to: end)
            guard p < end else { return false }
            if text.hasPrefix(copyrightSign, at: p, end: end) { return true }
            let next = text.scalar(at: p).scalar
            return next == "©" || isBracketOrDigit(next)
        }
        if text.hasPrefix(copyrightSign, at: start, end: end) {
            let p = text.skipSpaces(from: start + copyrightSign.count, to: end)
            guard p < end else { return false }
            return isBracketOrDigit(text.scalar(at: p).scalar)
        }
        return start < end && text.scalar(at: start).scalar == "©"
    }

    /// Whether `scalar` is "[", "<", "{" or a decimal digit of any script (as Python's `\d`).
    private static func isBracketOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "[" || scalar == "<" || scalar == "{" || scalar.properties.numericType == .decimal
    }
}
