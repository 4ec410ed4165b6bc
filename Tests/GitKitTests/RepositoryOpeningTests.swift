import Foundation
import GitKit
import Testing
import TestSupport

@Suite struct RepositoryOpeningTests {
    @Test func normalRepositoryOpensWithItsWorkTreeAndBranch() throws {
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        let id = try repo.commit("first")

        let repository = try repo.open()
        #expect(repository.facts.workTree == repo.path + "/")
        #expect(repository.facts.gitDirectory == repo.gitDirectory.path + "/")
        #expect(!repository.facts.isBare)
        #expect(!repository.facts.isShallow)
        #expect(!repository.facts.isHeadUnborn)
        #expect(!repository.facts.isHeadDetached)
        #expect(repository.facts.headBranch == "main")
        #expect(try repository.headCommit()?.id.hex == id)
    }

    @Test func repositoryIsDiscoveredFromASubdirectory() throws {
        let repo = try TemporaryRepository()
        try repo.write("docs/guide/index.md", "guide\n")
        try repo.commit("first")

        let repository = try Repository.open(at: repo.url.appendingPathComponent("docs/guide").path)
        #expect(repository.facts.workTree == repo.path + "/")
        let snapshot = try RepositorySnapshot(repository: repository, source: .commit(revision: "HEAD"))
        #expect(snapshot.displayNames == ["docs/guide/index.md"])
    }

    @Test func bareRepositoryOpensWithoutWorkTreeAndRefusesIndexAndWorkTreeSources() throws {
        let origin = try TemporaryRepository()
        try origin.write("README.md", "# demo\n")
        let id = try origin.commit("first")
        let bare = try TemporaryRepository(cloning: origin, arguments: ["--bare"])

        let repository = try bare.open()
        #expect(repository.facts.isBare)
        #expect(repository.facts.workTree == nil)
        #expect(try repository.commit(forRevision: "main").id.hex == id)
        #expect(try bare.snapshot(.commit(revision: "HEAD")).displayNames == ["README.md"])
        #expect(throws: RepositoryError.noWorkTree(source: "index")) { try bare.snapshot(.index) }
        #expect(throws: RepositoryError.noWorkTree(source: "work tree")) { try bare.snapshot(.worktree) }
    }

    @Test func folderOutsideAnyRepositoryIsNotARepository() throws {
        let repo = try TemporaryRepository()
        let plain = repo.root.appendingPathComponent("home").path
        #expect(throws: RepositoryError.notARepository(path: plain)) { try Repository.open(at: plain) }
        let missing = repo.root.appendingPathComponent("no/such/folder").path
        #expect(throws: RepositoryError.notARepository(path: missing)) { try Repository.open(at: missing) }
    }

    @Test func emptyRepositoryHasAnUnbornHeadButItsIndexCanBeListed() throws {
        let repo = try TemporaryRepository()
        try repo.write("LICENSE", "MIT\n")
        try repo.git("add", "LICENSE")

        let repository = try repo.open()
        #expect(repository.facts.isHeadUnborn)
        #expect(repository.facts.headBranch == "main")
        #expect(throws: RepositoryError.unbornHead(branch: "main")) { try repository.commit(forRevision: "HEAD") }
        #expect(throws: RepositoryError.unbornHead(branch: "main")) { try repo.snapshot(.commit(revision: "HEAD")) }
        #expect(try repository.headCommit() == nil)

        let index = try RepositorySnapshot(repository: repository, source: .index)
        #expect(index.commit == nil)
        #expect(index.displayNames == ["LICENSE"])
        #expect(try index.text("LICENSE") == "MIT\n")
        #expect(try repo.snapshot(.worktree).displayNames == ["LICENSE"])
    }

    @Test func orphanBranchIsAnUnbornHeadNamedAfterIt() throws {
        let repo = try TemporaryRepository()
        try repo.commit("first")
        try repo.git("checkout", "-q", "--orphan", "gh-pages")
        let repository = try repo.open()
        #expect(repository.facts.isHeadUnborn)
        #expect(throws: RepositoryError.unbornHead(branch: "gh-pages")) { try repository.commit(forRevision: "HEAD") }
        #expect(try repository.commit(forRevision: "main").summary == "first")
    }

    @Test func pathOfAFileInsideTheRepositoryOpensTheRepository() throws {
        let repo = try TemporaryRepository()
        try repo.write("docs/index.md", "docs\n")
        try repo.commit("first")
        #expect(try Repository.open(at: repo.url.appendingPathComponent("docs/index.md").path).facts.workTree == repo.path + "/")
    }

    @Test func repositoryOwnedByAnotherUserOpens() throws {
        guard geteuid() == 0 else {
            print("skipped repositoryOwnedByAnotherUserOpens: only root can give a repository to another user")
            return
        }
        let repo = try TemporaryRepository()
        try repo.write("README.md", "# demo\n")
        let id = try repo.commit("first")
        try repo.run("chown", "-R", "nobody", repo.path)

        // git itself refuses the repository now, so the test shows GitKit's policy, not a no-op.
        #expect(throws: TemporaryRepositoryError.self) { try repo.git("status") }
        let repository = try repo.open()
        #expect(try repository.commit(forRevision: "HEAD").id.hex == id)
        #expect(try repo.snapshot(.worktree).displayNames == ["README.md"])
    }

    @Test func corruptRepositoryReportsLibGit2CodeClassAndFunction() throws {
        let repo = try TemporaryRepository()
        try repo.commit("first")
        try Data("[core]\n\trepositoryformatversion = 99\n".utf8).write(to: repo.gitDirectory.appendingPathComponent("config"))

        let error = #expect(throws: RepositoryError.self) { try repo.open() }
        guard case .unreadable(let path, let gitError) = error else {
            Issue.record("expected .unreadable, got \(String(describing: error))")
            return
        }
        #expect(path == repo.path)
        #expect(gitError.code == .generic)
        #expect(gitError.errorClass == 6)  // GIT_ERROR_REPOSITORY
        #expect(gitError.function == "git_repository_open_ext")
    }
}
