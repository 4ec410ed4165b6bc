import Foundation

/// Ways a real licence file differs from its reference text without changing the licence.
enum LicenceTextMutations {
    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// Joins each paragraph's lines and wraps them again at `width` columns.
    static func rewrapped(_ text: String, width: Int) -> String {
        paragraphs(text).map { paragraph in
            let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" })
            var lines: [String] = []
            var line = ""
            for word in words {
                if !line.isEmpty && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            if !line.isEmpty { lines.append(line) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// Turns the title into a Markdown heading, numbered and lettered items into list items,
    /// and emphasises the first word of every other paragraph.
    static func markdown(_ text: String) -> String {
        paragraphs(text).enumerated().map { offset, paragraph in
            var lines = paragraph.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            if offset == 0 {
                lines[0] = "# " + lines[0]
                return lines.joined(separator: "\n")
            }
            if let first = lines.first, let marker = first.split(separator: " ").first,
               marker.count <= 3, marker.last == "." || marker.last == ")", marker.dropLast().allSatisfy({ $0.isNumber || $0.isLetter }) {
                lines[0] = "- " + first
                return lines.joined(separator: "\n")
            }
            if offset % 2 == 0, let first = lines.first, !first.hasPrefix("("), let space = first.firstIndex(of: " ") {
                lines[0] = "**" + first[..<space] + "**" + first[space...]
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    static func windowsLineEndingsWithBOM(_ text: String) -> String {
        "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
    }

    static func otherCopyrightHolder(_ text: String) -> String {
        text.replacingOccurrences(of: "2021", with: "1999-2024").replacingOccurrences(of: "Ada Example", with: "The Widget Authors and Contributors")
    }

    /// Drops the first paragraph when it is a short title naming a licence.
    static func withoutTitle(_ text: String) -> String {
        var parts = paragraphs(text)
        if let first = parts.first, first.split(whereSeparator: { $0.isWhitespace }).count <= 12,
           first.lowercased().contains("licen") || first.lowercased().contains("version") || first.lowercased().contains("attribution") {
            parts.removeFirst()
        }
        return parts.joined(separator: "\n\n")
    }

    /// Cuts the text after "END OF TERMS AND CONDITIONS", dropping the how-to-apply appendix.
    static func withoutAppendix(_ text: String) -> String {
        guard let range = text.range(of: "END OF TERMS AND CONDITIONS") else { return text }
        return String(text[..<range.upperBound])
    }
}
