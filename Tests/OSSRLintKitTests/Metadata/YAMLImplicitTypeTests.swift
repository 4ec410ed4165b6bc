@testable import OSSRLintKit
import Testing
import Yams

@Suite struct YAMLImplicitTypeTests {
    /// What Yams' default resolver says, in `YAMLImplicitType`'s terms.
    private static func resolved(_ text: String) -> YAMLImplicitType {
        switch Resolver.default.resolveTag(of: .scalar(Node.Scalar(text, Tag(.implicit), .plain))) {
        case .bool: .bool
        case .int: .int
        case .float: .float
        case .null: .null
        default: .string
        }
    }

    /// Every text of up to three characters over the patterns' alphabet, and a line break after
    /// each (ICU's `$` matches before one): 25,000 texts, each typed both ways.
    @Test func everyShortTextIsTypedAsYamsDefaultResolverTypesIt() {
        let alphabet = ["0", "1", "5", "6", "9", "_", ":", ".", "+", "-", "e", "E", "x", "o", "b", "a", "n", "I", "T", "~", "<", "=", " "]
        var texts = [""]
        var previous = [""]
        for _ in 1...3 {
            previous = previous.flatMap { prefix in alphabet.map { prefix + $0 } }
            texts += previous
        }
        var disagreements: [String] = []
        for text in texts + texts.map({ $0 + "\n" }) where YAMLImplicitType(of: text) != Self.resolved(text) {
            disagreements.append(text.debugDescription)
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    @Test func longerNumbersWordsAndDatesAreTypedAsYamsDefaultResolverTypesThem() {
        let texts = [
            "yes", "No", "TRUE", "False", "on", "OFF", "yES", "y", "n", "true\r\n", "true\u{2028}", "true\n\n", "null", "Null", "NULL", "nULL", "~",
            "0b1010_1", "0b", "-0b1", "0x1F_ff", "0x", "0xG", "+0o17", "0o", "0o8", "017", "0_", "08", "-0", "1_000", "+12",
            "190:20:30", "1:2:3", "1:60", "1:59", "1:5:", "0:30", "-1:30.5", "190:20:30.15", "1:20.", "12:345.6",
            "1.5", "1.", "-1.5e+3", "1e5", "1E-5", "1e", "1e+", ".5", ".5e+3", ".5e3", "._", ".", "-.5", "+.inf", "-.Inf", ".INF", ".inF",
            ".nan", ".NaN", "-.nan", "1__2.3_4e56", "2023-05-23", "2001-12-14t21:59:43.10-05:00", "<<", "=",
            "10.5281/zenodo.1003150", "https://orcid.org/0000-0002-1825-0097", "v1.2.3", "1.2.3", "١٢٣", "12\u{0}",
        ]
        for text in texts {
            #expect(YAMLImplicitType(of: text) == Self.resolved(text), "\(text.debugDescription)")
        }
    }
}
