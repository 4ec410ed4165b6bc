import Foundation
import Testing
import TestSupport
@testable import OSSRLintKit

/// `TOMLReader` against Python's `tomllib` (the reader pip and setuptools use): the same tree
/// of tables, arrays and strings for valid documents (numbers, booleans and dates compared as
/// "scalar", since the reader keeps their text), and an error for invalid ones.
@Suite struct TOMLReaderTests {
    static let valid: [String] = [
        "[project]\nname = \"x\"\nversion = \"1.2.0\"\nlicense = {text = \"MIT\"}\n",
        "[[bin]]\nname = \"a\"\n[[bin]]\nname = \"b\"\n[bin.extra]\nk = 'v'\n",
        "[ \"quoted key\" ]\n[ 'literal' . x ]\n[ _private ]\n[-dash]\n[0]\n",
        "deps = [\n  [ ],\n  [{a = 1}],\n  [\"é\"],\n  # [é] in a comment\n]\n",
        "text = \"\"\"\n[é] is fine in a string\n\"\"\"\nlit = '''\n[=\n'''\n",
        "a = \"\\\"[é]\"\nb = 'x' # [é\n",
        "t = { k = [\n[1] ] }\n[ok]\n",
        "s = \"\"\"quote at the end\"\"\"\"\n[ok]\n",
        "s = \"\"\"\\\n   trimmed \\\n   lines\"\"\"\n",
        "u = \"\\u00e9\\U0001F600\\t\\\\\"\n",
        "a.b.c = \"deep\"\na.b.d = 'x'\n[x.y]\nz = 1\n",
        "n = [1, 2.5, -3, +4, 0x1F, 1e6, inf, nan, true, false, 1_000, 6.626e-34, -0.0, +inf, 0o17, 0b1]\n",
        "d = 1979-05-27T07:32:00Z\ne = 1979-05-27 07:32:00\nf = 1979-05-27\ng = 07:32:00.5\nh = 1979-05-27T00:32:00.999999-07:00\n",
        "requires = [\"setuptools>=68\", \"wheel\",]\n\n[tool.poetry]\nversion = \"0.1\"\n",
        "a = \"bom\"\r\nb = 'crlf'\r\n",
        "empty = {}\nlist = []\n",
    ]

    static let invalid: [String] = [
        "[]\n", "[ [a]]\n", "[", "[ ", "[é]\n", "a = 1\n\n[\n", "[[[x]]]\n",
        "requires = [}\n", "x = [1,}\n", "a = \n", "a = b\n", "a = \"unclosed\n", "a = 1\na = 2\n",
        "[t]\n[t]\n", "a = {x = 1}\n[a]\n", "a = [1 2]\n", "a = 'x' b\n", "= 1\n", "a = \"\\q\"\n",
        "a = 1 # comment\u{07}\n", "a.b = 1\na = 2\n", "\u{FEFF}a = 1\n", "a = 1979-05-27 7\n", "a = 01\n", "a = 1__0\n", "a = 1.\n", "a = .5\n", "a = 0x\n", "a = tru\n",
    ]

    /// The document as JSON, strings kept and every other leaf "scalar", by `tomllib`; nil when
    /// it raises.
    static func python(_ documents: [String]) throws -> [Any] {
        let script = """
            import json, sys, tomllib
            def leaves(v):
                if isinstance(v, dict): return {k: leaves(x) for k, x in v.items()}
                if isinstance(v, list): return [leaves(x) for x in v]
                return v if isinstance(v, str) else "scalar"
            out = []
            for text in json.load(sys.stdin):
                try: out.append(leaves(tomllib.loads(text)))
                except tomllib.TOMLDecodeError: out.append(None)
            print(json.dumps(out))
            """
        let input = try JSONSerialization.data(withJSONObject: documents)
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script], in: PackageRoot.url, input: input)
        try #require(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [Any])
    }

    static func leaves(_ node: YAMLNode) -> Any {
        switch node.content {
        case let .scalar(text, isPlain): isPlain ? "scalar" : text
        case let .sequence(items): items.map(leaves)
        case let .mapping(pairs): Dictionary(pairs.map { ($0.key.scalarText ?? "", leaves($0.value)) }, uniquingKeysWith: { first, _ in first })
        }
    }

    @Test func validDocumentsReadAsTomllibReadsThem() throws {
        let expected = try Self.python(Self.valid)
        for (text, python) in zip(Self.valid, expected) {
            let ours = try TOMLReader.read(text)
            #expect(!(python is NSNull), "tomllib refuses a document the test calls valid: \(text.debugDescription)")
            let same = NSDictionary(dictionary: ["v": Self.leaves(ours)]).isEqual(to: ["v": python])
            #expect(same, "\(text.debugDescription)\nours: \(Self.leaves(ours))\ntomllib: \(python)")
        }
    }

    @Test func invalidDocumentsAreErrorsAsTomllibSays() throws {
        let expected = try Self.python(Self.invalid)
        for (text, python) in zip(Self.invalid, expected) {
            #expect(python is NSNull, "tomllib reads a document the test calls invalid: \(text.debugDescription)")
            #expect(throws: TOMLReader.SyntaxError.self, "\(text.debugDescription)") { try TOMLReader.read(text) }
        }
    }

    @Test func keysKeepTheirLines() throws {
        let root = try TOMLReader.read("# c\n[project]\nname = \"x\"\n\nversion = \"2.0\"\n")
        guard case let .mapping(top) = root.content, case let .mapping(project) = top.first?.value.content else {
            Issue.record("not a table")
            return
        }
        #expect(project.map { $0.key.position?.line } == [3, 5])
        let declared = DeclaredVersions.extract(files: ["pyproject.toml": Data("# c\n[project]\nname = \"x\"\n\nversion = \"2.0\"\n".utf8)])
        #expect(declared.map(\.line) == [5])
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        let text = "a = " + String(repeating: "[", count: 100_000) + "\n"
        #expect(throws: TOMLReader.SyntaxError.self) { try TOMLReader.read(text) }
    }
}
