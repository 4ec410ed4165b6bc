import Foundation
@testable import OSSRLintKit
import Testing

@Suite struct JSONScannerTests {
    private func parse(_ text: String) throws -> JSONScanner.Result {
        try JSONScanner.parse(Array(text.utf8))
    }

    @Test func recordsKeyAndValuePositions() throws {
        let text = """
        {
          "name": "ossr",
          "author": [ {"givenName": "Ada"} ],
          "é": 1.5e3
        }
        """
        let root = try parse(text).value
        #expect(root.position == SourcePosition(line: 1, column: 1))
        #expect(root.member("name")?.keyPosition == SourcePosition(line: 2, column: 3))
        #expect(root["name"]?.position == SourcePosition(line: 2, column: 11))
        #expect(root["author"]?.elements?.first?.member("givenName")?.keyPosition == SourcePosition(line: 3, column: 16))
        #expect(root["é"]?.position == SourcePosition(line: 4, column: 8), "columns count scalars, not bytes")
        #expect(root["é"]?.scalarText == "1.5e3")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let root = try parse(#"{"a": "tab\there \"q\" \u00e9 \ud83d\ude00 \/"}"#).value
        #expect(root["a"]?.string == "tab\there \"q\" é 😀 /")
    }

    @Test(arguments: [
        ("{\n  \"a\": 1,\n}", "trailing comma before '}'", 3, 1),
        ("[1, 2,]", "trailing comma before ']'", 1, 7),
        ("{\"a\": 1 \"b\": 2}", "expected ',' or '}', found '\"'", 1, 9),
        ("{\"a\": 01}", "number with a leading zero", 1, 8),
        ("{\"a\": \"x", "unterminated string", 1, 9),
        ("{\"a\": tru}", "invalid literal, expected 'true'", 1, 10),
        ("{a: 1}", "expected a key in double quotes, found 'a'", 1, 2),
        ("{\"a\": 1} x", "unexpected text after the top-level value", 1, 10),
        ("", "unexpected end of input, expected a value", 1, 1),
        ("{\"a\": \"line\nbreak\"}", "unescaped control character in string", 1, 12),
        ("{\"a\": \"\\ud800\"}", "lone surrogate in \\u escape", 1, 14),
        ("{\"a\": 1e999}", "number '1e999' is out of range", 1, 7),
    ])
    func rejectsInvalidJSONWithPosition(text: String, message: String, line: Int, column: Int) {
        #expect(throws: JSONSyntaxError(message: message, position: SourcePosition(line: line, column: column))) {
            try parse(text)
        }
    }

    @Test func collectsDuplicateKeys() throws {
        let result = try parse("{\"a\": 1,\n \"a\": 2}")
        #expect(result.duplicateKeys.map(\.keyPosition) == [SourcePosition(line: 2, column: 2)])
        #expect(result.value["a"]?.scalarText == "2", "the last value wins, as in Foundation")
    }

    @Test func foundationErrorOffsetsBecomeLineAndColumn() throws {
        let text = "{\n  \"a\": 1,\n  \"b\": ,\n}"
        let bytes = Array(text.utf8)
        var description = ""
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes))
            Issue.record("Foundation accepted invalid JSON")
        } catch {
            description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
        }
        #expect(JSONSyntaxCheck.foundationPosition(of: description, in: bytes) == SourcePosition(line: 3, column: 8))
        #expect(JSONSyntaxCheck.foundationPosition(of: "Invalid value around character 15.", in: Array("{\"é\": 1, \"b\": x}".utf8)) == SourcePosition(line: 1, column: 15))
        #expect(JSONSyntaxCheck.foundationPosition(of: "Unexpected character ',' around line 3, column 8.", in: bytes) == SourcePosition(line: 3, column: 8))
        #expect(JSONSyntaxCheck.foundationPosition(of: "Unexpected end of file during JSON parse.", in: bytes) == nil)
    }

    @Test func strictScannerRejectsTrailingCommasThatFoundationAccepts() {
        guard case let .invalid(message, position) = JSONSyntaxCheck.read(Data("{\"a\": [1,]}".utf8)) else {
            Issue.record("trailing comma accepted")
            return
        }
        #expect(message == "trailing comma before ']'")
        #expect(position == SourcePosition(line: 1, column: 10))
    }

    /// Where Foundation is strict, the scanner must be at least as strict; where Foundation is
    /// lenient (trailing commas), the scanner stays strict on purpose.
    @Test(arguments: [
        "{}", "[]", "\"text\"", "-0", "1.5E+3", "{\"a\": [true, false, null]}", "{\"a\": 1, \"a\": 2}", "\u{FEFF}{}",
        "{", "[1 2]", "{\"a\" 1}", "01", "1.", ".5", "+1", "\"\\x\"", "nul", "{\"a\": 1}}", "\"\\ud800\"", "1e999", "[\"\t\"]",
    ])
    func scannerVerdictMatchesFoundation(text: String) {
        let scanner = (try? JSONScanner.parse(Array(text.utf8))) != nil
        let foundation = (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
        #expect(scanner == foundation, "scanner \(scanner), Foundation \(foundation)")
    }
}
