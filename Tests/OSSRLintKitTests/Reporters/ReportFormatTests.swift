import Testing
@testable import OSSRLintKit

@Suite struct ReportFormatTests {
    @Test func rawValuesAreTheNamesUsersType() {
        #expect(ReportFormat.allCases.map(\.rawValue) == ["console", "junit", "markdown", "json", "sarif", "codequality", "github"])
        #expect(ReportFormat(rawValue: "junit") == .junit)
    }

    @Test func fileExtensionsAreTheFormatsUsualOnes() {
        #expect(ReportFormat.allCases.map(\.fileExtension) == ["txt", "xml", "md", "json", "sarif", "json", "txt"])
    }

    @Test func renderDispatchesToTheMatchingReporter() {
        let report = ReportFixtures.mixed
        #expect(ReportFormat.console.render(report) == ConsoleReporter().render(report))
        #expect(ReportFormat.junit.render(report) == JUnitReporter().render(report))
        #expect(ReportFormat.markdown.render(report) == MarkdownReporter().render(report))
        #expect(ReportFormat.json.render(report) == JSONReporter().render(report))
        #expect(ReportFormat.sarif.render(report) == SARIFReporter().render(report))
        #expect(ReportFormat.codequality.render(report) == CodeQualityReporter().render(report))
        #expect(ReportFormat.github.render(report) == GitHubReporter().render(report))
        #expect(ReportFormat.console.reporter(useColour: true, quiet: true).render(report)
            == ConsoleReporter(useColour: true, quiet: true).render(report))
    }
}
