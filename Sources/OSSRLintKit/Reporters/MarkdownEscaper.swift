/// Makes untrusted text (paths, tag names, messages quoting them) safe to put into GitHub-
/// flavoured Markdown: it shows as the same text and cannot start a table cell, emphasis,
/// a link or raw HTML.
///
/// Control and text-reordering characters, line breaks included, first become visible escapes
/// such as `\u{A}`, so no text can end a paragraph or a table row. The escaped text is meant to
/// follow some fixed text on its line (a list marker and a word, a table pipe), never to start a
/// line, because block syntax such as `# ` or `1. ` is only recognised there.
enum MarkdownEscaper {
    /// Backslash-escapes the ASCII punctuation that has inline meaning in GFM. `|` is escaped
    /// too, which GFM requires inside a table cell and which is harmless elsewhere.
    ///
    /// Scalar by scalar, not Character by Character: GFM reads code points, and a `|` followed
    /// by a combining mark is one Character that is not `|`, yet still splits a table row.
    static func text(_ raw: String) -> String {
        var result = ""
        result.reserveCapacity(raw.utf8.count + 8)
        for scalar in VisibleEscape.forDisplay(raw).unicodeScalars {
            if specials.contains(scalar) { result.unicodeScalars.append("\\") }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// A code span showing `raw` literally: the fence is one backtick longer than the longest
    /// run of backticks inside, with a space of padding when the content touches a backtick.
    /// In a table cell, where GFM splits cells at `|` before it reads spans, text holding a `|`
    /// is given as escaped text instead (a backslash before a pipe cannot be kept in a span there).
    static func codeSpan(_ raw: String, inTable: Bool) -> String {
        let content = VisibleEscape.forDisplay(raw)
        // Scalars again, as in `text`: a backtick or pipe carrying a combining mark still counts.
        let scalars = content.unicodeScalars
        if content.isEmpty || (inTable && scalars.contains("|")) { return text(raw) }
        var longestRun = 0, run = 0
        for scalar in scalars {
            run = scalar == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        // A span that starts and ends with a space loses one of each, so content made of
        // spaces, or touching a backtick, gets one extra space each side.
        let pad = scalars.first == "`" || scalars.last == "`"
            || (scalars.first == " " && scalars.last == " " && !scalars.allSatisfy { $0 == " " })
        let padding = pad ? " " : ""
        return fence + padding + content + padding + fence
    }

    /// A link to `url` when it is a plain http(s) address that an autolink can carry as it is,
    /// otherwise the address as escaped text.
    static func link(_ url: String) -> String {
        let isPlainWebAddress = (url.hasPrefix("https://") || url.hasPrefix("http://"))
            && url.unicodeScalars.allSatisfy { scalar in
                scalar.value > 0x20 && scalar != "<" && scalar != ">" && !VisibleEscape.isUnsafeForDisplay(scalar)
            }
        return isPlainWebAddress ? "<\(url)>" : text(url)
    }

    private static let specials: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "#", "!",
    ]
}
