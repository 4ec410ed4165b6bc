import Foundation
import Testing
import TestSupport
@testable import OSSRLintKit

/// How `Scripts/generate-licence-index.py` turns SPDX template markup into a word program, and
/// what that program then accepts: each test builds a tiny template of a few words of its own
/// in memory, has the generator compile it, and matches texts against it the way the identifier
/// does. No licence text is involved.
@Suite struct LicenceTemplateProgramTests {
    /// A compiled template: its program and the vocabulary its word numbers refer to.
    struct Compiled: Decodable {
        var vocabulary: [String]
        var ops: [Int32]

        /// Whether the whole of `text` matches the program.
        func matches(_ text: String) -> Bool {
            let words = LicenceTextNormaliser.words(of: text)
            var numbers: [String: Int32] = [:]
            for (number, word) in vocabulary.enumerated() { numbers[word] = Int32(number) }
            var unknown: [String: Int32] = [:]
            let ids = words.map { word in
                numbers[word] ?? {
                    let id = Int32(vocabulary.count + unknown.count)
                    return unknown[word] ?? { unknown[word] = id; return id }()
                }()
            }
            let matchText = LicenceMatchText(
                ids: ids, isTerm: words.map { LicenceMatchText.termWords.contains($0) },
                isWeakTerm: words.map { LicenceMatchText.weakTermWords.contains($0) },
                isMarker: words.map { LicenceMatchText.isBulletWord($0) },
                markerVocabulary: vocabulary.map { LicenceMatchText.isBulletWord($0) },
                articleID: numbers["a"] ?? -1)
            return LicenceProgram(ops: ops).matchEnd(from: 0, in: matchText) == ids.count
        }
    }

    /// Compiles `body`, the inside of a template's `<text>` element, with the generator.
    static func compile(_ body: String) throws -> Compiled {
        let script = """
            import importlib.util, json, os, sys, tempfile
            spec = importlib.util.spec_from_file_location("generator", sys.argv[1])
            generator = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(generator)
            xml = ('<?xml version="1.0" encoding="UTF-8"?><SPDXLicenseCollection xmlns="http://www.spdx.org/license">'
                   '<license licenseId="Test-1.0" name="Test"><text>' + sys.stdin.read() + '</text></license></SPDXLicenseCollection>')
            with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False) as handle:
                handle.write(xml)
            try:
                _, _, rendered = generator.render_template(handle.name)
            finally:
                os.unlink(handle.name)
            items = generator.parse_program(generator.template_tokens(rendered))
            words = []
            generator.program_words(items, words)
            vocabulary = sorted(set(words))
            ops = generator.encode_program(items, {w: i for i, w in enumerate(vocabulary)})
            json.dump({"vocabulary": vocabulary, "ops": ops}, sys.stdout)
            """
        let root = LicenceFixtures.packageRoot
        let result = try ProcessRunner.run(
            "/usr/bin/env", ["python3", "-c", script, root.appendingPathComponent("Scripts/generate-licence-index.py").path],
            in: root, input: Data(body.utf8))
        try #require(result.status == 0, "\(result.standardError)")
        return try JSONDecoder().decode(Compiled.self, from: Data(result.standardOutput.utf8))
    }

    static let lead = "The party of the first part grants these rights to everyone who asks for them. "

    /// `ANY<alt>EXPRESS</alt>`: with no space in the template, its own text reads "ANYEXPRESS";
    /// the word may be written joined or apart, but not changed.
    @Test func altWrittenAgainstAWordMayJoinIt() throws {
        let compiled = try Self.compile("<p>\(Self.lead)It comes with any<alt match=\"plain(er)?\" name=\"a\">plain</alt> warranty.</p>")
        #expect(compiled.matches(Self.lead + "It comes with anyplain warranty."))
        #expect(compiled.matches(Self.lead + "It comes with any plainer warranty."))
        #expect(!compiled.matches(Self.lead + "It comes with any other warranty."))
        #expect(!compiled.matches(Self.lead + "It comes with anyother warranty."))
    }

    /// `name<optional spacing="none">s</optional>`: "name" or "names", one word.
    @Test func optionalSuffixJoinsItsWord() throws {
        let compiled = try Self.compile("<p>\(Self.lead)Keep the name<optional spacing=\"none\">s</optional> of the authors.</p>")
        #expect(compiled.matches(Self.lead + "Keep the names of the authors."))
        #expect(compiled.matches(Self.lead + "Keep the name of the authors."))
        #expect(!compiled.matches(Self.lead + "Keep the namesake of the authors."))
    }

