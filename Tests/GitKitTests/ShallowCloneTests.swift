import Foundation
import GitKit
import Testing
import TestSupport

@Suite struct ShallowCloneTests {
    /// A clone with `--depth 1` of a three-commit history; returns the clone and the origin's ids.
    private static func shallowClone() throws -> (clone: TemporaryRepository, origin: TemporaryRepository, ids: [String]) {
        let origin = try TemporaryRepository()
        var ids: [String] = []
        for number in 1...3 {
            try origin.write("file.txt", "version \(number)\n")
            ids.append(try origin.commit("commit \(number)"))
        }
        let clone = try TemporaryRepository(cloning: origin, arguments: ["--depth", "1"])
        return (clone, origin, ids)
    }

    @Test func shallowCloneIsShallowAndItsTipCanBeListed() throws {
        let (clone, _, ids) = try Self.shallowClone()
        let repository = try clone.open()
        #expect(repository.facts.isShallow)
        #expect(try repository.commit(forRevision: "HEAD").id.hex == ids[2])
        let snapshot = try clone.snapshot(.commit(revision: "HEAD"))
        #expect(snapshot.displayNames == ["file.txt"])
        #expect(try snapshot.text("file.txt") == "version 3\n")
    }

    @Test func historyOfAShallowCloneEndsAtTheShallowBoundary() throws {
        let origin = try TemporaryRepository()
        var ids: [String] = []
        for number in 1...4 {
            try origin.write("file.txt", "version \(number)\n")
            ids.append(try origin.commit("commit \(number)"))
        }
        let clone = try TemporaryRepository(cloning: origin, arguments: ["--depth", "2"])
        let repository = try clone.open()
        let tip = try repository.commit(forRevision: "HEAD").id
        #expect(try repository.history(from: tip, limit: 10).map(\.id.hex) == [ids[3], ids[2]])
        #expect(try repository.history(from: tip, limit: 1).map(\.id.hex) == [ids[3]])
    }

    @Test func commitBeyondTheShallowBoundaryIsReportedAsShallowHistory() throws {
        let (clone, origin, ids) = try Self.shallowClone()
        // A second, full repository yields an ObjectID for a commit the clone does not have.
        let old = try origin.open().commit(forRevision: ids[0]).id
        let repository = try clone.open()
        let tip = try repository.commit(forRevision: "HEAD").id

        let ancestorError = #expect(throws: RepositoryError.self) { try repository.isAncestor(old, of: tip) }
        guard case .shallowHistory(let gitError) = ancestorError else {
            Issue.record("expected .shallowHistory, got \(String(describing: ancestorError))")
            return
        }
        #expect(gitError.function == "git_graph_descendant_of")
        let countError = #expect(throws: RepositoryError.self) { try repository.commitCount(from: old, to: tip) }
        guard case .shallowHistory = countError else {
            Issue.record("expected .shallowHistory, got \(String(describing: countError))")
            return
        }
    }

    @Test func fullRepositoryReportsAnUnknownCommitAsAGitError() throws {
        let origin = try TemporaryRepository()
        try origin.commit("first")
        let unrelated = try TemporaryRepository()
        try unrelated.write("other.txt", "other\n")
        let stranger = try unrelated.open().commit(forRevision: try unrelated.commit("unrelated")).id
        let repository = try origin.open()
        let error = #expect(throws: RepositoryError.self) { try repository.isAncestor(stranger, of: repository.commit(forRevision: "HEAD").id) }
        guard case .git(let gitError) = error else {
            Issue.record("expected .git, got \(String(describing: error))")
            return
        }
        #expect(gitError.errorClass == 9)  // GIT_ERROR_ODB
        #expect(gitError.function == "git_graph_descendant_of")
    }
}
