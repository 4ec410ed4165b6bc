/// The per-line rules of licence normalisation, on byte ranges of a lower-cased text: trimming,
/// dropping Markdown and list markup at the start of a line.
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
            // \(([0-9]{1,3}|[ivxl]{1,4}|[a-z])\): a number, a roman numeral or one letter, not a
            // word such as "(OSL)" that wrapping happened to put at a line start.
            guard opened > start, opened < end else { return nil }
            func isRoman(_ p: Int) -> Bool { text[p] == UInt8(ascii: "i") || text[p] == UInt8(ascii: "v") || text[p] == UInt8(ascii: "x") || text[p] == UInt8(ascii: "l") }
            var p = opened
            if isDigit(p) {
                while p < end && p - opened < 3 && isDigit(p) { p += 1 }
            } else {
                while p < end && p - opened < 4 && isRoman(p) { p += 1 }
                if !(p > opened && p < end && text[p] == UInt8(ascii: ")")) {
                    p = isLower(opened) ? opened + 1 : opened
                }
            }
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
}
