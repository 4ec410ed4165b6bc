import Foundation
import Testing
@testable import OSSRLintKit

/// Merging shards gives the whole scan's table, and refuses what is not one scan's shards.
@Suite struct ScanMergeTests {
    private let rows = ["e", "d", "c", "b", "a"].enumerated().map { ScanTableFixtures.scored($0.element, Double($0.offset * 10), failed: ["r\($0.offset % 2)"]) }
        + [ScanTableFixtures.failed("f")]

    /// The JSON of each shard of the rows, as `scan --shard K/N --format json` writes them.
    private func shards(_ count: Int, settings: ScanSettings = ScanTableFixtures.settings) throws -> [ScanMerge.Input] {
        let targets = ScanTargetList.paths(rows.map(\.repository))
        return try (1...count).map { index in
            let shard = try #require(ScanShard(index: index, count: count))
            let names = Set(shard.select(targets).map(\.name))
            let table = ScanTable(settings: settings, shard: shard, rows: rows.filter { names.contains($0.repository) })
            return ScanMerge.Input(file: "scan-\(index).json", table: try ScanDocument.read(Data(ScanFormat.json.render(table).utf8)))
        }
    }

    @Test(arguments: [1, 2, 3, 4, 7])
    func mergedShardsAreTheWholeTableInEveryFormat(count: Int) throws {
        let whole = ScanTable(settings: ScanTableFixtures.settings, rows: rows)
        let merged = try ScanMerge.merge(try shards(count).reversed())
        for format in ScanFormat.allCases {
            #expect(format.render(merged) == format.render(whole), "\(format)")
        }
    }

    private func refusal(_ inputs: [ScanMerge.Input]) -> String? {
        do {
            _ = try ScanMerge.merge(inputs)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func shardsOfDifferentSettingsAreRefusedNamingTheDifference() throws {
        var other = ScanTableFixtures.settings
        other.stage = .release
        let message = refusal([try shards(2)[0], try shards(2, settings: other)[1]])
        #expect(message?.contains("stage 'merge-request' and 'release'") == true, "\(message ?? "merged")")
        other = ScanTableFixtures.settings
        other.version = "0.0.1"
        #expect(refusal([try shards(2)[0], try shards(2, settings: other)[1]])?.contains("ossrlint 9.9.9 and 0.0.1") == true)
        other = ScanTableFixtures.settings
        other.ruleSetDigest = String(repeating: "b", count: 64)
        #expect(refusal([try shards(2)[0], try shards(2, settings: other)[1]])?.contains("different contents") == true)
    }

    @Test func aRepositoryInTwoInputsIsRefused() throws {
        let whole = ScanMerge.Input(file: "all.json", table: ScanTable(settings: ScanTableFixtures.settings, rows: rows))
        let part = ScanMerge.Input(file: "part.json", table: ScanTable(settings: ScanTableFixtures.settings, rows: [rows[0]]))
        let message = refusal([whole, part])
        #expect(message?.contains("repository 'e' is in both 'all.json' and 'part.json'") == true, "\(message ?? "merged")")
    }

    @Test func aMissingARepeatedOrAForeignShardIsRefused() throws {
        let three = try shards(3)
        #expect(refusal([three[0], three[2]])?.contains("shard 2/3 is missing") == true)
        #expect(refusal([three[0], three[0], three[1], three[2]])?.contains("both shard 1/3") == true)
        #expect(refusal([three[0], three[1], try shards(2)[1]])?.contains("merge the shards of one split") == true)
        let whole = ScanMerge.Input(file: "all.json", table: ScanTable(settings: ScanTableFixtures.settings, rows: []))
        #expect(refusal(three + [whole])?.contains("is a whole scan") == true)
        #expect(refusal([]) != nil)
    }

    @Test func wholeScansOfDifferentRepositoriesMerge() throws {
        let first = ScanMerge.Input(file: "a.json", table: ScanTable(settings: ScanTableFixtures.settings, rows: Array(rows.prefix(2))))
        let second = ScanMerge.Input(file: "b.json", table: ScanTable(settings: ScanTableFixtures.settings, rows: Array(rows.dropFirst(2))))
        #expect(try ScanMerge.merge([first, second]) == ScanTable(settings: ScanTableFixtures.settings, rows: rows))
    }
}
