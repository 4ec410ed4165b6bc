import Foundation
import GitKit
import Testing
import TestSupport

/// A repository that keeps what it read between revisions (`shareObjectsBetweenRevisions`, as
/// a history does) lists and reads every revision exactly as one that reads the object
/// database each time, and reads what the revisions share only once.
@Suite struct SharedObjectsTests {
    /// Five releases that share most of their trees: one folder at two paths (one tree object
    /// twice in a revision), a symlink, an executable, a submodule; each later release changes a
    /// deep file, adds one, deletes one or moves a folder.
    private static func makeReleases() throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        var files: [String: String] = ["README.md": "# demo\n", "x-": "a\n", "x.txt": "b\n", "x/y": "c\n"]
        for package in 0..<6 {
            for module in 0..<4 { files["src/pkg\(package)/mod\(module)/code.py"] = "value = \(package * 10 + module)\n" }
        }
        files["a/lib/shared.py"] = "shared = True\n"
        files["b/lib/shared.py"] = "shared = True\n"
        try repo.commit("v1", files: files)
        try repo.symlink("src/pkg0/link", to: "mod0/code.py")
        try repo.write("src/pkg1/run.sh", "#!/bin/sh\n", executable: true)
        _ = try repo.nestRepository(in: "vendor/module")
        try repo.commit("v1 extras")
        try repo.tag("v1.0.0")
        try repo.commit("a deep change", files: ["src/pkg2/mod3/code.py": "value = 99\n"])
        try repo.tag("v1.1.0", annotated: true)
        try repo.commit("a new file", files: ["src/pkg4/mod0/new.py": "new = 1\n"])
        try repo.tag("v1.2.0")
        try repo.delete("src/pkg5/mod1/code.py")
        try repo.commit("a file deleted")
        try repo.tag("v1.3.0")
        try repo.git("mv", "src/pkg3", "src/pkg9")
        try repo.commitStaged("a folder moved")
        try repo.tag("v2.0.0")
        return repo
    }

    private static let tags = ["v1.0.0", "v1.1.0", "v1.2.0", "v1.3.0", "v2.0.0"]

    /// Everything a caller can learn of a snapshot: entries (with their positions), diagnostics,
    /// sizes asked for together and one by one, whole contents and prefixes.
    private struct Reading: Equatable {
        var entries: [SnapshotEntry]
        var diagnostics: [SnapshotDiagnostic]
        var sizes: [Int?]
        var oneByOne: [Int?]
        var contents: [Data?]
        var prefixes: [Data?]

        init(_ snapshot: RepositorySnapshot) {
            entries = snapshot.entries
            diagnostics = snapshot.diagnostics
            sizes = snapshot.sizes(of: snapshot.entries)
            oneByOne = snapshot.entries.map { try? snapshot.size(of: $0) }
            // Prefixes first, so that a whole content asked for later is not simply the prefix
            // remembered.
            prefixes = snapshot.entries.map { try? snapshot.content(of: $0, limit: 3) }
            contents = snapshot.entries.map { try? snapshot.content(of: $0) }
        }
    }

    @Test(arguments: [256 << 20, 2 << 10])
    func everyRevisionReadsAsWithoutSharing(memoryLimit: Int) throws {
        let repo = try Self.makeReleases()
        let shared = try repo.open()
        shared.shareObjectsBetweenRevisions(memoryLimit: memoryLimit)
        // Forwards then backwards: each revision is met both with a cold and with a warm cache.
        for tag in Self.tags + Self.tags.reversed() {
            let sharing = Reading(try RepositorySnapshot(repository: shared, source: .commit(revision: tag)))
            let fresh = Reading(try repo.snapshot(.commit(revision: tag)))
            #expect(sharing == fresh, "\(tag)")
            #expect(fresh.entries.count > 20 && fresh.diagnostics.isEmpty)
        }
    }

    @Test func aMissingSubtreeIsTheSameDiagnosticWhenSharing() throws {
        let repo = try Self.makeReleases()
        for path in ["src/pkg1/mod2", "a/lib"] { try FileManager.default.removeItem(at: repo.looseObjectURL(try repo.revParse("v1.1.0:" + path))) }
        let shared = try repo.open()
        shared.shareObjectsBetweenRevisions()
        for tag in Self.tags {
            let sharing = Reading(try RepositorySnapshot(repository: shared, source: .commit(revision: tag)))
            let fresh = Reading(try repo.snapshot(.commit(revision: tag)))
            #expect(sharing == fresh, "\(tag)")
            // `a/lib` and `b/lib` are one tree object: both are missing, at both paths.
            #expect(fresh.diagnostics.map(\.path.displayName).sorted() == ["a/lib", "b/lib", "src/pkg1/mod2"], "\(tag)")
        }
    }

    /// Once a revision is read, the trees and files a later one shares with it come from
    /// memory: here they are deleted from the object database in between, and the later
    /// revision still reads whole, where a fresh repository finds them missing.
    @Test func whatRevisionsShareIsReadOnce() throws {
        let repo = try Self.makeReleases()
        let shared = try repo.open()
        shared.shareObjectsBetweenRevisions()
        let first = try RepositorySnapshot(repository: shared, source: .commit(revision: "v1.0.0"))
        _ = Reading(first)
        let unchangedTree = try repo.revParse("v1.1.0:src/pkg0")
        let unchangedBlob = try repo.revParse("v1.1.0:README.md")
        #expect(try unchangedTree == repo.revParse("v1.0.0:src/pkg0"))
        #expect(try unchangedBlob == repo.revParse("v1.0.0:README.md"))
        for id in [unchangedTree, unchangedBlob] { try FileManager.default.removeItem(at: repo.looseObjectURL(id)) }

        let later = try RepositorySnapshot(repository: shared, source: .commit(revision: "v1.1.0"))
        #expect(later.diagnostics.isEmpty)
        #expect(later.displayNames.contains("src/pkg0/mod0/code.py"))
        #expect(try later.text("README.md") == "# demo\n")
        let fresh = try repo.snapshot(.commit(revision: "v1.1.0"))
        #expect(fresh.diagnostics.map(\.path.displayName) == ["src/pkg0"])
        #expect(throws: SnapshotReadError.self) { try fresh.text("README.md") }
    }

    /// The tags are read once a run: each revision is judged against the same tags.
    @Test func theTagsAreReadOnceARun() throws {
        let repo = try Self.makeReleases()
        let shared = try repo.open()
        shared.shareObjectsBetweenRevisions()
        let first = try shared.tagListing()
        #expect(first == (try repo.open().tagListing()))
        #expect(first.tags.map(\.name) == Self.tags)
        try repo.tag("v3.0.0")
        #expect(try shared.tagListing() == first)
        #expect(try repo.open().tags().map(\.name) == Self.tags + ["v3.0.0"])
    }
}
