@testable import OSSRLintKit
import Testing

@Suite struct JSONSchemaEvaluatorTests {
    private func violations(_ schema: String, _ instance: String) throws -> [String] {
        let evaluator = try JSONSchemaEvaluator(schemaJSON: schema)
        let value = try JSONScanner.parse(Array(instance.utf8)).value
        return evaluator.validate(value).map { "\($0.path)|\($0.message)" }
    }

    @Test func integerAcceptsWholeFloatsButNotBooleans() throws {
        let schema = #"{"type": "integer", "minimum": 1, "maximum": 12}"#
        #expect(try violations(schema, "3.0") == [])
        #expect(try violations(schema, "13") == ["|13 is greater than the maximum 12"])
        #expect(try violations(schema, "true") == ["|must be an integer, found a boolean (true)"])
    }

    @Test func oneOfRejectsAmbiguousMatchesAndAnyOfExplainsTheClosestBranch() throws {
        let oneOf = #"{"oneOf": [{"type": "number"}, {"type": "integer"}]}"#
        #expect(try violations(oneOf, "2") == ["|matches more than one of the allowed forms"])
        let anyOf = #"{"anyOf": [{"type": "string", "minLength": 1}, {"type": "object", "required": ["name"]}]}"#
        #expect(try violations(anyOf, "{}") == ["|missing required key 'name'"])
        #expect(try violations(anyOf, "[]") == ["|must be a string or an object, found an array"])
    }

    @Test func refsResolveToDefinitionsAndPatternsSearch() throws {
        let schema = ##"{"definitions": {"id": {"pattern": "[0-9]{3}"}}, "properties": {"id": {"$ref": "#/definitions/id"}}}"##
        #expect(try violations(schema, #"{"id": "ab123cd"}"#) == [])
        #expect(try violations(schema, #"{"id": "ab12"}"#) == ["id|'ab12' does not match the pattern '[0-9]{3}'"])
        #expect(throws: JSONSchemaEvaluator.CompileError.self) { try JSONSchemaEvaluator(schemaJSON: #"{"$ref": "other.json#/x"}"#) }
    }

    @Test func enumAndUniqueItemsCompareJSONValues() throws {
        let schema = #"{"items": {"enum": [1, "a", {"k": [true]}]}, "uniqueItems": true}"#
        #expect(try violations(schema, #"[1.0, "a", {"k": [true]}]"#) == [])
        #expect(try violations(schema, #"[1, 1.0]"#) == ["[1]|repeats an earlier item (1.0)"])
        #expect(try violations(schema, #"[true]"#) == ["[0]|true is not one of the allowed values (1, 'a')"])
    }

    @Test func uniqueItemsFindsRepeatsWhateverTheirKeyOrder() throws {
        let schema = #"{"uniqueItems": true}"#
        #expect(try violations(schema, #"[{"a": 1, "b": [2, "x"]}, {"b": [2.0, "x"], "a": 1}, {"a": 1}]"#) == ["[1]|repeats an earlier item"])
        #expect(try violations(schema, #"[[1, 2], [2, 1], "1", 1, null, false]"#) == [])
    }

    @Test func aBranchThatFitsSilencesTheOthersAndTwoThatFitBreakOneOf() throws {
        let anyOf = #"{"items": {"anyOf": [{"type": "integer"}, {"type": "string", "minLength": 1}]}}"#
        #expect(try violations(anyOf, #"[1, "a"]"#) == [])
        #expect(try violations(anyOf, #"[""]"#) == ["[0]|is empty"])
        let oneOf = #"{"oneOf": [{"minimum": 1}, {"maximum": 5}, {"type": "string"}]}"#
        #expect(try violations(oneOf, "9") == [])
        #expect(try violations(oneOf, "3") == ["|matches more than one of the allowed forms"])
        let not = #"{"not": {"type": "string"}}"#
        #expect(try violations(not, "3") == [])
        #expect(try violations(not, #""x""#) == ["|matches a form that is not allowed"])
    }

    @Test func lengthsCountUnicodeScalarsNotBytes() throws {
        let schema = #"{"items": {"minLength": 2, "maxLength": 3}}"#
        #expect(try violations(schema, #"["éé", "👍👍👍", "abc"]"#) == [])
        #expect(try violations(schema, #"["👍", "éééé"]"#) == ["[0]|is shorter than 2 characters", "[1]|'éééé' is longer than 3 characters"])
    }

    @Test func aURINeedsAnASCIISchemeBeforeItsFirstColon() throws {
        let schema = #"{"items": {"format": "uri"}}"#
        #expect(try violations(schema, #"["https://orcid.org/0000-0002-1825-0097", "urn:isbn:0451450523", "svn+ssh://x", "a.b-c:"]"#) == [])
        let failing = [#"1http://x"#, #"ht tp://x"#, #"no colon"#, #":x"#, #""#, #"é:x"#, #"a:́b"#]
        for text in failing {
            #expect(try violations(schema, "[\"\(text)\"]").count == 1, "\(text)")
        }
    }

    @Test func cffSchemaCompiles() throws {
        _ = try CitationFileValidator.evaluator.get()
    }
}
