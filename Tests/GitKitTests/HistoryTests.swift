import Foundation
import GitKit
import Testing
import TestSupport

@Suite struct HistoryTests {
    /// `main`: A ← B ← C; `side` branches from A with S1 ← S2, tagged `side-tag` (annotated).
    private static func branchedHistory() throws -> (repo: TemporaryRepository, ids: [String: String]) {
        let repo = try TemporaryRepository()
        var ids: [String: String] = [:]
        try repo.write("file.txt", "a\n")
        ids["A"] = try repo.commit("A")
        try repo.git("checkout", "-q", "-b", "side")
        try repo.write("side.txt", "1\n")
        ids["S1"] = try repo.commit("S1")
        try repo.write("side.txt", "2\n")
        ids["S2"] = try repo.commit("S2")
        try repo.tag("side-tag", message: "on the side branch")
        try repo.git("checkout", "-q", "main")
        try repo.write("file.txt", "b\n")
        ids["B"] = try repo.commit("B")
        try repo.write("file.txt", "c\n")
        ids["C"] = try repo.commit("C")
        return (repo, ids)
    }

    @Test func ancestryFollowsParents() throws {
        let (repo, ids) = try Self.branchedHistory()
        let repository = try repo.open()
        let id = { (name: String) in try repository.commit(forRevision: ids[name] ?? name).id }
        #expect(try repository.isAncestor(id("A"), of: id("C")))
        #expect(try repository.isAncestor(id("B"), of: id("C")))
        #expect(try repository.isAncestor(id("C"), of: id("C")))
        #expect(try !repository.isAncestor(id("C"), of: id("A")))
        #expect(try repository.isAncestor(id("A"), of: id("S2")))
        #expect(try !repository.isAncestor(id("S1"), of: id("C")))
    }

    @Test func tagOnASideBranchIsNotReachableFromMain() throws {
        let (repo, ids) = try Self.branchedHistory()
        let repository = try repo.open()
        let tag = try #require(try repository.tags().first { $0.name == "side-tag" })
        let tagged = try #require(tag.commit)
        #expect(tagged.hex == ids["S2"])
        let main = try repository.commit(forRevision: "main").id
        #expect(try !repository.isAncestor(tagged, of: main))
        #expect(try repository.isAncestor(tagged, of: repository.commit(forRevision: "side").id))
    }

    @Test func commitCountCountsWhatTheBaseLacks() throws {
        let (repo, _) = try Self.branchedHistory()
        let repository = try repo.open()
        let id = { (revision: String) in try repository.commit(forRevision: revision).id }
        for (base, tip) in [("main~2", "main"), ("side-tag", "main"), ("main", "side-tag"), ("main", "main"), ("main", "main~2")] {
            let expected = Int(try repo.git("rev-list", "--count", "\(base)..\(tip)").trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(try repository.commitCount(from: id(base), to: id(tip)) == expected, "\(base)..\(tip)")
        }
        #expect(try repository.commitCount(from: id("main~2"), to: id("main")) == 2)
    }

    @Test func historyWalksNewestFirstUpToTheLimit() throws {
        let (repo, ids) = try Self.branchedHistory()
        let repository = try repo.open()
        let tip = try repository.commit(forRevision: "main").id
        #expect(try repository.history(from: tip, limit: 10).map(\.id.hex) == [ids["C"], ids["B"], ids["A"]])
        #expect(try repository.history(from: tip, limit: 2).map(\.summary) == ["C", "B"])
    }

    @Test func remotesHaveNamesAndURLs() throws {
        let repo = try TemporaryRepository()
        try repo.commit("first")
        try repo.git("remote", "add", "upstream", "https://gitlab.example.org/group/project.git")
        try repo.git("remote", "add", "origin", "git@github.com:someone/project.git")
        let remotes = try repo.open().remotes()
        #expect(remotes.map(\.name) == ["origin", "upstream"])
        #expect(remotes.map(\.url) == ["git@github.com:someone/project.git", "https://gitlab.example.org/group/project.git"])
    }

    @Test func repositoryWithoutRemotesHasNone() throws {
        let repo = try TemporaryRepository()
        #expect(try repo.open().remotes().isEmpty)
    }
}
