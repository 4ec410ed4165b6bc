import Foundation
@testable import GitKit
import Testing
import TestSupport

/// The index reader in front of libgit2 gives libgit2's entries, or leaves the file to it: every
/// index here is written by git itself, in each version and with the entries git can stage.
@Suite struct IndexFileTests {
    /// A work tree whose index holds every kind of entry: plain, executable, symlink, gitlink,
    /// spaces and UTF-8 in names, `.github` and `.gitignore`, a path longer than the flags'
    /// 12-bit name length, three conflict stages, an intent-to-add file and a skip-worktree
    /// one; committed once, so that the index also carries the cached-tree extension.
    private func stagedEverything(longPath: Bool = true) throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        try repo.write("build.sh", "#!/bin/sh\n", executable: true)
        try repo.write("docs/a file with spaces.md", "spaces\n")
        try repo.write("docs/résumé.md", "utf-8\n")
        try repo.write(".github/workflows/ci.yml", "on: push\n")
        try repo.write(".gitignore", "*.log\n")
        try repo.symlink("link", to: "README.md")
        try repo.commit("first")
        let blob = try repo.hashObject(type: "blob", Data("deep\n".utf8))
        let commit = try repo.commitID()
        let long = (0..<24).map { "folder\($0)-" + String(repeating: "x", count: 180) }.joined(separator: "/") + "/file.txt"
        #expect(long.utf8.count > 0xFFF)
        let stages = [1, 2, 3].map { "100644 \(blob) \($0)\tconflicted.txt" }
        let more = ["160000 \(commit) 0\tvendor/sub"] + (longPath ? ["100644 \(blob) 0\t\(long)"] : [])
        try repo.git(["update-index", "--index-info"], input: Data((stages + more).joined(separator: "\n").utf8 + [0x0A]))
        try repo.write("later.md", "later\n")
        try repo.git("add", "-N", "later.md")
        try repo.git("update-index", "--skip-worktree", "README.md")
        return repo
    }

    private func indexBytes(of repo: TemporaryRepository) throws -> Data {
        try Data(contentsOf: repo.gitDirectory.appendingPathComponent("index"))
    }

    private func read(_ data: Data) -> [IndexFile.Entry]? {
        data.withUnsafeBytes { IndexFile(bytes: $0)?.entries }
    }

    /// libgit2 1.5 refuses a version 4 index with a path longer than 4,095 bytes ("invalid
    /// entry"), which git reads: that version is compared without it, and the next test reads it.
    @Test(arguments: [2, 3, 4]) func everyVersionReadsAsLibgit2ReadsIt(version: Int) throws {
        let repo = try stagedEverything(longPath: version != 4)
        try repo.git("update-index", "--index-version", String(version))
        let repository = try Repository.open(at: repo.path)
        let fromLibgit2 = try repository.libgit2IndexEntries(file: nil)
        let fromFile = try #require(read(try indexBytes(of: repo)))
        #expect(fromFile == fromLibgit2)
        #expect(fromFile.count == (version != 4 ? 13 : 12))
        #expect(fromFile.contains { $0.isIntentToAdd && $0.path == Array("later.md".utf8) })
        #expect(fromFile.filter { $0.path == Array("conflicted.txt".utf8) }.map(\.stage) == [1, 2, 3])
        // What a snapshot of the index lists: the conflict once (its side "ours"), no intent-to-add.
        let listed = try repo.snapshot(.index).displayNames
        let staged = lines(try repo.git("ls-files")).filter { $0 != "later.md" }
        #expect(listed == staged.enumerated().filter { $0.offset == 0 || staged[$0.offset - 1] != $0.element }.map(\.element))
    }

    @Test func aLongPathInVersionFourIsReadAsGitReadsIt() throws {
        let repo = try stagedEverything()
        try repo.git("update-index", "--index-version", "4")
        let fromFile = try #require(read(try indexBytes(of: repo)))
        // `ls-files -s -z`: "MODE ID STAGE<tab>PATH<NUL>" for each entry.
        let fromGit = try repo.git("ls-files", "-s", "-z").split(separator: "\0").map { record in
            let fields = record.split(separator: "\t", maxSplits: 1)
            let head = fields[0].split(separator: " ")
            return "\(head[0]) \(head[1]) \(head[2]) \(fields[1])"
        }
        #expect(fromFile.map { "\(String($0.mode, radix: 8)) \($0.id) \($0.stage) \(String(decoding: $0.path, as: UTF8.self))" } == fromGit)
        #expect(fromFile.contains { $0.path.count > 0xFFF })
    }

    /// What git itself skips outside `git fsck`: the trailing checksum is not verified.
    @Test func aWrongChecksumIsReadAsGitReadsIt() throws {
        let repo = try stagedEverything()
        var bytes = try indexBytes(of: repo)
        let expected = try #require(read(bytes))
        bytes[bytes.count - 1] ^= 0xFF
        #expect(read(bytes) == expected)
    }

    /// Left to libgit2, which reads them or says what is wrong.
    @Test func whatItDoesNotReadIsLeftToLibgit2() throws {
        let repo = try stagedEverything()
        let bytes = try indexBytes(of: repo)
        #expect(read(bytes.prefix(bytes.count - 30)) == nil, "truncated")
        #expect(read(bytes.prefix(40)) == nil, "truncated in the first entry")
        var version = bytes
        version[7] = 5
        #expect(read(version) == nil, "an unknown version")
        var count = bytes
        count[11] &+= 1
        #expect(read(count) == nil, "more entries announced than written")

        // Paths a libgit2 path check could refuse, or that come near: those git stages are
        // left to libgit2 whole.
        var staged: [String] = []
        for name in ["backup~", "a:b", "x\\y", ".g\u{200C}it/x", "\u{200C}.GIT/x", "docs/.GIT. /x", "x/./y"] {
            let odd = try TemporaryRepository()
            let blob = try odd.hashObject(type: "blob", Data("x\n".utf8))
            try odd.git(["update-index", "--add", "--cacheinfo", "100644,\(blob),README.md"])
            // git refuses the NTFS spellings of `.git` unless told not to; libgit2 refuses them.
            _ = try? odd.git(["-c", "core.protectNTFS=false", "update-index", "--add", "--cacheinfo", "100644,\(blob),\(name)"])
            guard lines(try odd.git("-c", "core.quotepath=false", "ls-files")).contains(name) else { continue }
            staged.append(name)
            #expect(read(try indexBytes(of: odd)) == nil, "\(name)")
        }
        #expect(["backup~", "a:b", ".g\u{200C}it/x", "\u{200C}.GIT/x", "docs/.GIT. /x"].allSatisfy(staged.contains), "\(staged)")

        let split = try stagedEverything()
        try split.git("update-index", "--split-index")
        #expect(read(try indexBytes(of: split)) == nil, "a split index")
    }

    /// An index that libgit2 refuses is an error that names the file and what to do.
    @Test func anIndexLibgit2RefusesSaysWhichFileAndWhatToDo() throws {
        let repo = try TemporaryRepository()
        let blob = try repo.hashObject(type: "blob", Data("x\n".utf8))
        try repo.git(["-c", "core.protectNTFS=false", "update-index", "--add", "--cacheinfo", "100644,\(blob),docs/.GIT. /x"])
        #expect {
            try Repository.open(at: repo.path).libgit2IndexEntries(file: nil)
        } throws: { error in
            guard case .unreadableIndex(let path, _) = error as? RepositoryError else { return false }
            let message = String(describing: error)
            return path.hasSuffix("/.git/index") && message.contains(path) && message.contains("git rm --cached") && message.contains("git reset")
        }
    }

    /// A repository that ignores case has libgit2 sort its index without regard to case: the
    /// snapshot keeps that order.
    @Test func anIndexThatIgnoresCaseIsSortedByLibgit2() throws {
        let repo = try TemporaryRepository()
        try repo.write("B.md", "b\n")
        try repo.write("a.md", "a\n")
        try repo.git("add", "B.md", "a.md")
        let repository = try Repository.open(at: repo.path)
        #expect(!repository.ignoresCase)
        try repo.git("config", "core.ignorecase", "true")
        let reopened = try Repository.open(at: repo.path)
        #expect(reopened.ignoresCase)
        #expect(try repo.snapshot(.index).displayNames == (try reopened.libgit2IndexEntries(file: nil)).map { String(decoding: $0.path, as: UTF8.self) })
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }
}
