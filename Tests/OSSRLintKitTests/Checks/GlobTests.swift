@testable import OSSRLintKit
import Testing

/// The path patterns rules are written in: what each construct matches, at which depths, and
/// that case-blind matching agrees whether the path comes lower-cased or not.
@Suite struct GlobTests {
    private static let cases: [(pattern: String, ignoresCase: Bool, matching: [String], notMatching: [String])] = [
        ("README*", false, ["README", "README.md"], ["docs/README.md", "readme.md", "XREADME"]),
        ("readme*", true, ["README.md", "Readme.rst"], ["docs/README.md"]),
        ("docs/*.md", false, ["docs/a.md"], ["docs/sub/a.md", "a.md", "docs/a.mdx"]),
        ("**/*.pem", false, ["key.pem", "a/key.pem", "a/b/c/key.pem"], ["key.pem.txt", "a/key.pem/x", "keypem"]),
        ("**/*.{o,so,dll}", true, ["a.o", "lib/x.SO", "bin/x.dll"], ["a.obj", "so", "x.o/y"]),
        ("**/__pycache__/*", false, ["__pycache__/m.pyc", "pkg/__pycache__/m.pyc"], ["pkg/__pycache__", "pkg/__pycache__/sub/m.pyc"]),
        ("**/test*/**", false, ["tests/a.py", "src/test_data/x/y", "testing/a"], ["tests", "src/tests"]),
        ("src/**", false, ["src/a", "src/a/b"], ["src", "lib/src/a"]),
        ("**/id_[rd]sa*", false, ["id_rsa", "home/id_dsa.pub"], ["id_ecdsa", "x/id_rsax/y"]),
        ("**/[!.]*.yml", false, ["ci.yml", "a/b.yml"], [".gitlab-ci.yml", "a/.x.yml"]),
        ("?.txt", false, ["a.txt"], ["ab.txt", "/.txt", ".txt"]),
        ("a\\*b", false, ["a*b"], ["axb"]),
        ("**/CITATION.cff", true, ["citation.CFF", "a/Citation.cff"], ["CITATION.cff.bak"]),
        ("**", false, ["a", "a/b"], []),
        ("**/build/**", true, ["Build/x", "a/BUILD/b/c"], ["build", "a/b", "rebuild/x"]),
        // One alternative may end with anything: the last-byte shortcut must not reject "data1".
        ("{*.txt,data*}", false, ["a.txt", "data1", "data"], ["a.md", "x/data1"]),
        ("**/*.{PEM,Key}", true, ["a/b.pem", "C.KEY"], ["b.pe", "key"]),
        ("**/node_modules/*/package.json", false, ["node_modules/x/package.json", "a/node_modules/y/package.json"], ["node_modules/package.json", "x"]),
    ]

    @Test func patternsMatchWhatTheySay() throws {
        for item in Self.cases {
            let glob = try Glob(item.pattern, ignoresCase: item.ignoresCase)
            for path in item.matching {
                #expect(glob.matches(Array(path.utf8)), "'\(item.pattern)' should match '\(path)'")
            }
            for path in item.notMatching {
                #expect(!glob.matches(Array(path.utf8)), "'\(item.pattern)' should not match '\(path)'")
            }
        }
    }

    @Test func caseBlindPatternsMatchALowerCasedPathAlike() throws {
        for item in Self.cases where item.ignoresCase {
            let glob = try Glob(item.pattern, ignoresCase: true)
            for path in item.matching + item.notMatching {
                let lowered = Array(path.lowercased().utf8)
                let nameStart = (lowered.lastIndex(of: 0x2F) ?? -1) + 1
                let viaLowered = lowered.withUnsafeBufferPointer { glob.matches($0, nameStart: nameStart) }
                #expect(viaLowered == glob.matches(Array(path.utf8)), "'\(item.pattern)' on '\(path)'")
            }
        }
    }

    @Test func nonUTF8BytesAreMatchedAsBytes() throws {
        let glob = try Glob("**/*.bin")
        #expect(glob.matches([0x64, 0x2F, 0xFF, 0xFE, 0x2E, 0x62, 0x69, 0x6E]))
        #expect(try Glob("?").matches([0xFF]))
    }

    @Test func depthsAreKnownOnlyWithoutDoubleStars() throws {
        #expect(try Glob("README*").depths == [0])
        #expect(try Glob("{docs/*,doc/*/*}").depths == [1, 2])
        #expect(try Glob("**/*.md").depths == nil)
    }

    @Test func unterminatedClassesAndBracesAreErrors() {
        #expect(throws: GlobError.unterminated(pattern: "a[bc", what: "[")) { try Glob("a[bc") }
        #expect(throws: GlobError.unterminated(pattern: "{a,b", what: "{")) { try Glob("{a,b") }
    }

    @Test func equalGlobsAreThoseWrittenAlike() throws {
        #expect(try Glob("*.md") == Glob("*.md"))
        #expect(try Glob("*.md") != Glob("*.md", ignoresCase: true))
        #expect(try Set([Glob("a"), Glob("a"), Glob("b")]).count == 2)
    }
}
