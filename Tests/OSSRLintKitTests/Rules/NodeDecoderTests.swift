import Foundation
@testable import OSSRLintKit
import Testing

/// How rule-file scalars read as the types asked for: YAML's implicit types only where a type
/// wants them, quoted values always text, and mistakes at their line and column.
@Suite struct NodeDecoderTests {
    private struct Sample: Decodable, Equatable {
        var flag: Bool?
        var count: Int?
        var share: Double?
        var text: String?
        var list: [String]?
        var nested: [String: Int]?
    }

    private func decode(_ yaml: String) throws(ConfigurationError) -> Sample {
        try RuleSetLoader.decode(Sample.self, yaml: yaml, file: "sample.yml")
    }

    @Test(arguments: [("true", true), ("True", true), ("yes", true), ("on", true), ("OFF", false), ("no", false), ("false", false)])
    func plainBooleanWordsReadAsBooleans(word: String, value: Bool) throws {
        #expect(try decode("flag: \(word)").flag == value)
    }

    @Test func numbersReadInYAMLsNotations() throws {
        #expect(try decode("count: 0x1F").count == 31)
        #expect(try decode("count: 0o17").count == 15)
        #expect(try decode("count: 1_000").count == 1000)
        #expect(try decode("count: -3").count == -3)
        #expect(try decode("share: 2").share == 2)
        #expect(try decode("share: 1.5e3").share == 1500)
        #expect(try decode("share: -.inf").share == -.infinity)
        #expect(try decode("share: .nan").share?.isNaN == true)
    }

    @Test func anyScalarReadsAsTextWhereTextIsWanted() throws {
        #expect(try decode("text: 1.10").text == "1.10")
        #expect(try decode("text: no").text == "no")
        #expect(try decode("text: 'quoted: yes'").text == "quoted: yes")
        #expect(try decode("list: [1.0, off, \"x\"]").list == ["1.0", "off", "x"])
    }

    @Test func nullFormsAndMissingKeysAreAbsent() throws {
        for form in ["~", "null", "NULL", ""] {
            #expect(try decode("flag: \(form)\ntext: \(form)") == Sample(), "form '\(form)'")
        }
        #expect(try decode("nested: {a: 1, b: 2}").nested == ["a": 1, "b": 2])
    }

    @Test func aQuotedBooleanIsNotABoolean() {
        #expect(throws: ConfigurationError.self) { try decode("flag: \"true\"") }
        do {
            _ = try decode("text: x\nflag: \"true\"")
        } catch {
            #expect(error.line == 2 && error.column == 7, "\(error)")
            #expect(error.message == "'flag' should be true or false", "\(error)")
        }
    }

    @Test func wordsThatAreNotNumbersAreRefusedWhereANumberIsWanted() {
        for text in ["nan", "infinity", "0x1p3", "1.2.3", "twelve"] {
            #expect(throws: ConfigurationError.self, "'\(text)'") { try decode("share: \(text)") }
        }
        #expect(throws: ConfigurationError.self) { try decode("count: 1.5") }
        #expect(throws: ConfigurationError.self) { try decode("count: 99999999999999999999") }
    }

    @Test func anchorsAndAliasesDecodeAsTheNodesTheyName() throws {
        let sample = try decode("text: &word hello\nlist: [*word, 'x']\nnested: &n {a: 1}\n")
        #expect(sample.text == "hello")
        #expect(sample.list == ["hello", "x"])
        #expect(sample.nested == ["a": 1])
    }

    @Test func aKeyWrittenTwiceIsAnErrorAtTheKey() {
        do {
            _ = try decode("text: x\ncount: 1\ntext: y\n")
            Issue.record("decoded a mapping with a repeated key")
        } catch {
            #expect(error.message == "duplicate key 'text' in a mapping", "\(error)")
            #expect(error.line == 1, "\(error)")
        }
    }

    @Test func aMappingWhereAListIsWantedPointsAtIt() {
        do {
            _ = try decode("text: x\nlist:\n  a: 1")
            Issue.record("decoded a mapping as a list")
        } catch {
            #expect(error.line == 3, "\(error)")
            #expect(error.message == "'list' should be a list", "\(error)")
        }
    }
}
