@testable import OSSRLintKit
import Testing

/// The score, worked by hand on small result sets (weights: error 3, warning 2, info 1).
@Suite struct ScoreTests {
    private func result(_ rule: String, _ category: String, _ severity: Severity, _ status: RuleStatus, weight: Double = 1) -> RuleResult {
        RuleResult(rule: rule, title: rule, category: category, severity: severity, status: status, message: "", weight: weight)
    }

    /// The mixed report fixture: licensing (weight 2) 2 of 5 = 40; metadata 3 of 6 = 50;
    /// release only an error that could not run, 0; documentation 2 of 2 = 100; the undeclared
    /// container category (weight 1) 0 of 1. Overall (2·40 + 50 + 0 + 100 + 0) / 6 = 38.3.
    @Test func theMixedFixtureScoresAsWorkedByHand() throws {
        let score = try #require(ReportFixtures.mixed.score)
        #expect(score.categories.map(\.id) == ["licensing", "metadata", "release", "docs", "container"])
        #expect(score.categories.map(\.score) == [40, 50, 0, 100, 0])
        #expect(score.overall == 38.3)
        #expect(score.grade == "E")
        // licence-file: 100 · 2/6 · 3/5 = 20; tag-reachable and container-recipe 100 · 1/6 = 16.7;
        // codemeta-required-keys 100 · 1/6 · 2/6 = 5.6; codemeta-keywords 100 · 1/6 · 1/6 = 2.8.
        #expect(score.losses.map(\.rule) == ["licence-file", "tag-reachable", "container-recipe", "codemeta-required-keys", "codemeta-keywords"])
        #expect(score.losses.map(\.points) == [20, 16.7, 16.7, 5.6, 2.8])
        #expect(abs(score.losses.reduce(0) { $0 + $1.points } + (score.overall ?? 0) - 100) < 0.2)
        let release = try #require(score.categories.first { $0.id == "release" })
        #expect((release.ran, release.waived, release.notApplicable) == (1, 1, 1))
    }

    @Test func aCategoryWhoseRulesAllDoNotApplyHasNoScoreAndDoesNotCount() {
        let results = [result("a", "one", .error, .pass), result("b", "two", .error, .notApplicable), result("c", "two", .info, .waived)]
        let score = Score(results: results, categories: [.init(id: "one", title: "One"), .init(id: "two", title: "Two", weight: 5)], policy: .standard)
        #expect(score.categories.map(\.score) == [100, nil])
        #expect(score.overall == 100)
        #expect(score.grade == "A")
        #expect(score.losses.isEmpty)
    }

    @Test func weightsOfZeroCountForNothing() {
        let results = [result("a", "one", .error, .fail, weight: 0), result("b", "one", .warning, .pass), result("c", "two", .error, .fail)]
        let score = Score(results: results, categories: [.init(id: "one", title: "One"), .init(id: "two", title: "Two", weight: 0)], policy: .standard)
        #expect(score.categories.map(\.score) == [100, 0])
        #expect(score.overall == 100, "category two weighs nothing, rule a weighs nothing")
        #expect(score.losses.isEmpty)
    }

    @Test func everythingWaivedHasNoScoreAndNoGrade() {
        let results = [result("a", "one", .error, .waived), result("b", "one", .warning, .waived)]
        let score = Score(results: results, categories: [.init(id: "one", title: "One")], policy: .standard)
        #expect(score.overall == nil && score.grade == nil)
        #expect(score.categories.first?.waived == 2)
        #expect(ReportPresentation.scorePhrase(score) == "no score: no rule that counts ran")
    }

    @Test func gradesAreTheFirstWhoseMinimumIsReached() {
        let policy = ScoringPolicy(severityWeights: .init(error: 1, warning: 1, info: 1),
                                   grades: [.init(name: "pass", minimum: 50), .init(name: "gold", minimum: 95)])
        #expect(policy.grades.map(\.name) == ["gold", "pass"])
        #expect(policy.grade(for: 95) == "gold")
        #expect(policy.grade(for: 94.9) == "pass")
        #expect(policy.grade(for: 49.9) == nil)
    }

    @Test func pointsAreWrittenToATenthTheSameEverywhere() {
        #expect(ReportPresentation.points(38.25) == "38.3")
        #expect(ReportPresentation.points(100) == "100.0")
        #expect(ReportPresentation.points(0.04) == "0.0")
    }
}
