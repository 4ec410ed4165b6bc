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

    @Test func aDeferredPatternFindsWhatAnEagerOneFinds() throws {
        let source = "-----BEGIN ([A-Z]+ )?PRIVATE KEY( BLOCK)?-----"
        let eager = try CompiledPattern(option: source, ignoreCase: false)
        let deferred = CompiledPattern(validated: source, ignoreCase: false)
        for text in ["", "no key here", "x\n-----BEGIN RSA PRIVATE KEY-----\n", "-----BEGIN PRIVATE KEY-----", "-----BEGIN CERTIFICATE-----"] {
            #expect(deferred.firstMatch(in: text)?.line == eager.firstMatch(in: text)?.line)
            #expect(deferred.firstMatch(in: text)?.column == eager.firstMatch(in: text)?.column)
            #expect(deferred.matches(text) == eager.matches(text))
        }
        #expect(deferred.firstMatch(in: "a\n  -----BEGIN EC PRIVATE KEY-----")?.line == 2)
        #expect(deferred.firstMatch(in: "a\n  -----BEGIN EC PRIVATE KEY-----")?.column == 3)
    }
}

private extension Array {
    /// Every run of `length` consecutive elements.
    func windows(_ length: Int) -> [ArraySlice<Element>] {
        guard length <= count else { return [] }
        return (0...(count - length)).map { self[$0..<($0 + length)] }
    }
}
