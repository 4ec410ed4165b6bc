import GitKit
@testable import OSSRLintKit
import Testing
import TestSupport

/// One example of one check kind, as a test case argument.
struct CheckExampleCase: Sendable, CustomTestStringConvertible {
    var kind: String
    var example: CheckExample

    var testDescription: String { "\(kind): \(example.title) → \(example.expected.rawValue)" }

    static let all: [CheckExampleCase] = CheckRegistry.kinds.flatMap { kind in
        kind.examples.map { CheckExampleCase(kind: kind.id, example: $0) }
    }
}

@Suite struct CheckExampleTests {
    /// Builds the example's repository for real (its files on one commit, its tags lightweight
    /// on that commit), configures the kind through a rule file with the example's options, and
    /// expects the documented verdict.
    @Test(arguments: CheckExampleCase.all)
    func everyDocumentedExampleGivesItsVerdict(_ testCase: CheckExampleCase) throws {
        let example = testCase.example
        let repository = try TemporaryRepository()
        try repository.write(example.files)
        let committedAt = repository.nextCommitTime
        try repository.commit("Example: \(example.title)")
        for tag in example.tags { try repository.tag(tag) }

        let rule = try RuleSetFixture.rule(check: testCase.kind, options: example.options)
        let snapshot = try RepositorySnapshot(path: repository.path, source: .commit(revision: "HEAD"))
        let context = CheckContext(snapshot: snapshot, now: committedAt + Int64(example.ageInDays) * 86_400)
        let outcome = rule.check.evaluate(in: context)

        #expect(outcome.status == example.expected, "\(outcome.message) \(outcome.evidence)")
        #expect(!outcome.message.isEmpty)
    }

    /// A kind reads tags exactly when its examples need tags: a run reads the tags early only
    /// for rule sets with such a kind (`CheckKind.readsTags`), so a kind that reads them must
    /// say so, and one that says so must show it.
    @Test func theKindsThatReadTagsAreTheOnesWhoseExamplesHaveTags() throws {
        for kind in CheckRegistry.kinds {
            #expect(kind.readsTags == kind.examples.contains { !$0.tags.isEmpty }, "\(kind.id)")
        }
        #expect(try RuleSetLoader().load("ossr").readsTags, "the OSSR profile has release rules")
    }

    @Test(arguments: CheckRegistry.kinds.map { $0.id })
    func everyKindDocumentsAPassingAndAFailingExample(_ kind: String) throws {
        let examples = try #require(CheckRegistry.kind(named: kind)).examples
        #expect(examples.contains { $0.expected == .pass }, "'\(kind)' has no passing example")
        #expect(examples.contains { $0.expected == .fail }, "'\(kind)' has no failing example")
    }

    @Test func checkKindIDsAreUniqueAndKebabCase() {
        let ids = CheckRegistry.kinds.map { $0.id }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy(RuleSpec.isKebabCase))
        #expect(ids.count == 20)
    }

    @Test func exampleTitlesAreUniqueWithinAKind() {
        for kind in CheckRegistry.kinds {
            let titles = kind.examples.map(\.title)
            #expect(Set(titles).count == titles.count, "'\(kind.id)' repeats an example title")
        }
    }
}
