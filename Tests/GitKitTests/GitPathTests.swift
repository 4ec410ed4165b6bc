import Foundation
import GitKit
import Testing
import TestSupport

@Suite struct GitPathTests {
    /// Names git quotes: invalid UTF-8, valid non-ASCII, control characters, quote, backslash, DEL.
    static let awkwardNames: [[UInt8]] = [
        [0x66, 0xFF, 0xFE, 0x2E, 0x74, 0x78, 0x74],                      // f\377\376.txt
        Array("caf\u{e9}.md".utf8),                                       // café.md
        Array("tab\there".utf8),
        Array("new\nline".utf8),
        Array("say \"hi\".txt".utf8),
        Array("back\\slash".utf8),
        [0x64, 0x65, 0x6C, 0x7F],                                         // del\177
        [0x62, 0x65, 0x6C, 0x07, 0x1B],                                   // bel\a\033
        Array("dir/\u{e9}t\u{e9}/plain name.txt".utf8),
    ]

    @Test func rawNameBytesSurviveAndDisplayAsGitLsFilesPrintsThem() throws {
        let repo = try TemporaryRepository()
        for (number, name) in Self.awkwardNames.enumerated() { try repo.write(bytes: name, Data("file \(number)\n".utf8)) }
        try repo.commit("awkward names")
        let gitNames = try repo.git("ls-files").split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let expectedBytes = Self.awkwardNames.sorted { $0.lexicographicallyPrecedes($1) }

        for source in [SnapshotSource.commit(revision: "HEAD"), .index, .worktree] {
            let snapshot = try repo.snapshot(source)
            #expect(snapshot.entries.map { Array($0.path.bytes) } == expectedBytes, "\(source)")
            #expect(snapshot.displayNames == gitNames, "\(source)")
            for (number, name) in Self.awkwardNames.enumerated() {
                let entry = try #require(snapshot.entry(at: GitPath(bytes: name)), "\(source)")
                #expect(try snapshot.content(of: entry) == Data("file \(number)\n".utf8), "\(source)")
            }
        }
    }

    @Test func displayNameQuotesLikeGit() {
        #expect(GitPath("README.md").displayName == "README.md")
        #expect(GitPath("with space.txt").displayName == "with space.txt")
        #expect(GitPath(bytes: [0x66, 0xFF]).displayName == "\"f\\377\"")
        #expect(GitPath("caf\u{e9}").displayName == "\"caf\\303\\251\"")
        #expect(GitPath("a\tb\nc\"d\\e").displayName == "\"a\\tb\\nc\\\"d\\\\e\"")
        #expect(GitPath(bytes: [0x01, 0x7F]).displayName == "\"\\001\\177\"")
    }

    @Test func appendedDisplayNameEqualsDisplayName() {
        for name in Self.awkwardNames + [Array("plain/path.txt".utf8)] {
            var output: [UInt8] = []
            GitPath(bytes: name).appendDisplayName(to: &output)
            #expect(output == Array(GitPath(bytes: name).displayName.utf8))
        }
    }

    @Test func textViewsOfANonUTF8Path() {
        let path = GitPath(bytes: [0x64, 0x2F, 0x66, 0xFF])
        #expect(path.string == nil)
        #expect(path.lossyString == "d/f\u{FFFD}")
        #expect(path.name == "f\u{FFFD}")
        #expect(Array(path.nameBytes) == [0x66, 0xFF])
        #expect(path.depth == 1)
        #expect(path.isInside(GitPath("d")))
        #expect(!path.isInside(GitPath("d/f")))
        #expect(!GitPath("dx/f").isInside(GitPath("d")))
        #expect(GitPath("caf\u{e9}").string == "caf\u{e9}")
    }

    @Test func pathsOrderByUnsignedBytesAsGitDoes() {
        let paths = [GitPath(bytes: [0xC3, 0xA9]), GitPath("a/b"), GitPath("a.b"), GitPath("Z"), GitPath("a")]
        #expect(paths.sorted().map { Array($0.bytes) } == [Array("Z".utf8), Array("a".utf8), Array("a.b".utf8), Array("a/b".utf8), [0xC3, 0xA9]])
    }

    /// A tree listing's paths are slices of one shared buffer, so their indices do not start at
    /// zero; equality, hashing, order and the path helpers must not depend on that.
    @Test func pathsOfATreeListingBehaveLikePathsOfTheirOwn() throws {
        let repo = try TemporaryRepository()
        try repo.commit("tree", files: ["README.md": "# r\n", "src/lib/a.c": "a\n", "src/main.c": "m\n"])
        let snapshot = try repo.snapshot(.commit(revision: "HEAD"))
        let listed = try #require(snapshot.entries.first { $0.path == GitPath("src/lib/a.c") }).path
        #expect(listed.bytes.startIndex > 0, "not a slice of a shared buffer")
        #expect(listed.hashValue == GitPath("src/lib/a.c").hashValue)
        #expect(Set([listed]).contains(GitPath("src/lib/a.c")))
        #expect(listed.isInside(GitPath("src")) && listed.isInside(GitPath("src/lib")) && !listed.isInside(GitPath("src/li")))
        #expect(listed.name == "a.c" && listed.depth == 2 && listed.displayName == "src/lib/a.c")
        #expect(GitPath("src/lib") < listed && listed < GitPath("src/main.c"))
        #expect(snapshot.entry(at: GitPath("src/main.c"))?.path.name == "main.c")
    }

    /// The order is the plain comparison of unsigned byte sequences, a prefix first, for paths
    /// of any bytes and lengths, the empty path included.
    @Test func theOrderIsTheLexicographicOrderOfTheBytes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x01, 0x2E, 0x2F, 0x41, 0x61, 0x7F, 0x80, 0xC3, 0xFF]
        let paths = (0..<300).map { _ in
            GitPath(bytes: (0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 0 })
        } + [GitPath(bytes: []), GitPath("a"), GitPath("a/b"), GitPath("ab")]
        for left in paths {
            for right in paths.prefix(60) {
                #expect((left < right) == left.bytes.lexicographicallyPrecedes(right.bytes), "\(left.bytes) < \(right.bytes)")
            }
        }
    }
}
