import Foundation
@testable import OSSRLintKit

/// The JSON scorecard as its readers decode it: what the other formats' numbers are compared with.
struct ScorecardJSONShape: Decodable {
    struct Repository: Decodable {
        var path: String
        var source: String
        var commit: String?
        var date: String?
    }

    struct Category: Decodable {
        var id: String
        var title: String
        var score: Double?
        var unscored: String?
        var counted: Bool
    }

    struct Loss: Decodable {
        var rule: String
        var points: Double
        var requirement: String
        var message: String
        var remediation: String?
    }

    struct Rule: Decodable {
        var rule: String
        var status: String
        var message: String
    }

    var repository: Repository
    var overall: Double?
    var grade: String?
    var notScored: String?
    var categories: [Category]
    var losses: [Loss]
    var unscoredFindings: [Rule]
    var waived: [Rule]
    var notApplicable: [Rule]

    /// The JSON scorecard of `report`, decoded.
    static func of(_ report: LintReport) throws -> ScorecardJSONShape {
        try JSONDecoder().decode(Self.self, from: Data(ScorecardFormat.json.render(Scorecard(report: report)).utf8))
    }
}
