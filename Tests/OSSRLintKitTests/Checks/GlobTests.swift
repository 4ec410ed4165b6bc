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

/// Globs from a repository's own `.ossrlint.yml` cannot stall or exhaust a run.
@Suite struct HostileGlobTests {
    @Test func manyDoubleStarsAgainstADeepPathFinishAndAnswerRightly() throws {
        let glob = try Glob(Array(repeating: "**/vendor", count: 12).joined(separator: "/") + "/**/x.c")
        let deep = Array(repeating: "vendor", count: 1_000).joined(separator: "/") + "/y.c"
        let start = ContinuousClock.now
        #expect(!glob.matches(Array(deep.utf8)))
        #expect(glob.matches(Array((Array(repeating: "vendor", count: 1_000).joined(separator: "/") + "/x.c").utf8)))
        #expect(ContinuousClock.now - start < .seconds(5), "linear in steps × positions, not exponential")
    }

    @Test func manyStarsInOneComponentFinish() throws {
        let glob = try Glob(String(repeating: "*a", count: 30) + "*b")
        let start = ContinuousClock.now
        #expect(!glob.matches(Array(String(repeating: "a", count: 5_000).utf8)))
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func braceExpansionIsCapped() {
        let pattern = String(repeating: "{a,b}", count: 24)
        #expect(throws: GlobError.tooManyAlternatives(pattern: pattern, limit: Glob.maximumAlternatives)) { try Glob(pattern) }
        #expect((try? Glob(String(repeating: "{a,b}", count: 10))) != nil, "1,024 alternatives are still fine")
    }

    /// The memo changes how long matching takes, never its answer: patterns with several
    /// wildcards agree with a plain recursive matcher written here from the syntax.
    @Test func theMemoNeverChangesAnAnswer() throws {
        let patterns = ["**/a/**/b", "*a*b*", "**/*.c", "a/**/*b*/**", "**/x*/**/*y", "*/**/*", "{a,b}*/**/c?"]
        let paths = ["a/b", "a/x/b", "x/a/y/b", "ab", "xaybz", "a.c", "d/e/f.c", "a/q/zbz/r", "x1/x2/y", "a/b/c", "b/zz/cc", "a/c1"]
        for pattern in patterns {
            let glob = try Glob(pattern)
            for path in paths {
                #expect(glob.matches(Array(path.utf8)) == Self.reference(Array(pattern.utf8)[...], Array(path.utf8)[...]), "\(pattern) ~ \(path)")
            }
        }
    }

    /// `*` any bytes but `/`; `?` one byte but `/`; `**/` zero or more whole folders; a final
    /// `**` at least one byte; `{a,b}` alternatives (no nesting here).
    private static func reference(_ pattern: ArraySlice<UInt8>, _ path: ArraySlice<UInt8>) -> Bool {
        if let open = pattern.firstIndex(of: UInt8(ascii: "{")), let close = pattern.firstIndex(of: UInt8(ascii: "}")) {
            return pattern[(open + 1)..<close].split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).contains { option in
                reference(pattern[..<open] + option + pattern[(close + 1)...], path)
            }
        }
        guard let first = pattern.first else { return path.isEmpty }
        if pattern.starts(with: "**/".utf8) {
            let rest = pattern.dropFirst(3)
            if reference(rest, path) { return true }
            return path.indices.contains { path[$0] == 0x2F && reference(rest, path[($0 + 1)...]) }
        }
        if pattern.elementsEqual("**".utf8) { return !path.isEmpty }
        switch first {
        case UInt8(ascii: "*"):
            var end = path.startIndex
            while true {
                if reference(pattern.dropFirst(), path[end...]) { return true }
                guard end < path.endIndex, path[end] != 0x2F else { return false }
                end += 1
            }
        case UInt8(ascii: "?"):
            guard let byte = path.first, byte != 0x2F else { return false }
            return reference(pattern.dropFirst(), path.dropFirst())
        default:
            guard path.first == first else { return false }
            return reference(pattern.dropFirst(), path.dropFirst())
        }
    }
}
