import Foundation
@testable import GitKit
import Testing
import TestSupport

/// Which commits a history holds, read from the packs' commit objects, is what libgit2's
/// revision walk finds: across branches and merges, and past an octopus merge whose parent
/// lines run beyond the first bytes read; a commit not in a pack leaves the walk to libgit2.
@Suite struct PackedHistoryWalkTests {
    @Test func theWalkThroughThePacksFindsWhatLibgit2Finds() throws {
        let repository = try TemporaryRepository()
        try repository.commit("one", files: ["a.txt": "1\n"])
        try repository.branch("side")
        try repository.commit("side one", files: ["side.txt": "s\n"])
        let sideOnly = try repository.commitID()
        try repository.checkout("main")
        try repository.commit("two", files: ["a.txt": "2\n"])
        // Ten branches merged at once: eleven parent lines, past the first 512 bytes.
        var branches: [String] = []
        for number in 0..<10 {
            try repository.branch("b\(number)", from: "main")
            try repository.commit("b\(number)", files: ["b\(number).txt": "\(number)\n"])
            try repository.checkout("main")
            branches.append("b\(number)")
        }
        try repository.git(["merge", "--quiet", "--no-edit", "-m", "octopus"] + branches)
        try repository.git(["pack-objects", "--all", "--quiet", ".git/objects/pack/pack"], input: Data())
        try repository.git("prune-packed")

        let opened = try Repository.open(at: repository.path)
        let head = try #require(try opened.headCommit()).id
        let every = try repository.git("rev-list", "--all").split(separator: "\n").compactMap { ObjectID(hex: String($0)) }
        #expect(every.count == 14)
        let targets = Set(every)
        let throughPacks = try #require(opened.reachableThroughPacks(targets, from: head))
        #expect(throughPacks == (try opened.reachableByRevisionWalk(targets, from: head)))
        #expect(throughPacks.count == 13)
        let sideID = try #require(ObjectID(hex: sideOnly))
        #expect(!throughPacks.contains(sideID), "a commit only on another branch is not in the history")

        // A commit made since the packing is loose: libgit2 walks.
        try repository.commit("loose", files: ["a.txt": "3\n"])
        let reopened = try Repository.open(at: repository.path)
        let newHead = try #require(try reopened.headCommit()).id
        #expect(reopened.reachableThroughPacks(targets, from: newHead) == nil)
        #expect(try reopened.reachable(targets, from: newHead) == (try reopened.reachableByRevisionWalk(targets, from: newHead)))
    }
}
