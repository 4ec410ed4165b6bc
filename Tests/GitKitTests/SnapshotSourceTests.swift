import Foundation
import GitKit
import Testing
import TestSupport

@Suite struct SnapshotSourceTests {
    /// A committed `src/main.c`, then: a staged `LICENSE`, an untracked `README.md`, an ignored
    /// `build.log` (`.gitignore`) and an ignored `secret.txt` (`.git/info/exclude`).
    private static func stagedUntrackedAndIgnored() throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        try repo.write("src/main.c", "int main(void) { return 0; }\n")
        try repo.write(".gitignore", "*.log\n")
        try repo.commit("code")
        try repo.write("LICENSE", "MIT\n")
        try repo.git("add", "LICENSE")
        try repo.write("README.md", "# demo\n")
        try repo.write("build.log", "noise\n")
        try repo.write("secret.txt", "hunter2\n")
        try repo.write(".git/info/exclude", "secret.txt\n")
        return repo
    }

    @Test func stagedLicenceIsSeenByIndexAndWorkTreeButNotByTheCommit() throws {
        let repo = try Self.stagedUntrackedAndIgnored()
        #expect(try repo.snapshot(.commit(revision: "HEAD")).displayNames == [".gitignore", "src/main.c"])
        #expect(try repo.snapshot(.index).displayNames == [".gitignore", "LICENSE", "src/main.c"])
        #expect(try repo.snapshot(.worktree).displayNames == [".gitignore", "LICENSE", "README.md", "src/main.c"])
    }

    @Test func sourcesListWhatGitLists() throws {
        let repo = try Self.stagedUntrackedAndIgnored()
        let lines = { (output: String) in output.split(separator: "\n").map(String.init).sorted() }
        #expect(try repo.snapshot(.commit(revision: "HEAD")).displayNames == lines(try repo.git("ls-tree", "-r", "--name-only", "HEAD")))
        #expect(try repo.snapshot(.index).displayNames == lines(try repo.git("ls-files")))
        #expect(try repo.snapshot(.worktree).displayNames == lines(try repo.git("ls-files", "--cached", "--others", "--exclude-standard")))
    }

    @Test func ignoredFilesAreSeenByNoSource() throws {
        let repo = try Self.stagedUntrackedAndIgnored()
        for source in [SnapshotSource.commit(revision: "HEAD"), .index, .worktree] {
            let snapshot = try repo.snapshot(source)
            #expect(snapshot.entry("build.log") == nil, "\(source)")
            #expect(snapshot.entry("secret.txt") == nil, "\(source)")
        }
    }

    @Test func untrackedFilesInUntrackedFoldersAreListedOneByOne() throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        try repo.commit("first")
        try repo.write("docs/api/index.md", "api\n")
        try repo.write("docs/tool.sh", "#!/bin/sh\n", executable: true)
        try repo.symlink("docs/latest", to: "api")

        let snapshot = try repo.snapshot(.worktree)
        #expect(snapshot.displayNames == ["README.md", "docs/api/index.md", "docs/latest", "docs/tool.sh"])
        #expect(snapshot.entry("docs/tool.sh")?.kind == .executable)
        #expect(snapshot.entry("docs/latest")?.kind == .symlink)
        #expect(snapshot.entry("docs/api/index.md")?.objectID == nil)
    }

    @Test func fileDeletedFromTheWorkTreeIsOnlyInTheIndexAndTheCommit() throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        try repo.write("CITATION.cff", "cff-version: 1.2.0\n")
        try repo.commit("first")
        try repo.delete("CITATION.cff")

        #expect(try repo.snapshot(.commit(revision: "HEAD")).displayNames == ["CITATION.cff", "README.md"])
        #expect(try repo.snapshot(.index).displayNames == ["CITATION.cff", "README.md"])
        #expect(try repo.snapshot(.worktree).displayNames == ["README.md"])
    }

    @Test func eachSourceReadsItsOwnVersionOfAModifiedFile() throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "committed\n")
        try repo.commit("first")
        try repo.write("README.md", "staged\n")
        try repo.git("add", "README.md")
        try repo.write("README.md", "on disk, longer\n")

        let commit = try repo.snapshot(.commit(revision: "HEAD"))
        let index = try repo.snapshot(.index)
        let worktree = try repo.snapshot(.worktree)
        #expect(try commit.text("README.md") == "committed\n")
        #expect(try index.text("README.md") == "staged\n")
        #expect(try worktree.text("README.md") == "on disk, longer\n")
        #expect(try worktree.size(of: #require(worktree.entry("README.md"))) == 16)
        #expect(try index.size(of: #require(index.entry("README.md"))) == 7)
        #expect(index.entry("README.md")?.objectID?.hex == (try repo.revParse(":README.md")))
        #expect(worktree.entry("README.md")?.objectID == nil)
    }

    @Test func workTreeFileDeletedAfterListingIsUnreadable() throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        try repo.commit("first")
        let snapshot = try repo.snapshot(.worktree)
        try repo.delete("README.md")
        let entry = try #require(snapshot.entry("README.md"))
        let error = #expect(throws: SnapshotReadError.self) { try snapshot.content(of: entry) }
        guard case .unreadable(let path, _) = error else {
            Issue.record("expected .unreadable, got \(String(describing: error))")
            return
        }
        #expect(path == GitPath("README.md"))
        #expect(throws: SnapshotReadError.self) { try snapshot.size(of: entry) }
    }

    @Test func fileReplacedBySymlinkInTheWorkTreeIsASymlinkThere() throws {
        let repo = try TemporaryRepository()
        try repo.write("LICENSE", "MIT\n")
        try repo.write("COPYING", "MIT\n")
        try repo.commit("first")
        try repo.delete("COPYING")
        try repo.symlink("COPYING", to: "LICENSE")

        #expect(try repo.snapshot(.index).entry("COPYING")?.kind == .file)
        let worktree = try repo.snapshot(.worktree)
        #expect(worktree.entry("COPYING")?.kind == .symlink)
        #expect(try worktree.text("COPYING") == "LICENSE")
    }

    @Test func fileMadeExecutableOnDiskIsExecutableOnlyInTheWorkTree() throws {
        let repo = try TemporaryRepository()
        try repo.write("build.sh", "#!/bin/sh\n")
        try repo.commit("first")
        try repo.run("chmod", "+x", repo.url.appendingPathComponent("build.sh").path)

        #expect(try repo.snapshot(.commit(revision: "HEAD")).entry("build.sh")?.kind == .file)
        #expect(try repo.snapshot(.index).entry("build.sh")?.kind == .file)
        #expect(try repo.snapshot(.worktree).entry("build.sh")?.kind == .executable)
    }

    @Test func executableBitIsIgnoredWhenTheRepositoryIgnoresFileModes() throws {
        let repo = try TemporaryRepository()
        try repo.write("build.sh", "#!/bin/sh\n")
        try repo.commit("first")
        try repo.git("config", "core.fileMode", "false")
        try repo.run("chmod", "+x", repo.url.appendingPathComponent("build.sh").path)
        try repo.write("build.sh", "#!/bin/sh\nmake\n", executable: true)

        #expect(try repo.git("status", "--porcelain") == " M build.sh\n")
        #expect(try repo.snapshot(.worktree).entry("build.sh")?.kind == .file)
    }

    @Test func intentToAddFileIsInTheWorkTreeButNotInTheIndex() throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        try repo.commit("first")
        try repo.write("NOTES.md", "later\n")
        try repo.git("add", "-N", "NOTES.md")

        #expect(try repo.snapshot(.index).displayNames == ["README.md"])
        #expect(try repo.snapshot(.worktree).displayNames == ["NOTES.md", "README.md"])
    }

    @Test func indexAndWorkTreeSnapshotsRecordHeadAsTheirBase() throws {
        let repo = try TemporaryRepository()
        let id = try repo.commit("first")
        #expect(try repo.snapshot(.index).commit?.id.hex == id)
        #expect(try repo.snapshot(.worktree).commit?.id.hex == id)
    }

    @Test func snapshotEntryLookupIsByExactPath() throws {
        let repo = try TemporaryRepository()
        try repo.write("docs/index.md", "docs\n")
        try repo.commit("first")
        let snapshot = try repo.snapshot(.commit(revision: "HEAD"))
        #expect(snapshot.entry("docs/index.md") != nil)
        #expect(snapshot.entry("docs") == nil)
        #expect(snapshot.entry("DOCS/index.md") == nil)
    }
}
