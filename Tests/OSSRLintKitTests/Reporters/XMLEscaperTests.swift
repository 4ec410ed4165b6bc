import Testing
@testable import OSSRLintKit

@Suite struct XMLEscaperTests {
    @Test func theFiveMarkupCharactersBecomeEntities() {
        #expect(XMLEscaper.escapeText(#"a&b<c>d"e'f"#) == "a&amp;b&lt;c&gt;d&quot;e&apos;f")
        #expect(XMLEscaper.escapeAttribute(#"a&b<c>d"e'f"#) == "a&amp;b&lt;c&gt;d&quot;e&apos;f")
    }

    @Test func anEndOfCDATAMarkerCannotSurvive() {
        #expect(XMLEscaper.escapeText("x]]>y") == "x]]&gt;y")
        #expect(!XMLEscaper.escapeText("]]>]]]>").contains("]]>"))
    }

    @Test func controlCharactersXMLForbidsAreSpelledVisibly() {
        #expect(XMLEscaper.escapeText("a\u{1B}[31m") == #"a\u{1B}[31m"#)
        #expect(XMLEscaper.escapeText("\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}") == #"\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}"#)
        #expect(XMLEscaper.escapeText("x\u{FFFE}\u{FFFF}") == #"x\u{FFFE}\u{FFFF}"#)
    }

    @Test func everyCodePointIsEitherAllowedOrReplaced() {
        let rejected = (UInt32(0)...0x1_0100).compactMap(Unicode.Scalar.init).filter { scalar in
            !XMLEscaper.escapeAttribute(String(Character(scalar))).unicodeScalars.allSatisfy(XMLEscaper.isAllowed)
        }
        #expect(rejected.isEmpty, "not escaped: \(rejected.map { String($0.value, radix: 16) })")
    }

    @Test func characterDataKeepsTabsAndLineFeedsButNotCarriageReturns() {
        #expect(XMLEscaper.escapeText("a\tb\nc\rd") == "a\tb\nc&#xD;d")
    }

    @Test func attributesKeepWhitespaceThatParsersWouldNormalise() {
        #expect(XMLEscaper.escapeAttribute("a\tb\nc\rd") == "a&#x9;b&#xA;c&#xD;d")
    }

    @Test func characterXMLAllowsPassUnchanged() {
        let text = "plain text, ü, 数据, данные, 😀, \u{7F}\u{85}\u{FFFD}\u{10FFFF}"
        #expect(XMLEscaper.escapeText(text) == text)
    }
}
