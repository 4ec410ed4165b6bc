import Foundation
import GitKit
import Testing
import TestSupport

/// A commit's tree is listed on two threads once it has more subtrees than the top of the
/// listing takes (64); the result must be git's, in git's order, whichever thread read what.
@Suite struct TreeListingTests {
    /// 120 folders under `base`, most with subfolders, and names that sort around `/`: `x-`,
    /// `x.txt` and `x/` in that order, upper case before lower, bytes above ASCII last. At the
    /// root, the 120 are shared at once; under `src/`, the top of the listing reads the root's
    /// folders itself first.
    private static func makeLargeTree(under base: String) throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        var files: [String: String] = ["README.md": "# demo\n", "x-": "a\n", "x.txt": "b\n", "x/y": "c\n", "Z": "d\n", "é/f": "e\n"]
        for folder in 0..<120 {
            let name = folder % 3 == 0 ? "pkg\(folder)" : "Pkg-\(folder).d"
            files["\(base)\(name)/top.py"] = "\(folder)\n"
            for sub in 0..<(folder % 4) {
                files["\(base)\(name)/sub\(sub)/deep/leaf \(sub).txt"] = "\(folder) \(sub)\n"
                files["\(base)\(name)/sub\(sub).txt"] = "\(sub)\n"
            }
        }
        try repo.commit("large tree", files: files)
        try repo.symlink(base + "pkg0/link", to: "top.py")
        try repo.write(base + "pkg3/run.sh", "#!/bin/sh\n", executable: true)
        // Submodules (gitlinks) at the root and deep in a subtree left to the threads.
        _ = try repo.nestRepository(in: "module")
        _ = try repo.nestRepository(in: base + "pkg6/sub1/vendored")
        try repo.commit("link, script and submodules")
        return repo
    }

    /// `git ls-tree -r -z HEAD`'s paths (raw bytes), modes and object ids.
    private static func gitListing(of repo: TemporaryRepository) throws -> [(path: [UInt8], mode: String, id: String)] {
        try repo.git("ls-tree", "-r", "-z", "HEAD").split(separator: "\0").map { line in
            let fields = line.split(separator: "\t", maxSplits: 1)
            let header = fields[0].split(separator: " ")
            return (Array(fields[1].utf8), String(header[0]), String(header[2]))
        }
    }

    @Test(arguments: ["", "src/"])
    func aLargeTreeIsListedAsGitListsIt(base: String) throws {
        let repo = try Self.makeLargeTree(under: base)
        let expected = try Self.gitListing(of: repo)
        #expect(expected.count > 300)
        #expect(expected.filter { $0.mode == "160000" }.count == 2)
        let snapshot = try repo.snapshot(.commit(revision: "HEAD"))
        #expect(snapshot.entries.map { Array($0.path.bytes) } == expected.map(\.path))
        let modes: [EntryKind: String] = [.file: "100644", .executable: "100755", .symlink: "120000", .submodule: "160000"]
        #expect(snapshot.entries.map { modes[$0.kind] ?? "?" } == expected.map(\.mode))
        #expect(snapshot.entries.map { $0.objectID?.hex ?? "" } == expected.map(\.id))
        #expect(snapshot.diagnostics.isEmpty)
    }

    @Test(arguments: ["", "src/"])
    func missingSubtreesAtEveryDepthAreReportedInPathOrder(base: String) throws {
        let repo = try Self.makeLargeTree(under: base)
        let complete = try Self.gitListing(of: repo)
        // Under `src/`, `x` is met by the top of the listing; the others are left to the threads.
        let missing = [base + "Pkg-1.d/sub0", base + "pkg99/sub2/deep", "x"].sorted()
        for path in missing { try FileManager.default.removeItem(at: repo.looseObjectURL(try repo.revParse("HEAD:" + path))) }
        let snapshot = try repo.snapshot(.commit(revision: "HEAD"))
        #expect(snapshot.diagnostics.map(\.path.displayName) == missing)
        #expect(snapshot.diagnostics.allSatisfy { $0.kind == .missingObject })
        let expected = complete.map(\.path).filter { path in
            !missing.contains { path.starts(with: Array(($0 + "/").utf8)) }
        }
        #expect(snapshot.entries.map { Array($0.path.bytes) } == expected)
    }
}
