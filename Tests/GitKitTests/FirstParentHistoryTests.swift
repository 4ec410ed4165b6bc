import Foundation
import GitKit
import Testing
import TestSupport

/// `firstParentHistory` walks a branch's own commits, as `git log --first-parent` does.
@Suite struct FirstParentHistoryTests {
    @Test func aMergedBranchsCommitsAreLeftOutAndTheWalkStopsAtTheLimitOrTheRoot() throws {
        let repo = try TemporaryRepository()
        try repo.commit("one", files: ["a": "1\n"])
        try repo.commit("two", files: ["a": "2\n"])
        try repo.branch("side")
        try repo.commit("side one", files: ["b": "1\n"])
        try repo.commit("side two", files: ["b": "2\n"])
        try repo.checkout("main")
        try repo.commit("three", files: ["a": "3\n"])
        try repo.git("merge", "--quiet", "--no-ff", "--no-edit", "side")
        try repo.commit("four", files: ["a": "4\n"])
        let expected = try repo.git("rev-list", "--first-parent", "HEAD").split(separator: "\n").map(String.init)
        #expect(expected.count == 5)

        let repository = try repo.open()
        let head = try #require(try repository.headCommit())
        #expect(try repository.firstParentHistory(from: head.id, limit: 100).map(\.id.hex) == expected)
        #expect(try repository.firstParentHistory(from: head.id, limit: 2).map(\.id.hex) == Array(expected.prefix(2)))
        #expect(try repository.firstParentHistory(from: head.id, limit: 100).map(\.summary).contains("side two") == false)
    }

    @Test func aShallowCloneEndsAtItsBoundary() throws {
        let origin = try TemporaryRepository()
        for number in 1...4 { try origin.commit("commit \(number)", files: ["a": "\(number)\n"]) }
        let clone = try TemporaryRepository(cloning: origin, arguments: ["--depth", "2"])
        let repository = try clone.open()
        let head = try #require(try repository.headCommit())
        #expect(try repository.firstParentHistory(from: head.id, limit: 10).map(\.summary) == ["commit 4", "commit 3"])
    }
}
