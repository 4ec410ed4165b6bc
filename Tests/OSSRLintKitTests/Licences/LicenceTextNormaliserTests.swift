import Foundation
import Testing
import TestSupport
@testable import OSSRLintKit

/// The byte-level normaliser must give exactly the words `Scripts/generate-licence-index.py`
/// gives, or texts would be compared with references normalised differently.
@Suite struct LicenceTextNormaliserTests {
    /// Inputs that exercise each rule; each starts with a line that is not a title, so that
    /// the title rule does not swallow the line under test. (A Greek word ending in sigma is
    /// left out: Python lower-cases a final sigma by context, to "ς", while the normaliser, like
    /// Swift's scalar case mapping, gives "σ"; no reference text has Greek.)
    static let trickyTexts: [String] = [
        "Terms follow.\nMIT License\n\nCopyright (c) 2024 Jane Doe\n\nPermission is hereby granted, free of charge.",
        "Terms follow.\n\u{FEFF}The Licence is granted.\r\nLicences, licenced and licencing; the licencee and licencor.\r\nLicenceX stays.",
        "Terms follow.\nRead the [licence text](https://example.org/licence) and [this] (not a link).",
        "Terms follow.\n# Heading\n> quoted line\n- bullet item\n* star item\n+ plus item\n• dot item\n· middle dot item\n####### seven hashes",
        "Terms follow.\n1. first\n(2) second\na) third\n(iv) fourth\niii. fifth\n12) sixth\n123. not a number",
        "Terms follow.\nUse it (a) here, (b) there and c. elsewhere; 2) twice; e.g. this; see (ab) too.",
        "Terms follow.\nDon't, can’t and ‘quoted’ words; it's the author's.",
        "Terms follow.\nR&D and A & B; version 1.0.2 of v2.0.",
        "Terms follow.\n本软件按原样提供 with English words, 日本語テキスト and ｶﾀｶﾅ.",
        "Terms follow.\nDéjà vu: naïve café, ÉCOLE, İstanbul, straße, ΆΛΦΑ, Ⅻ and ½.",
        "Terms follow.\nCopyright © 2020 Someone\n© 2021 Other\n(C) 2022 Third\nCopyright 2023\nAll rights reserved.\n"
            + "All Rights Reserved by a very long line of words that keeps going on and on beyond twelve words for sure",
        "Terms follow.\ncopyright [yyyy] [name of copyright owner]\ncopyright <year> {name}\ncopyright notice stays because no year follows",
        "Terms follow.\nLicense\nVersion 2\n\nThis program is free software.",
        "License\nVersion 2\n\nThis program is free software.",
        "Terms follow.\n\u{00A0}\u{3000}  indented\u{2003}text\t\n",
        "Terms follow.\nx.y.z. a.b end. .start",
        "Terms follow.\nword\rold mac line\r\rend",
        "Terms follow.\n(ⅰ) roman numeral sign, ٣ arabic digit\nCopyright ٢٠٢٤ Someone\n- • nested bullets\n>> twice quoted",
    ]

    @Test func trickyTextsGiveTheWordsWorkedOutByHand() {
        let expected: [[String]] = [
            // Copyright lines and titles stay words: the template match decides what they are.
            ["terms", "follow", "mit", "license", "copyright", "2024", "jane", "doe", "permission", "is", "hereby", "granted", "free", "of", "charge"],
            ["terms", "follow", "the", "license", "is", "granted", "licenses", "licensed", "and", "licensing", "the",
             "licensee", "and", "licensor", "licencex", "stays"],
            ["terms", "follow", "read", "the", "license", "text", "and", "this", "not", "a", "link"],
            ["terms", "follow", "heading", "quoted", "line", "bullet", "item", "star", "item", "plus", "item", "dot", "item",
             "middle", "dot", "item", "seven", "hashes"],
            ["terms", "follow", "first", "second", "third", "fourth", "fifth", "sixth", "123", "not", "a", "number"],
            ["terms", "follow", "use", "it", "here", "there", "and", "elsewhere", "twice", "e.g", "this", "see", "ab", "too"],
            ["terms", "follow", "dont", "cant", "and", "quoted", "words", "its", "the", "authors"],
            ["terms", "follow", "r", "and", "d", "and", "a", "and", "b", "version", "1.0.2", "of", "v2.0"],
            ["terms", "follow", "本", "软", "件", "按", "原", "样", "提", "供", "with", "english", "words",
             "日", "本", "語", "テ", "キ", "ス", "ト", "and", "ｶ", "ﾀ", "ｶ", "ﾅ"],
            // "İ" lower-cases to "i" and a combining dot, which is not a letter and so separates.
            ["terms", "follow", "déjà", "vu", "naïve", "café", "école", "i", "stanbul", "straße", "άλφα", "ⅻ", "and", "½"],
            ["terms", "follow", "copyright", "2020", "someone", "2021", "other", "2022", "third", "copyright", "2023", "all", "rights",
             "reserved", "all", "rights", "reserved", "by", "a", "very", "long", "line", "of", "words", "that", "keeps",
             "going", "on", "and", "on", "beyond", "twelve", "words", "for", "sure"],
            ["terms", "follow", "copyright", "yyyy", "name", "of", "copyright", "owner", "copyright", "year", "name",
             "copyright", "notice", "stays", "because", "no", "year", "follows"],
            ["terms", "follow", "license", "version", "2", "this", "program", "is", "free", "software"],
            ["license", "version", "2", "this", "program", "is", "free", "software"],
            ["terms", "follow", "indented", "text"],
            ["terms", "follow", "x.y.z", "a.b", "end", "start"],
            ["terms", "follow", "word", "old", "mac", "line", "end"],
            ["terms", "follow", "ⅰ", "roman", "numeral", "sign", "٣", "arabic", "digit", "copyright", "٢٠٢٤", "someone", "nested",
             "bullets", "twice", "quoted"],
        ]
        #expect(Self.trickyTexts.count == expected.count)
        for (text, words) in zip(Self.trickyTexts, expected) {
            #expect(LicenceTextNormaliser.words(of: text) == words, "\(text.debugDescription)")
        }
    }

