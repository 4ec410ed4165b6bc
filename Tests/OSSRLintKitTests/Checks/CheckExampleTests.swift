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
    /// Builds the example's facts in memory, through the collector and with the needs the
    /// configured check declares (so a check that forgets a need fails here), configures the
    /// kind through a rule file with the example's options, and expects the documented verdict.
    @Test(arguments: CheckExampleCase.all)
    func everyDocumentedExampleGivesItsVerdict(_ testCase: CheckExampleCase) throws {
        let example = testCase.example
        let rule = try RuleSetFixture.rule(check: testCase.kind, options: example.options)
        let outcome = rule.check.evaluate(example.facts(needs: rule.check.needs))
        #expect(outcome.status == example.expected, "\(outcome.message) \(outcome.evidence)")
        #expect(!outcome.message.isEmpty)
    }

    /// The in-memory facts agree with a real repository's: a few examples, built for real with
    /// git and linted through libgit2, give the same outcome (message and evidence included).
    /// Tags and submodules are left out: this repository is built from the files alone.
    @Test(arguments: CheckExampleCase.all.filter { $0.example.tags.isEmpty && $0.example.submodules.isEmpty }.enumerated().filter { $0.offset % 9 == 0 }.map(\.element))
    func anExampleBuiltForRealGivesTheSameOutcome(_ testCase: CheckExampleCase) throws {
        let example = testCase.example
        let repository = try TemporaryRepository()
        try repository.write(example.files)
        let committedAt = repository.nextCommitTime
        try repository.commit("Example: \(example.title)")
        let rule = try RuleSetFixture.rule(check: testCase.kind, options: example.options)
        let snapshot = try RepositorySnapshot(path: repository.path, source: .commit(revision: "HEAD"))
        let real = rule.check.evaluate(FactCollector.collect(snapshot, needs: rule.check.needs, now: committedAt + Int64(example.ageInDays) * 86_400))
        let inMemory = rule.check.evaluate(example.facts(needs: rule.check.needs))
        // Commit ids differ (the example's are synthetic); everything else must not.
        func withoutCommitIDs(_ outcome: CheckOutcome) -> CheckOutcome {
            var outcome = outcome
            outcome.evidence = outcome.evidence.map { $0.kind == .commit ? Evidence(kind: .commit, subject: "", detail: $0.detail) : $0 }
            return outcome
        }
        #expect(withoutCommitIDs(real) == withoutCommitIDs(inMemory))
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
        #expect(ids.count == 24)
    }

    @Test func exampleTitlesAreUniqueWithinAKind() {
        for kind in CheckRegistry.kinds {
            let titles = kind.examples.map(\.title)
            #expect(Set(titles).count == titles.count, "'\(kind.id)' repeats an example title")
        }
    }
}
