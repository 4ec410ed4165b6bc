import Foundation
import GitKit
import Testing
import TestSupport

@Suite struct RevisionResolutionTests {
    /// Three commits on `main`, a lightweight tag `light` on the second, an annotated `v1.0` on
    /// the third, an annotated `tree-tag` of the third commit's tree, and a branch `topic`.
    private static func threeCommits() throws -> (repo: TemporaryRepository, ids: [String]) {
        let repo = try TemporaryRepository()
        var ids: [String] = []
        for number in 1...3 {
            try repo.write("file.txt", "version \(number)\n")
            ids.append(try repo.commit("commit \(number)"))
        }
        try repo.git("tag", "light", ids[1])
        try repo.tag("v1.0", message: "release 1.0")
        try repo.tag("tree-tag", message: "a tree", at: "HEAD^{tree}")
        try repo.git("branch", "topic", ids[0])
        return (repo, ids)
    }

    @Test(arguments: [
        ("HEAD", 2), ("@", 2), ("main", 2), ("topic", 0), ("light", 1), ("v1.0", 2), ("refs/tags/v1.0", 2),
        ("HEAD~2", 0), ("HEAD^", 1), ("v1.0^{commit}", 2), ("main@{0}", 2),
    ])
    func revisionNamesTheCommitGitNames(revision: String, commitNumber: Int) throws {
        let (repo, ids) = try Self.threeCommits()
        let repository = try repo.open()
        #expect(try repository.commit(forRevision: revision).id.hex == ids[commitNumber])
        #expect(try repo.revParse(revision + "^{commit}") == ids[commitNumber])
    }

    @Test func fullAndShortIdsNameTheirCommit() throws {
        let (repo, ids) = try Self.threeCommits()
        let repository = try repo.open()
        let commit = try repository.commit(forRevision: ids[1])
        #expect(commit.id.hex == ids[1])
        #expect(commit.id.short == String(ids[1].prefix(7)))
        #expect(try repository.commit(forRevision: String(ids[1].prefix(7))).id.hex == ids[1])
    }

    @Test func commitInfoCopiesAuthorCommitterSummaryAndParents() throws {
        let (repo, ids) = try Self.threeCommits()
        let commit = try repo.open().commit(forRevision: "HEAD~1")
        #expect(commit.id.hex == ids[1])
        #expect(commit.summary == "commit 2")
        #expect(commit.parentCount == 1)
        #expect(commit.author == Signature(name: "Ada Author", email: "ada@example.org", time: TemporaryRepository.time(ofDate: 2)))
        #expect(commit.committer == Signature(name: "Carl Committer", email: "carl@example.org", time: TemporaryRepository.time(ofDate: 2)))
        #expect(try repo.open().commit(forRevision: "HEAD~2").parentCount == 0)
    }

    @Test func detachedHeadResolvesToTheCheckedOutCommit() throws {
        let (repo, ids) = try Self.threeCommits()
        try repo.git("checkout", "-q", "--detach", ids[0])

        let repository = try repo.open()
        #expect(repository.facts.isHeadDetached)
        #expect(repository.facts.headBranch == nil)
        #expect(try repository.commit(forRevision: "HEAD").id.hex == ids[0])
        #expect(try repo.snapshot(.index).commit?.id.hex == ids[0])
    }

    @Test(arguments: ["nope", "HEAD~9", "refs/heads/nope"])
    func unknownRevisionIsNotFoundAndCarriesLibGit2Code(revision: String) throws {
        let (repo, _) = try Self.threeCommits()
        let error = #expect(throws: RepositoryError.self) { try repo.open().commit(forRevision: revision) }
        guard case .revisionNotFound(let named, let gitError) = error else {
            Issue.record("expected .revisionNotFound, got \(String(describing: error))")
            return
        }
        #expect(named == revision)
        #expect(gitError.code == .notFound)
        #expect(gitError.function == "git_revparse_single")
    }

    @Test(arguments: ["tree-tag", "HEAD^{tree}", "HEAD:file.txt", "v1.0^{tree}"])
    func revisionOfATreeOrBlobIsNotACommit(revision: String) throws {
        let (repo, _) = try Self.threeCommits()
        let error = #expect(throws: RepositoryError.self) { try repo.open().commit(forRevision: revision) }
        guard case .revisionNotACommit(let named, _) = error else {
            Issue.record("expected .revisionNotACommit, got \(String(describing: error))")
            return
        }
        #expect(named == revision)
        #expect(throws: RepositoryError.self) { try repo.snapshot(.commit(revision: revision)) }
    }

    @Test func prefixSharedByTwoObjectsIsAmbiguous() throws {
        let repo = try TemporaryRepository()
        try repo.commit("first")
        // These 600 blobs (fixed contents, so fixed ids) include two whose ids share four digits.
        let folder = repo.root.appendingPathComponent("blobs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        for number in 0..<600 {
            let file = folder.appendingPathComponent("\(number)")
            try Data("blob \(number)\n".utf8).write(to: file)
            paths.append(file.path)
        }
        let ids = try repo.git(["hash-object", "-w", "--stdin-paths"], input: Data(paths.joined(separator: "\n").utf8)).split(separator: "\n")
        var seen: Set<Substring> = []
        let prefix = try #require(ids.map { $0.prefix(4) }.first { !seen.insert($0).inserted })

        let error = #expect(throws: RepositoryError.self) { try repo.open().commit(forRevision: String(prefix)) }
        guard case .ambiguousRevision(let named, let gitError) = error else {
            Issue.record("expected .ambiguousRevision, got \(String(describing: error))")
            return
        }
        #expect(named == String(prefix))
        #expect(gitError.code == .ambiguous)
    }

    @Test func malformedRevisionCarriesTheInvalidSpecCode() throws {
        let (repo, _) = try Self.threeCommits()
        let error = #expect(throws: RepositoryError.self) { try repo.open().commit(forRevision: "HEAD@{") }
        guard case .revisionNotACommit(_, let gitError) = error else {
            Issue.record("expected .revisionNotACommit, got \(String(describing: error))")
            return
        }
        #expect(gitError.code == .invalidSpec)
        #expect(gitError.function == "git_revparse_single")
    }

    @Test func snapshotOfARevisionListsThatCommitsTree() throws {
        let (repo, ids) = try Self.threeCommits()
        try repo.write("added.txt", "later\n")
        try repo.commit("fourth")

        let old = try repo.snapshot(.commit(revision: "v1.0"))
        #expect(old.commit?.id.hex == ids[2])
        #expect(old.displayNames == ["file.txt"])
        #expect(try old.text("file.txt") == "version 3\n")
        #expect(try repo.snapshot(.commit(revision: "HEAD")).displayNames == ["added.txt", "file.txt"])
    }
}