    /// A wildcard `<alt>` written against a word takes the joined word ("isCopyright …").
    @Test func wildcardWrittenAgainstAWordTakesIt() throws {
        let compiled = try Self.compile("<p>\(Self.lead)Then it is<alt match=\".+\" name=\"h\">Jane Roe</alt> and released.</p>")
        #expect(compiled.matches(Self.lead + "Then it isJane Roe and released."))
        #expect(compiled.matches(Self.lead + "Then it is John Smith and released."))
        #expect(!compiled.matches(Self.lead + "Then it is not John Smith and released."))
    }

    /// A bullet that is a word ("Preamble") is a list marker, none, or that word.
    @Test func wordBulletMayBeWrittenAsTheTemplateWritesIt() throws {
        let compiled = try Self.compile("<p>\(Self.lead)</p><list><item><bullet>Overview</bullet>These words follow it.</item></list>")
        #expect(compiled.matches(Self.lead + "Overview These words follow it."))
        #expect(compiled.matches(Self.lead + "1. These words follow it."))
        #expect(compiled.matches(Self.lead + "These words follow it."))
        #expect(!compiled.matches(Self.lead + "Summary These words follow it."))
    }

    /// A bracketed placeholder stays acceptable as written, though its "not" is a term word that
    /// no wildcard takes; a "not" of one's own still is not.
    @Test func placeholderMayStayAsWritten() throws {
        let compiled = try Self.compile("<p>\(Self.lead)Credit is [required/not required] in larger works.</p>")
        #expect(compiled.matches(Self.lead + "Credit is [required/not required] in larger works."))
        #expect(compiled.matches(Self.lead + "Credit is expected in larger works."))
        #expect(!compiled.matches(Self.lead + "Credit is not expected in larger works."))
    }

    /// Dotted clause numbers are list markers, as bullets and in the text.
    @Test func dottedClauseNumbersAreListMarkers() throws {
        for marker in ["ii.1", "v.2", "2.a", "3.1.4", "12b"] {
            #expect(LicenceMatchText.isMarkerWord(marker), "\(marker)")
        }
        for word in ["licence", "ii.one", "1234", "2..1", "a.b.c.d.e"] {
            #expect(!LicenceMatchText.isMarkerWord(word), "\(word)")
        }
        let compiled = try Self.compile("<p>\(Self.lead)</p><list><item><bullet>II.1.</bullet>Advertising needs consent.</item></list>")
        #expect(compiled.matches(Self.lead + "II.1. Advertising needs consent."))
        #expect(!compiled.matches(Self.lead + "Section II.1 says: Advertising needs consent."))
    }

    /// Leading lines that read like titles are optional, unless they are all the template has:
    /// a template that required no word would never be a candidate for any text.
    @Test func titleLinesThatAreTheWholeTemplateStayRequired() throws {
        let whole = try Self.compile("<p>Pick whichever licence you like</p><p>from the licenses listed online</p>")
        #expect(LicenceProgram(ops: whole.ops).requiredWordCount == 10)
        #expect(whole.matches("Pick whichever licence you like\n\nfrom the licenses listed online"))
        #expect(!whole.matches("from the licenses listed online"))
        let titled = try Self.compile("<p>The Example License</p><p>\(Self.lead)</p>")
        #expect(titled.matches(Self.lead))
        #expect(titled.matches("The Example License\n\n" + Self.lead))
    }

    /// An open pattern with words of its own requires them: only its wildcards vary.
    @Test func openPatternKeepsItsOwnWords() throws {
        let compiled = try Self.compile("<p>\(Self.lead)<alt match=\"Copies\\s+may\\s+never\\s+be\\s+named\\s+.+\\s+without\\s+consent\\.\" name=\"c\">"
                                        + "Copies may never be named Foo without consent.</alt></p>")
        #expect(compiled.matches(Self.lead + "Copies may never be named Bar Baz without consent."))
        #expect(!compiled.matches(Self.lead + "Copies may also be named Bar Baz without consent."))
        #expect(!compiled.matches(Self.lead + "Copies may be named Bar Baz without consent."))
    }

    /// A wildcard never takes a term word, but an `<alt>`'s own text that holds one ("nor") is
    /// still a reading of it when its pattern matches it.
    @Test func openAltAcceptsItsOwnTextWithATermWord() throws {
        let compiled = try Self.compile("<p>\(Self.lead)Neither <alt match=\".+\" name=\"n\">Acme nor the Institute</alt> may endorse it.</p>")
        #expect(compiled.matches(Self.lead + "Neither Acme nor the Institute may endorse it."))
        #expect(compiled.matches(Self.lead + "Neither Example Corp may endorse it."))
        #expect(!compiled.matches(Self.lead + "Neither Example Corp nor anyone may endorse it."))
    }
}
