import Testing
@testable import OSSRLintKit

/// The table's order and what it counts, from rows built in memory.
@Suite struct ScanTableTests {
    @Test func rowsGoByScoreThenNameWithUnscoredAndFailedRowsLast() {
        var unscored = ScanTableFixtures.scored("no-score", 0)
        unscored.score = nil
        let rows = [
            ScanTableFixtures.failed("a-failed"), ScanTableFixtures.scored("b", 50), unscored, ScanTableFixtures.scored("a", 50),
            ScanTableFixtures.scored("z-best", 99.5), ScanTableFixtures.failed("0-failed", code: 2), ScanTableFixtures.scored("c", 10),
        ]
        let table = ScanTable(settings: ScanTableFixtures.settings, rows: rows)
        #expect(table.rows.map(\.repository) == ["z-best", "a", "b", "c", "no-score", "0-failed", "a-failed"])
        // Any order in, the same table out.
        #expect(ScanTable(settings: ScanTableFixtures.settings, rows: rows.reversed()) == table)
    }

    @Test func namesTieByTheirBytesNotByLocale() {
        let names = ["b", "B", "é", "e", "Z"]
        let table = ScanTable(settings: ScanTableFixtures.settings, rows: names.map { ScanTableFixtures.scored($0, 10) })
        #expect(table.rows.map(\.repository) == ["B", "Z", "b", "e", "é"])
    }

    @Test func mostFailedRulesCountEachScannedRepositoryOnceWithTheirShare() {
        let rows = [
            ScanTableFixtures.scored("a", 10, failed: ["licence", "readme"]),
            ScanTableFixtures.scored("b", 20, failed: ["readme", "citation"]),
            ScanTableFixtures.scored("c", 30, failed: ["readme"]),
            ScanTableFixtures.scored("d", 40),
            // A repository that could not be scanned counts in neither the failures nor the share.
            ScanTableFixtures.failed("e"),
        ]
        let table = ScanTable(settings: ScanTableFixtures.settings, rows: rows)
        #expect(table.mostFailed.map(\.rule) == ["readme", "citation", "licence"])
        #expect(table.mostFailed.map(\.count) == [3, 1, 1])
        #expect(table.mostFailed.map(\.share) == [75, 25, 25])
        #expect(table.scannedCount == 4 && table.failedCount == 1 && table.exitCode == 3)
    }

    @Test func aScanWhereEveryRepositoryWasScannedExitsZeroWhateverItFound() {
        let table = ScanTable(settings: ScanTableFixtures.settings, rows: [ScanTableFixtures.scored("a", 0, failed: ["x"], required: 1)])
        #expect(table.exitCode == 0)
    }

    @Test func categoryColumnsFollowTheFirstRowThatHasEach() {
        let first = ScanTableFixtures.scored("a", 90, categories: [.init(id: "b", title: "B", score: 1), .init(id: "a", title: "A", score: 2)])
        let second = ScanTableFixtures.scored("b", 80, categories: [.init(id: "c", title: "C", score: 3), .init(id: "a", title: "A", score: 4)])
        let table = ScanTable(settings: ScanTableFixtures.settings, rows: [second, first])
        #expect(table.columns.map(\.id) == ["b", "a", "c"])
        #expect(table.score(of: table.rows[1], in: table.columns[0]) == nil)
        #expect(table.score(of: table.rows[1], in: table.columns[2]) == 3)
    }
}
