import Foundation
@testable import OSSRLintKit
import Testing

@Suite struct RegexLiteralTests {
    @Test(arguments: [
        ("-----BEGIN ([A-Z]+ )?PRIVATE KEY( BLOCK)?-----", "-----BEGIN "),
        ("PRIVATE KEY-----", "PRIVATE KEY-----"),
        ("abcd?", "abc"),
        ("abcd*e", "abc"),
        ("abcd+", "abc"),
        ("abcd{2}", "abc"),
        ("version\\s*=", "version"),
        ("name.*x", "name"),
    ])
    func theLeadingRunBeforeAnyMetacharacterIsRequired(pattern: String, literal: String) {
        #expect(RegexLiteral.leadingAlternatives(of: pattern, ignoringCase: false) == [Array(literal.utf8)])
    }

    @Test(arguments: [
        "^install",          // an anchor first
        "(?i)key",           // flags first
        "ab",                // too short to be worth a search
        "abc?",              // two bytes are left
        "[A-Z]+ KEY",        // a set first
        "\\QKEY\\E",         // an escape first
        "clé privée",        // non-ASCII ends the run at 'cl'
        "#comment",          // a comment under the x flag
    ])
    func patternsWithoutASafeLeadingRunHaveNone(pattern: String) {
        #expect(RegexLiteral.leadingAlternatives(of: pattern, ignoringCase: false) == nil)
    }

    @Test func caseBlindLiteralsAreLowerCasedAndRuleOutOnlyASCIITexts() throws {
        #expect(RegexLiteral.leadingAlternatives(of: "KEY-----", ignoringCase: true) == [Array("key-----".utf8)])
        // ICU folds the Kelvin sign (U+212A) to 'k': "KEY" matches "\u{212A}EY" case-blind,
        // though the text lacks "key" in any ASCII case.
        let expression = try NSRegularExpression(pattern: "KEY", options: [.caseInsensitive])
        let kelvin = "\u{212A}EY"
        #expect(expression.firstMatch(in: kelvin, range: NSRange(kelvin.startIndex..., in: kelvin)) != nil)
        let pattern = try CompiledPattern(option: "KEY", ignoreCase: true)
        #expect(pattern.search(in: kelvin) == .match(line: 1, column: 1, text: kelvin))
        #expect(pattern.search(in: "a\nthe Key") == .match(line: 2, column: 5, text: "Key"))
        #expect(pattern.search(in: "a\nthe ke y") == .noMatch)
        // A literal without letters rules out any text.
        #expect(!RegexLiteral.hasLetters([Array("10.".utf8)]))
        #expect(RegexLiteral.hasLetters([Array("10.".utf8), Array("swh:1:".utf8)]))
    }

