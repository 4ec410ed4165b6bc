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

    @Test func bracesThatMustBeExpandedAreCapped() {
        // A group holding a `/` cannot stay a branch inside one component.
        let spanning = String(repeating: "{a/,b/}", count: 7)
        #expect(throws: GlobError.tooManyAlternatives(pattern: spanning, limit: Glob.maximumAlternatives)) { try Glob(spanning) }
        #expect((try? Glob(String(repeating: "{a/,b/}", count: 6))) != nil, "64 alternatives are still fine")
    }

    /// 24 groups within one component would be 16 million patterns if expanded; as branches of
    /// one program they cost their length, and ten groups between stars (1,024 alternatives,
    /// 27.7 s over 100k paths when expanded) match 10,000 paths in well under a second.
    @Test func manyGroupsInOneComponentStayBranchesAndMatchQuickly() throws {
        let glob = try Glob(String(repeating: "{a,b}", count: 24))
        #expect(glob.matches(Array(String(repeating: "ab", count: 12).utf8)))
        #expect(!glob.matches(Array(String(repeating: "ab", count: 11).utf8)))
        #expect(!glob.matches(Array((String(repeating: "ab", count: 11) + "ac").utf8)))

        let starred = try Glob("**/" + String(repeating: "*{x,y}", count: 10) + "*")
        let paths = (0..<10_000).map { Array("src/module\($0 % 97)/file_\($0)_x.py".utf8) }
        let start = ContinuousClock.now
        let matched = paths.count { starred.matches($0) }
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(matched == 0, "one x or y in each name, never ten")
        #expect(starred.matches(Array("src/xyxyxyxyxy.txt".utf8)))
    }

    /// Groups kept as branches answer exactly as the same pattern expanded by hand, alternative
    /// by alternative: nested groups, empty alternatives, classes and `?` inside, groups next to
    /// stars, and a component that braces could turn into `**`.
    @Test func branchesAnswerAsTheExpandedAlternativesDo() throws {
        let six = "{a,b}{c,}{e,f}{g,h}{i,j}{k,l}"   // 64 alternatives: past the full expansion
        let patterns = [
            six + "*", "*" + six, "x/" + six + "/*.c", "**/" + six, "{[ab],c?}{d,{e,f}g}{,h}{i,j}{k,l}{m,n}*",
            "*{,a}*/" + six, "{{a,b},{c,d}}{e,f}{g,h}{i,j}{k,l}{m,n}", "*.{o,so,dll,a,lib,exe,pyc,pyo,class,jar,whl,egg}{,.bak}{,~}",
        ]
        let words = ["acegikm", "bdfhjln", "acfhikx", "x/acegik/y.c", "x/bfhjl/z.c", "q/r/adegikl", "aegik", "zacegik",
                     "file.so", "file.so.bak~", "lib/file.dll~", "file.jar.bak", "file.py", "a/acegik", "ab/cegik", "qq/bcehjl",
                     "cde", "ddghikm", "cxdhikm", "adfhkn", "x/ac.c", "", "acegik/x", "file.pyc.bak"]
        for pattern in patterns {
            let glob = try Glob(pattern)
            let alternatives = try Self.expand(pattern).map { try Glob($0) }
            for word in words {
                let path = Array(word.utf8)
                #expect(glob.matches(path) == alternatives.contains { $0.matches(path) }, "\(pattern) ~ \(word)")
            }
        }
    }

    /// Every alternative of `pattern`, expanded the plain way (nested groups included).
    private static func expand(_ pattern: String) -> [String] {
        let bytes = Array(pattern)
        guard let open = bytes.firstIndex(of: "{") else { return [pattern] }
        var depth = 0
        var bounds = [open]
        var close = open
        for index in open..<bytes.count {
            if bytes[index] == "{" { depth += 1 }
            if bytes[index] == "}" { depth -= 1 }
            if bytes[index] == ",", depth == 1 { bounds.append(index) }
            if depth == 0 { close = index; break }
        }
        bounds.append(close)
        return zip(bounds, bounds.dropFirst()).flatMap { start, end in
            expand(String(bytes[..<open]) + String(bytes[(start + 1)..<end]) + String(bytes[(close + 1)...]))
        }
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

    /// The first-byte and leading-run tests run before any program reject only paths no
    /// program matches: the shipped release-notes and container patterns (176 and 8 programs),
    /// and alternatives that may be empty, start with a wildcard or share a run, agree with the
    /// plain matcher on every path, case-blind too.
    @Test(arguments: [false, true])
    func theLeadingTestsNeverChangeAnAnswer(ignoringCase: Bool) throws {
        let patterns = [
            "{doc,docs}/{,**/}{changelog,news,whats_new}{,.md,.rst}", "**/{Dockerfile,Containerfile}{,.*}", "**/*.{Dockerfile,def}",
            "{,.}x*", "**/{,a}b", "{a,}*", "{CHANGELOG,NEWS}{,.md}", "**/{a,b}/c", "x{y,}/**",
            "{CHANGELOG,CHANGES,NEWS,HISTORY,RELEASE_NOTES,RELEASE-NOTES}{,.md,.rst,.txt}",
            "{doc,docs}/{,**/}{changelog,changes,release_notes,release-notes,releases,whats_new,whats-new,whatsnew,history,news}{,.md,.rst,.txt}",
            "**/doc{,s}/*.md", "{a,ab,abc,b,bc,c,cd,d,de,e}x", "{a1,a2,a3,a4,a5,a6,a7,a8,a9,b1}/x",
            "**/{singularity,singularity.*,apptainer,apptainer.*,*.def}", "*-licen{c,s}e*", "{licenses/*,x*/y,*.md}",
            "**/__pycache__/*", "**/*.egg-info/*", "{**/__pycache__/*,*.pyc,x*}",
        ]
        let paths = [
            "docs/changelog.md", "doc/a/b/news", "docs/whats_new.rst", "src/docs/changelog", "dx/news", "Dockerfile", "a/Containerfile.gpu",
            "a/b/Dockerfile", "x/Dockerfile.", "app.Dockerfile", "env/tool.def", "xa", ".xa", "b", "q/ab", "q/cb", "a", "", "CHANGELOG.md",
            "NEWS", "CHANGES", "p/a/c", "p/b/c", "c/a/c", "xy/z", "x/z", "y/z", "zzz/Dockerfile", "d12/e3/f100.txt", "doc", "doc/",
            "docs/release-notes.txt", "DOCS/News.rst", "do/changelog", "Docs/sub/History.txt", "HISTORY.txt", "RELEASE_NOTES", "q/doc/a.md",
            "q/docs/b.md", "q/dob/b.md", "abx", "abcx", "cdx", "dx", "ex", "fx", "a9/x", "b1/x", "b2/x", "a1/y",
            "singularity", "env/Singularity.gpu", "a/b/apptainer", "x.def", "f.deff", "MIT-LICENSE.txt", "a/x_licence", "licenses/MIT.txt",
            "licenses/a/b", "xz/y", "a/b/c.md", "README.md", "__pycache__/a.pyc", "src/__pycache__/b", "src/__pycache__", "a/x.egg-info/PKG",
            "x.egg-info/a/b", "src/egg-info/a", "m.pyc",
        ]
        for pattern in patterns {
            let glob = try Glob(pattern, ignoresCase: ignoringCase)
            for path in paths {
                let (pattern, path) = ignoringCase ? (pattern.lowercased(), path.lowercased()) : (pattern, path)
                let expected = Self.reference(Array(pattern.utf8)[...], Array(path.utf8)[...])
                #expect(glob.matches(Array(path.utf8)) == expected, "\(pattern) ~ \(path)")
                // As a list of globs tries it, asking the depth test first.
                let bytes = Array(path.utf8)
                let nameStart = (bytes.lastIndex(of: 0x2F) ?? -1) + 1
                let depth = bytes.count { $0 == 0x2F }
                #expect(bytes.withUnsafeBufferPointer { GlobList([glob]).firstIndexMatching($0, nameStart: nameStart, depth: depth) != nil } == expected,
                        "\(pattern) ~ \(path) in a list")
            }
        }
    }

    /// A list's one test for all its globs turns away only paths none of them matches: lists
    /// made of the patterns above, case-blind and not, mixed, tried on every path in its own
    /// case and in capitals, give the first glob that matches alone, or none.
    @Test func aListFindsWhatItsGlobsFindOneByOne() throws {
        let patterns = [
            "{doc,docs}/{,**/}{changelog,news,whats_new}{,.md,.rst}", "**/{Dockerfile,Containerfile}{,.*}", "**/*.{Dockerfile,def}",
            "{,.}x*", "**/{,a}b", "{a,}*", "{CHANGELOG,NEWS}{,.md}", "**/{a,b}/c", "x{y,}/**", "**/conf.py", "README*",
            "**/{singularity,singularity.*,apptainer,apptainer.*,*.def}", "*-licen{c,s}e*", "{licenses/*,x*/y,*.md}",
            "**/__pycache__/*", "**/*.egg-info/*", "**/*.{o,so,dll}", ".github/workflows/*.y{,a}ml", "**/*.ipynb", "**",
        ]
        let paths = [
            "docs/changelog.md", "doc/a/b/news", "src/docs/changelog", "Dockerfile", "a/Containerfile.gpu", "app.Dockerfile", "env/tool.def",
            "xa", ".xa", "b", "q/ab", "a", "", "CHANGELOG.md", "p/a/c", "xy/z", "d12/e3/f100.txt", "doc/", "src/pkg001/mod002/file000123.py",
            "singularity", "env/Singularity.gpu", "MIT-LICENSE.txt", "licenses/MIT.txt", "src/__pycache__/b", "a/x.egg-info/PKG", "lib/x.SO",
            ".github/workflows/ci.yaml", "notebooks/a.ipynb", "docs/conf.py", "README.rst", "q/docs/b.md", "x.o/y",
        ]
        for round in 0..<200 {
            // The first rounds take each pattern alone, either way; the others three to six of
            // them, spread over the list, some case-blind.
            let count = round < 2 * patterns.count ? 1 : 3 + round % 4
            let globs = try (0..<count).map { k in
                let pattern = round < 2 * patterns.count ? patterns[round / 2] : patterns[(round * 7 + k * 11) % patterns.count]
                return try Glob(pattern, ignoresCase: round < 2 * patterns.count ? round % 2 == 1 : (round + k) % 3 == 0)
            }
            let list = GlobList(globs)
            for path in paths.flatMap({ [$0, $0.uppercased()] }) {
                let bytes = Array(path.utf8)
                let nameStart = (bytes.lastIndex(of: 0x2F) ?? -1) + 1
                let expected = globs.firstIndex { $0.matches(bytes) }
                #expect(bytes.withUnsafeBufferPointer { list.firstIndexMatching($0, nameStart: nameStart) } == expected,
                        "\(globs.map { "\($0.pattern)\($0.ignoresCase ? " (any case)" : "")" }) ~ \(path)")
            }
        }
    }

    /// The release-notes pattern keeps `{doc,docs}` as a branch in its programs; the runs read
    /// through it, so a path under `d12/` is turned away before any program runs.
    @Test func leadingRunsReadThroughBranches() throws {
        let glob = try Glob("{doc,docs}/{,**/}{changelog,changes,release_notes,releases,history,news}{,.md,.rst,.txt}", ignoresCase: true)
        for (path, mayMatch) in [("d12/e3/f100.txt", false), ("do/news", false), ("docs/a/news.md", true), ("doc/changes", true)] {
            let bytes = Array(path.utf8)
            let nameStart = (bytes.lastIndex(of: 0x2F) ?? -1) + 1
            #expect(bytes.withUnsafeBufferPointer { glob.mayMatch($0, nameStart: nameStart) } == mayMatch, "\(path)")
        }
    }

    /// Programs known only at one end each are tested by that end, and those known at neither
    /// by the literal they need: a path that starts, ends and reads like none of them is turned
    /// away before any program runs; and a glob without `**` is tried only at the depths it can
    /// match.
    @Test func programsKnownAtOneEndAndFixedDepthsTurnPathsAway() throws {
        let recipes = try Glob("**/{singularity,singularity.*,apptainer,apptainer.*,*.def}", ignoresCase: true)
        for (path, mayMatch) in [("d12/e3/f100.txt", false), ("src/a.py", false), ("env/singularity.gpu", true), ("a/b.def", true), ("apptainer", true)] {
            let bytes = Array(path.utf8)
            let nameStart = (bytes.lastIndex(of: 0x2F) ?? -1) + 1
            #expect(bytes.withUnsafeBufferPointer { recipes.mayMatch($0, nameStart: nameStart) } == mayMatch, "\(path)")
        }
        let caches = try Glob("**/__pycache__/*")
        for (path, mayMatch) in [("src/pkg/mod.py", false), ("src/__pycache__/mod.pyc", true)] {
            let bytes = Array(path.utf8)
            let nameStart = (bytes.lastIndex(of: 0x2F) ?? -1) + 1
            #expect(bytes.withUnsafeBufferPointer { caches.mayMatch($0, nameStart: nameStart) } == mayMatch, "\(path)")
        }
        let licences = try Glob("{licenses/*,.reuse/dep5}")
        #expect(licences.mayMatch(atDepth: 1) && !licences.mayMatch(atDepth: 0) && !licences.mayMatch(atDepth: 2))
        let anywhere = try Glob("**/conf.py")
        #expect(anywhere.mayMatch(atDepth: 0) && anywhere.mayMatch(atDepth: 70))
        let deep = try Glob(Array(repeating: "a", count: 70).joined(separator: "/"))
        #expect(deep.mayMatch(atDepth: 69) && deep.mayMatch(atDepth: 80) && !deep.mayMatch(atDepth: 62))
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
