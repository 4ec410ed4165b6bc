import Testing
@testable import OSSRLintKit

@Suite struct LicenceMatchTextTests {
    @Test(arguments: [
        ("1", true), ("a", true), ("3a", true), ("12b", true), ("123b", false), ("3A", false),
        ("12", true), ("123", true), ("1234", false), ("1.2.3", true), ("2.1", true), ("1.2345", false),
        ("iv", true), ("xlii", true), ("ivxli", false), ("vi.", false), ("ab", false), ("the", false),
        ("", false), ("第", false), ("é", false), ("123456789", false),
        ("ii.1", true), ("2.a", true), ("v.1", true), (".", false), ("1..2", false), ("iiii.v", true), ("the.1", false),
    ])
    func listMarkersAreShortNumbersLettersAndRomanNumerals(word: String, isMarker: Bool) {
        #expect(LicenceMatchText.isMarkerWord(word) == isMarker)
    }

    @Test func partWordsAndMarkersAreBulletWords() {
        #expect(LicenceMatchText.isBulletWord("section"))
        #expect(LicenceMatchText.isBulletWord("第"))
        #expect(LicenceMatchText.isBulletWord("3"))
        #expect(!LicenceMatchText.isBulletWord("licence"))
    }

    /// The index flags its vocabulary's bullet words on load without calling `isBulletWord` on
    /// each word's string; the flags must agree with it.
    @Test func indexFlagsTheVocabularysBulletWords() throws {
        let index = try LicenceIndex.load()
        let disagreeing = index.vocabulary.indices.filter { index.markerWords[$0] != LicenceMatchText.isBulletWord(index.vocabulary[$0]) }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(5).map { index.vocabulary[$0] })")
        #expect(index.vocabulary.indices.filter { index.termWords[$0] } .count == LicenceMatchText.termWords.filter { index.wordIndex.index(of: $0) != nil }.count)
    }
}
