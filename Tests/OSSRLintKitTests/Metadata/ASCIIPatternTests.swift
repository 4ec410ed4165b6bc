import Foundation
@testable import OSSRLintKit
import Testing

/// `ASCIIPattern` answers as ICU does, and leaves to ICU what it cannot answer for.
@Suite struct ASCIIPatternTests {
    /// The disagreements of the byte search with ICU over `texts`.
    private static func disagreements(_ source: String, _ texts: [String]) throws -> [String] {
        let pattern = try #require(ASCIIPattern(source), "'\(source)' should be searched over bytes")
        let icu = try CompiledPattern(source)
        return texts.compactMap { text in
            guard let answer = pattern.matches(text) else { return nil }
            return answer == icu.matches(text) ? nil : "'\(source)' on \(text.debugDescription): bytes say \(answer)"
        }
    }

    /// Each text, with one character dropped, doubled or replaced, and with text around it.
    private static func variants(of texts: [String], alphabet: [Character]) -> [String] {
        var all = Set(texts)
        for text in texts {
            let characters = Array(text)
            for index in characters.indices {
                var dropped = characters
                dropped.remove(at: index)
                all.insert(String(dropped))
                var doubled = characters
                doubled.insert(characters[index], at: index)
                all.insert(String(doubled))
                for replacement in alphabet {
                    var changed = characters
                    changed[index] = replacement
                    all.insert(String(changed))
                }
            }
            for around in ["x", " ", "é", "\n", "\r\n", "\u{2028}", "٣"] {
                all.insert(around + text)
                all.insert(text + around)
            }
        }
        return all.sorted()
    }

    @Test func theSchemasASCIIPatternsAnswerAsICUDoes() throws {
        let examples = [
            "https://orcid.org/0000-0002-1825-0097", "https://orcid.org/0000-0002-1694-233X", "2023-05-23", "1999-12-31", "2020-02-30",
            "en", "deu", "PMC1234567", "swh:1:rev:309cf2674ee7a0749978cf8265ab91a60aea0f7d", "1.2.0",
        ]
        let alphabet: [Character] = ["0", "1", "3", "9", "X", "x", "-", ":", ".", "/", "a", "z", "P", " ", "é", "٣", "\n"]
        let texts = Self.variants(of: examples, alphabet: alphabet) + ["", "\n"]
        let schema = try JSONScanner.parse(Array(CFFSchemaData.json.utf8)).value
        var sources: [String] = []
        func collect(_ value: PositionedValue) {
            if let source = value["pattern"]?.string { sources.append(source) }
            for member in value.members { collect(member.value) }
            for element in value.elements ?? [] { collect(element) }
        }
        collect(schema)
        let searched = sources.filter { ASCIIPattern($0) != nil }
        #expect(searched.count >= 5, "\(searched)")
        for source in searched {
            #expect(try Self.disagreements(source, texts) == [])
        }
    }

    /// Every text of up to four characters over a small alphabet, against patterns that use
    /// each construct the byte search takes.
    @Test(arguments: ["ab|b", "^(ab|a)c$", "x{2,3}y", "[a-c]+y?", "(a|)b", "^a*$", "a{2,}", "(b|ab)?c", "^[ab]{0,2}c", "-\\.\\-"])
    func shortTextsAreAnsweredAsICUAnswers(source: String) throws {
        let alphabet = ["a", "b", "c", "x", "y", "-", ".", "\n"]
        var texts = [""]
        var previous = [""]
        for _ in 1...4 {
            previous = previous.flatMap { prefix in alphabet.map { prefix + $0 } }
            texts += previous
        }
        #expect(try Self.disagreements(source, texts) == [])
    }

    /// `\d`, `\s`, `\S` and `.` are byte sets read off ICU; every ASCII character, alone and
    /// between others, must get ICU's answer, and a text with any other character goes to ICU.
    @Test(arguments: ["^\\d$", "^\\s$", "^\\S$", "^[\\S]$", "^.$", "^[\\dxX]$", "a.c", "^\\d{2}-[\\S]+$", "^10\\.\\d{4,9}(\\.\\d+)?/[A-Za-z0-9:/_;\\-\\.\\(\\)\\[\\]\\\\]+$"])
    func unicodeClassesAnswerAsICUOverASCII(source: String) throws {
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        let texts = ascii + ascii.map { "a\($0)c" } + ascii.map { "12-\($0)" } + ["10.1234/abc", "10.12345.6/a(b)[c]\\d", "10.123/x"]
        #expect(try Self.disagreements(source, texts) == [])
        let pattern = try #require(ASCIIPattern(source))
        for text in ["٣", "a٣c", "12-é", "10.1234/é", "\u{2028}"] {
            #expect(pattern.matches(text) == nil, "\(text.debugDescription) has a character that is not ASCII")
        }
    }

    @Test(arguments: ["[^a]", "a*?", "a++", "(a)+", "(?:a)", "^a|b", "a|b$", "é", "[a-]", "[ab ]", "a{,2}", "\\bword"])
    func whatOnlyICUReadsIsLeftToIt(source: String) {
        #expect(ASCIIPattern(source) == nil)
    }

    @Test func textsEndingInALineBreakGoToICUWhenThePatternEndsWithDollar() throws {
        let pattern = try #require(ASCIIPattern("^a$"))
        #expect(pattern.matches("a\n") == nil)
        #expect(pattern.matches("a") == true)
        #expect(ASCIIPattern("a")?.matches("a\n") == true)
    }
}
