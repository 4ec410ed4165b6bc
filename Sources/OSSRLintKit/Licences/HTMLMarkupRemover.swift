/// Removes HTML markup from licence text: the tags of HTML's vocabulary become line breaks
/// (block tags) or spaces, comments and `<!DOCTYPE …>` disappear, and character references
/// (`&lt;`, `&quot;`, `&#39;`, `&#x2014;`) become their characters, so that `&lt;` is not read as
/// the words "and lt". Only known tag names count, so placeholders such as `<year>` and
/// addresses such as `<https://fsf.org/>` stay text. Mirrors `html_markup` in
/// `Scripts/generate-licence-index.py`.
///
/// The input is lower-cased UTF-8 (see `LicenceTextNormaliser.preparedBytes`).
enum HTMLMarkupRemover {
    static let blockTags: Set<String> = [
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "pre",
        "blockquote", "hr", "html", "body", "head", "title", "section", "dd", "dt", "dl", "article", "header", "footer",
    ]
    static let inlineTags: Set<String> = [
        "span", "a", "b", "i", "em", "strong", "code", "u", "font", "sup", "sub", "small", "big", "tt", "abbr", "cite", "meta",
    ]
    static let entities: [String: String] = [
        "quot": "\"", "amp": "&", "lt": "<", "gt": ">", "apos": "'", "nbsp": " ", "copy": "©", "mdash": "—", "ndash": "–",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "sect": "§", "hellip": "…",
    ]

    /// Whether the text may hold markup this remover takes out; most licence texts do not.
    static func mayHoldMarkup(_ bytes: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if previous == UInt8(ascii: "<") && (byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))) {
                return true
            }
            if previous == UInt8(ascii: "&") && (byte == UInt8(ascii: "#") || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))) {
                return true
            }
            previous = byte
        }
        return false
    }

    static func removingMarkup(from bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "<"), let (end, replacement) = tag(in: bytes, at: position) {
                output.append(contentsOf: replacement)
                position = end
            } else if byte == UInt8(ascii: "&"), let (end, replacement) = reference(in: bytes, at: position) {
                output.append(contentsOf: replacement)
                position = end
            } else {
                output.append(byte)
                position += 1
            }
        }
        return output
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The end of a tag, comment or declaration opening at `start`, and what replaces it.
    private static func tag(in bytes: [UInt8], at start: Int) -> (Int, [UInt8])? {
        var position = start + 1
        guard position < bytes.count else { return nil }
        if bytes[position] == UInt8(ascii: "!") {
            // A comment or a declaration: up to its ">" (a comment's "-->").
            let isComment = position + 2 < bytes.count && bytes[position + 1] == UInt8(ascii: "-") && bytes[position + 2] == UInt8(ascii: "-")
            var end = position + 1
            while end < bytes.count {
                if bytes[end] == UInt8(ascii: ">") && (!isComment || (end >= 2 && bytes[end - 1] == UInt8(ascii: "-") && bytes[end - 2] == UInt8(ascii: "-"))) {
                    return (end + 1, [UInt8(ascii: " ")])
                }
                end += 1
            }
            return nil
        }
        if bytes[position] == UInt8(ascii: "/") { position += 1 }
        let nameStart = position
        while position < bytes.count && (isLetter(bytes[position]) || (position > nameStart && isDigit(bytes[position]))) { position += 1 }
        guard position > nameStart, position < bytes.count else { return nil }
        let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
        let isBlock = blockTags.contains(name)
        guard isBlock || inlineTags.contains(name) else { return nil }
        let next = bytes[position]
        guard next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || next == UInt8(ascii: "/") || next == UInt8(ascii: "\n") else { return nil }
        var end = position
        while end < bytes.count && end - start < 1000 && bytes[end] != UInt8(ascii: ">") && bytes[end] != UInt8(ascii: "<") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ">") else { return nil }
        return (end + 1, [isBlock ? UInt8(ascii: "\n") : UInt8(ascii: " ")])
    }

    /// The end of a character reference opening at `start`, and its character's UTF-8.
    private static func reference(in bytes: [UInt8], at start: Int) -> (Int, [UInt8])? {
        var end = start + 1
        while end < bytes.count && end - start <= 10 && bytes[end] != UInt8(ascii: ";") {
            let byte = bytes[end]
            guard isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "#") else { return nil }
            end += 1
        }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > start + 1 else { return nil }
        let body = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            // Lower-case as the rest of the text is.
            let text = String(Character(scalar)).lowercased()
            return (end + 1, Array((scalar == "\u{A0}" ? " " : text).utf8))
        }
        guard let text = entities[body] else { return nil }
        return (end + 1, Array(text.utf8))
    }
}
