import Foundation
@testable import OSSRLintKit
import Testing
import TestSupport

/// `Reports/examples/ossr-scorecard.*` are the scorecards of `ExampleProject` in every format,
/// so they cannot drift from the code; `RECORD_SNAPSHOTS=1 swift test --filter ScorecardExamples`
/// re-records them.
@Suite struct ScorecardExamplesTests {
    static func exampleURL(for format: ScorecardFormat) -> URL {
        PackageRoot.url.appendingPathComponent("Reports/examples/ossr-scorecard.\(format.fileExtension)")
    }

    @Test func everyExampleIsTheCurrentScorecardOfTheExampleProject() throws {
        let card = Scorecard(report: try ScorecardFixtures.exampleProject())
        for format in ScorecardFormat.allCases {
            let url = Self.exampleURL(for: format)
            if let problem = try ExpectedFile.compare(format.render(card), with: url, named: "Reports/examples/\(url.lastPathComponent)") {
                Issue.record(Comment(rawValue: problem))
            }
        }
    }

    @Test func theCommittedJSONExampleValidatesAgainstTheSchema() throws {
        let json = try String(contentsOf: Self.exampleURL(for: .json), encoding: .utf8)
        let output = try #require(try JSONScorecardTests.validate(json))
        #expect(output.status == 0, "check-jsonschema: \(output.stdout)\(output.stderr)")
    }

    /// The example shows what the scorecard is for: lost points with their remedy, a waived
    /// rule, rules that do not apply, and the commit's date.
    @Test func theExampleShowsEverySection() throws {
        let json = try JSONDecoder().decode(ScorecardJSONShape.self, from: Data(contentsOf: Self.exampleURL(for: .json)))
        #expect(!json.losses.isEmpty && json.losses.allSatisfy { $0.remediation != nil })
        #expect(json.waived.map(\.rule) == ["container-recipe-present"])
        #expect(!json.notApplicable.isEmpty)
        #expect(json.repository.date != nil && json.repository.path == ExampleProject.repositoryPath)
    }
}
