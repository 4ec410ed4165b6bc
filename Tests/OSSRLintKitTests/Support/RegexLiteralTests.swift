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
        #expect(RegexLiteral.leading(of: pattern, ignoringCase: false) == Array(literal.utf8))
    }

    @Test(arguments: [
        "^install",          // an anchor first
        "(?i)key",           // flags first
        "ab",                // too short to be worth a search
        "abc?",              // two bytes are left
        "key|secret",        // an alternative need not start with the run
        "a\\|bcdef",         // any bar, escaped or not: conservative
        "[A-Z]+ KEY",        // a set first
        "\\QKEY\\E",         // an escape first
        "clé privée",        // non-ASCII ends the run at 'cl'
        "#comment",          // a comment under the x flag
    ])
    func patternsWithoutASafeLeadingRunHaveNone(pattern: String) {
        #expect(RegexLiteral.leading(of: pattern, ignoringCase: false) == nil)
    }

    @Test func caseBlindPatternsHaveNone() {
        // ICU folds the Kelvin sign (U+212A) to 'k': "KEY" matches "\u{212A}EY" case-blind.
        #expect(RegexLiteral.leading(of: "KEY-----", ignoringCase: true) == nil)
        let expression = try? NSRegularExpression(pattern: "KEY", options: [.caseInsensitive])
        let text = "\u{212A}EY"
        #expect(expression?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil)
    }

    /// Whenever a text lacks the literal, ICU finds no match either: over every pattern above
    /// and texts built from pieces of them.
    @Test func aTextWithoutTheLiteralNeverMatches() throws {
        let patterns = ["-----BEGIN ([A-Z]+ )?PRIVATE KEY( BLOCK)?-----", "abcd?", "abcd*e", "version\\s*=", "name.*x", "PRIVATE KEY-----"]
        let pieces = ["-----BEGIN ", "-----BEGIN", "RSA ", "PRIVATE KEY", "-----", " BLOCK", "abc", "ab", "d", "e", "version", "versio", " = ", "=", "name", "x", "\n", "é"]
        var generator = SystemRandomNumberGenerator()
        for pattern in patterns {
            let literal = try #require(RegexLiteral.leading(of: pattern, ignoringCase: false))
            let expression = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            for _ in 0..<400 {
                let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
                let hasLiteral = text.utf8.count >= literal.count && Array(text.utf8).windows(literal.count).contains { Array($0) == literal }
                let matches = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                if matches { #expect(hasLiteral, "/\(pattern)/ matches '\(text)', which lacks the literal") }
            }
        }
    }

    @Test func aSearchReportsThePositionOfTheFirstMatch() throws {
        let pattern = try CompiledPattern(option: "-----BEGIN ([A-Z]+ )?PRIVATE KEY( BLOCK)?-----", ignoreCase: false)
        #expect(pattern.search(in: "a\n  -----BEGIN EC PRIVATE KEY-----") == .match(line: 2, column: 3, text: "-----BEGIN EC PRIVATE KEY-----"))
        #expect(pattern.search(in: "-----BEGIN CERTIFICATE-----") == .noMatch)
        #expect(pattern.search(in: "") == .noMatch)
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
