import Foundation
import GitKit
import Testing
import TestSupport

@Suite struct DamagedRepositoryTests {
    @Test(arguments: [SnapshotSource.commit(revision: "HEAD"), .index])
    func missingBlobIsListedButCannotBeRead(source: SnapshotSource) throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        try repo.write("LICENSE", "MIT\n")
        try repo.commit("first")
        let blob = try repo.revParse("HEAD:LICENSE")
        try FileManager.default.removeItem(at: repo.looseObjectURL(blob))

        let snapshot = try repo.snapshot(source)
        #expect(snapshot.displayNames == ["LICENSE", "README.md"])
        #expect(snapshot.diagnostics.isEmpty)
        let licence = try #require(snapshot.entry("LICENSE"))
        #expect(licence.objectID?.hex == blob)
        let missing = SnapshotReadError.missingObject(path: GitPath("LICENSE"), id: try #require(licence.objectID))
        #expect(throws: missing) { try snapshot.size(of: licence) }
        #expect(throws: missing) { try snapshot.content(of: licence) }
        #expect(try snapshot.text("README.md") == "# demo\n")
    }

    /// A tree written out of order (git itself never writes one) still has every entry found by
    /// path; a well-formed one is looked up by binary search, this one through a dictionary.
    @Test func entriesOfATreeWrittenOutOfOrderAreFoundByPath() throws {
        let repo = try TemporaryRepository()
        let blob = try repo.hashObject(type: "blob", Data("x\n".utf8))
        let id = Data(stride(from: 0, to: blob.count, by: 2).map { offset in
            let start = blob.index(blob.startIndex, offsetBy: offset)
            return UInt8(blob[start..<blob.index(start, offsetBy: 2)], radix: 16) ?? 0
        })
        var tree = Data()
        for name in ["z.txt", "b.txt", "a.txt"] {
            tree.append(Data("100644 \(name)\0".utf8))
            tree.append(id)
        }
        let treeID = try repo.hashObject(type: "tree", tree)
        let commit = try repo.git("commit-tree", treeID, "-m", "unsorted").trimmingCharacters(in: .whitespacesAndNewlines)
        let snapshot = try repo.snapshot(.commit(revision: commit))
        #expect(snapshot.displayNames == ["z.txt", "b.txt", "a.txt"])
        for name in ["a.txt", "b.txt", "z.txt"] {
            #expect(snapshot.entry(name)?.path == GitPath(name), "\(name)")
        }
        #expect(snapshot.entry("c.txt") == nil)
    }

    @Test func sortedEntriesAreFoundByPathAtEveryPosition() throws {
        let repo = try TemporaryRepository()
        let names = ["a-b", "a.txt", "a/c", "a/d/e", "a0", "b", "z/\u{e9}"]
        try repo.write(Dictionary(uniqueKeysWithValues: names.map { ($0, "\($0)\n") }))
        try repo.commit("sorted")
        let snapshot = try repo.snapshot(.commit(revision: "HEAD"))
        #expect(snapshot.displayNames.count == names.count)
        for name in names {
            #expect(snapshot.entry(name)?.path == GitPath(name), "\(name)")
        }
        for absent in ["", "0", "a", "a/", "a/c/x", "a/d", "zz", "~"] {
            #expect(snapshot.entry(absent) == nil, "\(absent)")
        }
    }

    @Test func missingTreeBecomesADiagnosticOnItsDirectory() throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        try repo.write("docs/guide/index.md", "guide\n")
        try repo.write("docs/conf.py", "project = 'demo'\n")
        try repo.write("src/main.c", "int main(void) { return 0; }\n")
        try repo.commit("first")
        let tree = try repo.revParse("HEAD:docs/guide")
        try FileManager.default.removeItem(at: repo.looseObjectURL(tree))

        let snapshot = try repo.snapshot(.commit(revision: "HEAD"))
        #expect(snapshot.displayNames == ["README.md", "docs/conf.py", "src/main.c"])
        #expect(snapshot.diagnostics.count == 1)
        let diagnostic = try #require(snapshot.diagnostics.first)
        #expect(diagnostic.kind == .missingObject)
        #expect(diagnostic.path == GitPath("docs/guide"))
        #expect(diagnostic.message.contains(String(tree.prefix(7))))
    }

    @Test func missingRootTreeBecomesADiagnosticOnTheRoot() throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        try repo.commit("first")
        try FileManager.default.removeItem(at: repo.looseObjectURL(try repo.revParse("HEAD^{tree}")))

        let snapshot = try repo.snapshot(.commit(revision: "HEAD"))
        #expect(snapshot.entries.isEmpty)
        #expect(snapshot.diagnostics.map(\.kind) == [.missingObject])
        #expect(snapshot.diagnostics.first?.path == GitPath(bytes: []))
    }

    @Test func mergeConflictIsADiagnosticAndTheSnapshotKeepsOurSide() throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "base\n")
        try repo.write("LICENSE", "MIT\n")
        try repo.commit("base")
        try repo.git("checkout", "-q", "-b", "theirs")
        try repo.write("README.md", "theirs\n")
        try repo.commit("theirs")
        try repo.git("checkout", "-q", "main")
        try repo.write("README.md", "ours\n")
        try repo.commit("ours")
        #expect(throws: TemporaryRepositoryError.self) { try repo.git("merge", "-q", "theirs") }
        let ours = try repo.git("ls-files", "-s", "README.md").split(separator: "\n").first { $0.contains(" 2\t") }

        for source in [SnapshotSource.index, .worktree] {
            let snapshot = try repo.snapshot(source)
            #expect(snapshot.displayNames == ["LICENSE", "README.md"], "\(source)")
            #expect(snapshot.diagnostics.map(\.kind) == [.conflict], "\(source)")
            #expect(snapshot.diagnostics.first?.path == GitPath("README.md"), "\(source)")
        }
        let index = try repo.snapshot(.index)
        #expect(ours?.contains(try #require(index.entry("README.md")?.objectID?.hex)) == true)
        #expect(try index.text("README.md") == "ours\n")
    }
}
