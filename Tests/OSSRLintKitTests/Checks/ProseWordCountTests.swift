import Foundation
@testable import OSSRLintKit
import Testing

/// A README's prose is counted on the bytes of its ASCII lines and as Characters elsewhere;
/// the count is what counting every line as Characters gives (the oracle below is that count,
/// as it was written before the byte path), on generated texts mixing markup, fences, URLs,
/// tabs, CR LF, other newlines and non-ASCII letters.
@Suite struct ProseWordCountTests {
    private static func oracle(_ text: String) -> Int {
        var count = 0
        var inFence = false
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence || trimmed.hasPrefix("#") || trimmed.hasPrefix("[![") || trimmed.hasPrefix("![") || trimmed.hasPrefix("<") || trimmed.hasPrefix("..")
                || trimmed.allSatisfy({ "=-*_ ".contains($0) }) { continue }
            count += trimmed.split { $0.isWhitespace }.filter { word in word.contains { $0.isLetter } && !word.contains("://") }.count
        }
        return count
    }

    @Test func theByteCountIsTheCharacterCount() {
        let pieces = ["word", "Two", "x1", "42", "—", "é", "naïve", "🙂", "https://example.org", "a://b", ":/", "#", "##", "```", "```py", "~~~", "[![b](u)]", "![i](u)",
                      "<p>", "..", ".. note::", "===", "- item", "*", "_", " ", "  ", "\t", "\u{00A0}", "\u{2003}", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}",
                      "\u{85}", "\u{2028}", "\u{2029}", "e\u{301}", "\n\u{301}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined(separator: Bool.random(using: &generator) ? " " : "")
            #expect(DocumentationCheck.proseWordCount(text) == Self.oracle(text), "\(text.debugDescription)")
        }
        let readme = "# Title\n\nSome prose here, with a [link](https://x.org).\n\n```\ncode words\n```\nMore\tprose\r\nand — more.\n"
        // Some, prose, here, with, a (the link holds a URL); More, prose; and, more (a dash is no word).
        #expect(DocumentationCheck.proseWordCount(readme) == 9)
        #expect(Self.oracle(readme) == 9)
    }
}
