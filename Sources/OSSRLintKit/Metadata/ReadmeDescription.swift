import Foundation

/// The first paragraph of prose in a README (Markdown or reStructuredText), as plain text: what
/// ``CodeMetaDraft`` offers as the description when packaging metadata has none.
///
/// Skipped: headings (`#`, and a title line over `===`/`---` adornment, with or without an
/// overline), fenced code, HTML and HTML comments, reStructuredText explicit markup (`..`
/// directives, substitution definitions and comments such as `.. SPDX-License-Identifier:` with
/// their indented bodies), Markdown reference comments (`[//]: #`), block quotes, lists, tables
/// and any line that is only badges. Inside the paragraph, badges (Markdown images, linked
/// images, `|name|` substitutions) are removed and markup is reduced to its text: links to
/// their label, ``literal``/`code`/emphasis to their words, `name_` references to the name.
enum ReadmeDescription {
    static func firstParagraph(_ readme: String) -> String? {
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\r", with: "")) }
        let raw = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var paragraph: [String] = []
        var fence: String?
        var inComment = false
        var inExplicitMarkup = false
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            if let open = fence {
                if line.hasPrefix(open) { fence = nil }
                continue
            }
            if inComment {
                if line.contains("-->") { inComment = false }
                continue
            }
            if inExplicitMarkup {
                // An explicit markup block continues over indented lines and the blank lines
                // between them.
                let indented = raw[index].first.map { $0 == " " || $0 == "\t" } ?? false
                if indented || line.isEmpty { continue }
                inExplicitMarkup = false
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                if !paragraph.isEmpty { break }
                fence = String(line.prefix(3))
                continue
            }
            if line.hasPrefix("<!--") {
                if !paragraph.isEmpty { break }
                inComment = !line.contains("-->")
                continue
            }
            if line == ".." || line.hasPrefix(".. ") {
                if !paragraph.isEmpty { break }
                inExplicitMarkup = true
                continue
            }
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            let isHeading = line.hasPrefix("#") || isAdornment(line) || (!line.isEmpty && isAdornment(next))
            let isOther = line.hasPrefix("<") || line.hasPrefix(">") || line.hasPrefix("[//]:") || line.hasPrefix("- ") || line.hasPrefix("* ")
                || line.hasPrefix("+ ") || line.hasPrefix("+-") || (line.hasPrefix("|") && line.hasSuffix("|") && line.contains(" | "))
                || line.contains("SPDX-License-Identifier") || line.contains("SPDX-FileCopyrightText")
            // A reStructuredText line block ("| text", or "|" alone for an empty line) is prose.
            let prose = line == "|" ? "" : line.hasPrefix("| ") && !line.hasSuffix(" |") ? String(line.dropFirst(2)) : line
            let text = isHeading || isOther ? "" : plainText(prose)
            if text.isEmpty {
                if !paragraph.isEmpty, line.isEmpty || isHeading || isOther { break }
                continue
            }
            paragraph.append(text)
        }
        let text = paragraph.joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// A line of one punctuation character repeated: a reStructuredText section adornment, a
    /// Markdown setext underline or a thematic break.
    static func isAdornment(_ line: String) -> Bool {
        guard line.count >= 3, let first = line.first, "=-~^\"'`#*+:._<>".contains(first) else { return false }
        return line.allSatisfy { $0 == first }
    }

    /// `line` without badges and markup, whitespace collapsed.
    static func plainText(_ line: String) -> String {
        var text = line
        let rules: [(String, String)] = [
            (#"\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)"#, ""),            // [![alt](image)](link)
            (#"\[!\[[^\]]*\]\[[^\]]*\]\]\[[^\]]*\]"#, ""),          // [![alt][image]][link]
            (#"!\[[^\]]*\]\([^)]*\)"#, ""),                         // ![alt](image)
            (#"!\[[^\]]*\]\[[^\]]*\]"#, ""),                        // ![alt][image]
            (#"\|[^|\s][^|]*\|_{0,2}"#, ""),                         // |substitution| and |link|_
            (#"`([^`<]+?)\s*<[^>]+>`_{1,2}"#, "$1"),                // `label <url>`_
            (#"\[([^\]]+)\]\([^)]*\)"#, "$1"),                      // [label](url)
            (#"``([^`]+)``"#, "$1"),                                 // ``literal``
            (#"`([^`]+)`"#, "$1"),                                   // `code`
            (#"\*\*([^*]+)\*\*"#, "$1"),                             // **strong**
            (#"(^|\s)[*_]([^*_\s][^*_]*?)[*_](?=[\s.,;:!?)]|$)"#, "$1$2"), // *emphasis*
            (#"(^|\s)([^\s_`|][^\s`|]*?[^\s_`|])__?(?=[\s.,;:!?)]|$)"#, "$1$2"),  // name_ and name__ references
        ]
        for (pattern, template) in rules {
            guard let expression = try? NSRegularExpression(pattern: pattern) else { continue }
            text = expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