    @Test func trickyTextsNormaliseAsTheGeneratorDoes() throws {
        let generated = try Self.generatorWords(of: Self.trickyTexts)
        #expect(generated.count == Self.trickyTexts.count)
        for (text, words) in zip(Self.trickyTexts, generated) {
            #expect(LicenceTextNormaliser.words(of: text) == words, "\(text.debugDescription)")
        }
    }

    /// Every reference text as stored (front matter included), and its body with Windows line
    /// endings and a byte order mark, as Markdown, and wrapped at 60 columns.
    @Test func everyReferenceTextNormalisesAsTheGeneratorDoes() throws {
        let folder = LicenceFixtures.sharedFolder.appendingPathComponent("license-data/choosealicense")
        var texts: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            texts.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        #expect(texts.count == 47)
        for reference in LicenceFixtures.references {
            texts.append(LicenceTextMutations.windowsLineEndingsWithBOM(reference.text))
            texts.append(LicenceTextMutations.markdown(reference.text))
            texts.append(LicenceTextMutations.rewrapped(reference.text, width: 60))
        }
        let generated = try Self.generatorWords(of: texts)
        #expect(generated.count == texts.count)
        for (text, words) in zip(texts, generated) {
            let swiftWords = LicenceTextNormaliser.words(of: text)
            #expect(!swiftWords.isEmpty)
            #expect(swiftWords == words, "\(text.prefix(80).debugDescription)")
        }
    }

    @Test func everyVocabularyWordIsFoundAtItsOwnIndexAndNoOtherWordIsFound() {
        let index = LicenceFixtures.index
        for (position, word) in index.vocabulary.enumerated() {
            #expect(index.wordIndex.index(of: word) == position, "\(word)")
        }
        for word in ["", "zzz-not-a-word", "licence", "licenses-and", "softwar", "softwarezz", "qqzzqq"] {
            #expect(index.wordIndex.index(of: word) == nil, "\(word)")
        }
    }

    @Test func wordsOutsideTheVocabularyAreNumberedInOrderOfFirstUse() {
        let index = LicenceFixtures.index
        let words = LicenceTextNormaliser.normalisedWords(of: "Terms follow.\nthe qwzx software vbnm qwzx the")
        let (indices, unknown) = index.wordIndex.indices(of: words, vocabularyCount: index.vocabulary.count)
        let count = index.vocabulary.count
        #expect(unknown == ["qwzx", "vbnm"])
        #expect(indices.count == 8)
        #expect(indices.filter { $0 >= count } == [count, count + 1, count])
        #expect(indices.filter { $0 < count }.map { index.vocabulary[$0] } == ["terms", "follow", "the", "software", "the"])
    }

    @Test func plusSuffixIsFoundWhereverItFallsInTheText() {
        // The scan skips eight bytes at a time; put the "+" at every offset within a chunk.
        for padding in 0..<17 {
            let filler = String(repeating: "x", count: padding)
            #expect(LicenceVersionWording.hasPlusSuffix(filler + " GPL-2.0+ "), "padding \(padding)")
            #expect(LicenceVersionWording.hasPlusSuffix(filler + "LGPLv2.1+"), "padding \(padding)")
            #expect(!LicenceVersionWording.hasPlusSuffix(filler + " GPL-2.0 + C++ 1+1 "), "padding \(padding)")
        }
    }

    /// The words `normalised_words` of the generator gives for each text, from one python3 run.
    static func generatorWords(of texts: [String]) throws -> [[String]] {
        let script = """
            import importlib.util, json, sys
            spec = importlib.util.spec_from_file_location("generator", sys.argv[1])
            generator = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(generator)
            json.dump([generator.normalised_words(text) for text in json.load(sys.stdin)], sys.stdout)
            """
        let root = LicenceFixtures.packageRoot
        let result = try ProcessRunner.run(
            "/usr/bin/env", ["python3", "-c", script, root.appendingPathComponent("Scripts/generate-licence-index.py").path],
            in: root, input: try JSONEncoder().encode(texts))
        #expect(result.status == 0, "\(result.standardError)")
        return try JSONDecoder().decode([[String]].self, from: Data(result.standardOutput.utf8))
    }
}
