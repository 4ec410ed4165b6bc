@testable import OSSRLintKit
import Testing

@Suite struct LinterTests {
    @Test func aReportRecordsTheLintedRevisionAndCommit() throws {
        let repository = try OSSRRepositoryFixture.complete()
        let report = try OSSRRepositoryFixture.lint(repository, source: .commit(revision: "v1.0.0"))
        #expect(report.repository.revision == "v1.0.0")
        #expect(report.repository.commit == (try repository.commitID("v1.0.0")))
        #expect(report.categories.map(\.id) == ["licensing", "metadata", "release", "documentation", "quality", "community", "hygiene"])
    }
}
