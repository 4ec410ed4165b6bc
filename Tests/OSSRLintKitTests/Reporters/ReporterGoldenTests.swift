import Testing
@testable import OSSRLintKit

/// Every reporter's output for the shared fixtures, pinned byte for byte.
@Suite struct ReporterGoldenTests {
    static let variants: [(suffix: String, reporter: any Reporter)] = [
        ("console.txt", ConsoleReporter()),
        ("console-colour.txt", ConsoleReporter(useColour: true)),
        ("console-quiet.txt", ConsoleReporter(quiet: true)),
        ("console-quiet-warning.txt", ConsoleReporter(quiet: true, failingAt: .warning)),
        ("junit.xml", JUnitReporter()),
        ("md", MarkdownReporter()),
        ("json", JSONReporter()),
        ("sarif", SARIFReporter()),
        ("codequality.json", CodeQualityReporter()),
        ("github.txt", GitHubReporter()),
    ]

    /// The formats whose output says what a baseline comparison found.
    static let baselineVariants: [(suffix: String, reporter: any Reporter)] = [
        ("sarif", SARIFReporter()),
        ("github.txt", GitHubReporter()),
    ]

    @Test(arguments: ReportFixtures.all.map(\.name))
    func everyReporterMatchesItsGoldenFile(fixture: String) throws {
        let report = try #require(ReportFixtures.all.first { $0.name == fixture }?.report)
        for variant in Self.variants {
            try GoldenFile.check(variant.reporter.render(report), named: "\(fixture).\(variant.suffix)")
        }
    }

    @Test func theCIFormatsMatchTheirGoldenFilesWithABaseline() throws {
        for variant in Self.baselineVariants {
            try GoldenFile.check(variant.reporter.render(ReportFixtures.mixedWithBaseline), named: "mixed-baseline.\(variant.suffix)")
        }
    }

    @Test(arguments: ReportFixtures.all.map(\.name))
    func renderingTwiceGivesTheSameBytes(fixture: String) throws {
        let report = try #require(ReportFixtures.all.first { $0.name == fixture }?.report)
        for variant in Self.variants {
            #expect(Array(variant.reporter.render(report).utf8) == Array(variant.reporter.render(report).utf8))
        }
    }
}