    /// Whenever a text lacks the literal, ICU finds no match either: over every pattern above
    /// and texts built from pieces of them.
    @Test func aTextWithoutTheLiteralNeverMatches() throws {
        let patterns = ["-----BEGIN ([A-Z]+ )?PRIVATE KEY( BLOCK)?-----", "abcd?", "abcd*e", "version\\s*=", "name.*x", "PRIVATE KEY-----"]
        let pieces = ["-----BEGIN ", "-----BEGIN", "RSA ", "PRIVATE KEY", "-----", " BLOCK", "abc", "ab", "d", "e", "version", "versio", " = ", "=", "name", "x", "\n", "é"]
        var generator = SystemRandomNumberGenerator()
        for pattern in patterns {
            let literal = try #require(RegexLiteral.leadingAlternatives(of: pattern, ignoringCase: false)?.first)
            let expression = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            for _ in 0..<400 {
                let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
                let hasLiteral = text.utf8.count >= literal.count && Array(text.utf8).windows(literal.count).contains { Array($0) == literal }
                let matches = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                if matches { #expect(hasLiteral, "/\(pattern)/ matches '\(text)', which lacks the literal") }
            }
        }
    }

    @Test(arguments: [
        ("(10\\.[0-9]{4,9}/[A-Za-z0-9]|swh:1:[a-z]{3}:[0-9a-f]{40})", ["10.", "swh:1:"]),
        ("key|secret", ["key", "secret"]),
        ("(token|secret)", ["token", "secret"]),
        ("abc\\|def", ["abc|def"]),                  // an escaped bar is a literal bar
        ("zenodo\\.org/record", ["zenodo.org/record"]),
        ("-----BEGIN ([A-Z]+ )?KEY", ["-----BEGIN "]),
    ])
    func everyAlternativesLeadingRunIsOneWayAMatchStarts(pattern: String, literals: [String]) {
        #expect(RegexLiteral.leadingAlternatives(of: pattern, ignoringCase: false) == literals.map { Array($0.utf8) })
    }

    @Test(arguments: [
        "(abc|de)",          // one alternative's run is too short
        "(abc|def)+",        // the group is repeated: the pattern is not the alternatives
        "(abc|def)x",        // something follows the group
        "(?i)abc|def",       // flags first
        "[|]abc",            // the bar is in a class; the pattern starts with the class
        "abc|\\bdef",        // an anchor first in an alternative
        "[]|]abc|def",       // a class whose end is unclear
        "[a[|]]abc|def",     // a nested set
        "abc|(def",          // unbalanced
    ])
    func patternsWithAnAlternativeWithoutARunHaveNone(pattern: String) {
        #expect(RegexLiteral.leadingAlternatives(of: pattern, ignoringCase: false) == nil)
    }

    /// A search that starts at the first leading literal finds what a search of the whole text
    /// finds, `\b`, look-behinds and `^` included: random texts over patterns with alternatives.
    @Test(arguments: [false, true])
    func aSearchFromTheFirstLiteralFindsWhatAWholeSearchFinds(ignoringCase: Bool) throws {
        let patterns = ["(10\\.[0-9]{4,9}/[A-Za-z0-9]|swh:1:[a-z]{3}:[0-9a-f]{3})", "abc\\b|xyz", "abc(?<=xabc)|key$",
                        "key|abc(?<!\\babc)", "abc|abcd", "-----BEGIN ([A-Z]+ )?KEY", "10\\.[0-9]+"]
        let pieces = ["10.1234/x", "10.12/", "swh:1:rev:0af", "SWH:1:REV:0AF", "\u{17F}wh:1:rev:0af", "swh:1:xy", "abc", "xABC",
                      "abcd", "xyz", "key", "\u{212A}EY", "-----BEGIN ", "-----begin ", "RSA ", "KEY", " ", "\n", "é", "日本", "x"]
        var generator = SystemRandomNumberGenerator()
        let options: NSRegularExpression.Options = ignoringCase ? [.caseInsensitive, .anchorsMatchLines] : [.anchorsMatchLines]
        for pattern in patterns {
            let compiled = try CompiledPattern(option: pattern, ignoreCase: ignoringCase)
            let whole = try NSRegularExpression(pattern: pattern, options: options)
            for _ in 0..<300 {
                let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
                #expect(compiled.search(in: text) == Self.firstMatch(of: whole, in: text), "/\(pattern)/ in '\(text)'")
            }
        }
    }

    /// What `CompiledPattern.search` reports, from a search of the whole text.
    private static func firstMatch(of expression: NSRegularExpression, in text: String) -> CompiledPattern.Search {
        guard let result = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let found = Range(result.range, in: text) else { return .noMatch }
        let before = text[..<found.lowerBound]
        let lineStart = before.utf8.lastIndex(of: 0x0A).map { before.utf8.index(after: $0) } ?? before.startIndex
        return .match(line: before.utf8.count { $0 == 0x0A } + 1, column: before.distance(from: lineStart, to: before.endIndex) + 1,
                      text: String(text[found].prefix(80)))
    }

    @Test func aSearchReportsThePositionOfTheFirstMatch() throws {
        let pattern = try CompiledPattern(option: "-----BEGIN ([A-Z]+ )?PRIVATE KEY( BLOCK)?-----", ignoreCase: false)
        #expect(pattern.search(in: "a\n  -----BEGIN EC PRIVATE KEY-----") == .match(line: 2, column: 3, text: "-----BEGIN EC PRIVATE KEY-----"))
        #expect(pattern.search(in: "-----BEGIN CERTIFICATE-----") == .noMatch)
        #expect(pattern.search(in: "") == .noMatch)
        // CRLF line breaks count as lines.
        #expect(pattern.search(in: "a\r\nb\r\n  -----BEGIN EC PRIVATE KEY-----") == .match(line: 3, column: 3, text: "-----BEGIN EC PRIVATE KEY-----"))
    }

    /// `(a+)+c` over 100 bytes took 58 s; a search now stops within its budget and says so.
    @Test func catastrophicBacktrackingGivesUpInsteadOfRunningOn() throws {
        let pattern = try CompiledPattern(option: "(a+)+c", ignoreCase: false)
        let start = Date()
        guard case .gaveUp(let reason) = pattern.search(in: String(repeating: "a", count: 1_000)) else {
            Issue.record("the search did not give up")
            return
        }
        #expect(reason.contains("longer than"))
        #expect(Date().timeIntervalSince(start) < CompiledPattern.searchBudget + 3)
        #expect(!pattern.matches(String(repeating: "a", count: 1_000)))
    }

    /// ICU's stack overflow used to read as "no match", so a secret past 300 KB passed.
    @Test func anEngineOutOfStackGivesUpInsteadOfFindingNothing() throws {
        let pattern = try CompiledPattern(option: "x = 1(.|\n)*SECRET", ignoreCase: false)
        let text = "x = 1" + String(repeating: "abc\n", count: 75_000) + "SECRET\n"
        #expect(pattern.search(in: text) == .gaveUp("the regular expression engine ran out of backtracking stack"))
    }
}

private extension Array {
    /// Every run of `length` consecutive elements.
    func windows(_ length: Int) -> [ArraySlice<Element>] {
        guard length <= count else { return [] }
        return (0...(count - length)).map { self[$0..<($0 + length)] }
    }
}
