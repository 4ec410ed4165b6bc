import Foundation
@testable import OSSRLintKit
import TestSupport

/// Reports for the scorecard tests: the example project linted for real, and hand-made reports
/// for the edges (a category where nothing applies, everything waived, weights of zero, hostile
/// text).
enum ScorecardFixtures {
    private static func result(_ rule: String, _ category: String, _ severity: Severity, _ status: RuleStatus, weight: Double = 1,
                               message: String = "", remediation: String? = nil) -> RuleResult {
        RuleResult(rule: rule, title: "Title of \(rule)", category: category, severity: severity, status: status,
                   message: message.isEmpty ? "message of \(rule)" : message, remediation: remediation, weight: weight)
    }

    private static func report(_ categories: [LintReport.Category], _ results: [RuleResult], source: String = "commit") -> LintReport {
        LintReport(tool: ReportFixtures.tool,
                   repository: .init(path: "edge", source: source, revision: source == "commit" ? "HEAD" : nil,
                                     commit: "0123456789abcdef0123456789abcdef01234567", committed: source == "commit" ? 1_704_110_400 : nil),
                   profile: "ossr", categories: categories, results: results, stage: .mergeRequest, scoring: .standard)
    }

    /// Documentation's rules do not apply; licensing scores 40 (its error, weight 3, fails; its
    /// warning, weight 2, passes).
    static let categoryNotApplicable = report(
        [.init(id: "licensing", title: "Licensing"), .init(id: "docs", title: "Documentation", weight: 3)],
        [result("licence-file", "licensing", .error, .fail, remediation: "add a LICENSE"),
         result("licence-osi", "licensing", .warning, .pass),
         result("readme", "docs", .warning, .notApplicable, message: "no README needed for a data-only repository"),
         result("docs-site", "docs", .info, .notApplicable)])

    /// Every rule is waived: nothing can be scored.
    static let everythingWaived = report(
        [.init(id: "licensing", title: "Licensing"), .init(id: "metadata", title: "Metadata")],
        [result("licence-file", "licensing", .error, .waived, message: "waived: licensed by the consortium agreement"),
         result("codemeta-present", "metadata", .error, .waived, message: "waived: metadata lives in the archive")])

    /// A category of weight 0 with a failure, a rule of weight 0 that fails in a counted
    /// category, and a category whose rules all weigh 0.
    static let zeroWeights = report(
        [.init(id: "licensing", title: "Licensing"), .init(id: "community", title: "Community", weight: 0),
         .init(id: "hygiene", title: "Hygiene")],
        [result("licence-file", "licensing", .error, .pass),
         result("licence-header", "licensing", .info, .fail, weight: 0),
         result("contributing", "community", .warning, .fail, remediation: "add CONTRIBUTING.md"),
         result("conduct", "community", .warning, .pass),
         result("gitignore", "hygiene", .info, .fail, weight: 0)])

    /// The index, not committed.
    static let staged = report([.init(id: "licensing", title: "Licensing")], [result("licence-file", "licensing", .error, .pass)], source: "index")

    /// The hostile report with a scoring policy whose grade names are hostile too.
    static let hostile: LintReport = {
        var report = ReportFixtures.hostile
        report.repository.committed = 1_704_110_400
        report.scoring = ScoringPolicy(severityWeights: .init(error: 3, warning: 2, info: 1),
                                       grades: [.init(name: "<b>A</b>&\"'", minimum: 50), .init(name: "E\u{1B}[31m\n</svg>", minimum: 0)])
        return report
    }()

    /// Name and report, hand-made ones first.
    static let handMade: [(name: String, report: LintReport)] = [
        ("mixed", withScoring(ReportFixtures.mixed)), ("category-not-applicable", categoryNotApplicable),
        ("everything-waived", everythingWaived), ("zero-weights", zeroWeights), ("staged", staged), ("hostile", hostile),
    ]

    static func named(_ name: String) -> LintReport? {
        handMade.first { $0.name == name }?.report
    }

    private static func withScoring(_ report: LintReport) -> LintReport {
        var report = report
        report.scoring = report.scoring ?? .standard
        return report
    }

    /// The example project of `Reports/examples`, linted with the real pipeline.
    static func exampleProject() throws -> LintReport {
        try ExampleProject.lint(try ExampleProject.make())
    }
}
