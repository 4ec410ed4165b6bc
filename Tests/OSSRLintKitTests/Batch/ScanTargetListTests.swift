import Foundation
import Testing
import TestSupport
@testable import OSSRLintKit

/// How a scan's repositories are named and numbered: by the list, by a folder, and sliced
/// into shards.
@Suite struct ScanTargetListTests {
    @Test func aListSkipsBlankLinesAndCommentsDropsCarriageReturnsAndSortsWithoutRepeats() throws {
        let text = "# mirrors\nzeta.git\r\n\nalpha\n  # not a comment: a path with spaces\nalpha\n"
        let targets = try ScanTargetList.list(Array(text.utf8), file: "list.txt")
        #expect(targets.map(\.name) == ["  # not a comment: a path with spaces", "alpha", "zeta.git"])
        #expect(targets[2].path == Array("zeta.git".utf8))
    }

    @Test func aListedPathThatIsNotUTF8KeepsItsBytesAndIsNamedAsGitQuotesIt() throws {
        let targets = try ScanTargetList.list(Array("x/".utf8) + [0xE9, 0xFF] + [0x0A], file: "list.txt")
        #expect(targets.map(\.name) == [#""x/\351\377""#])
        #expect(targets.first?.path == Array("x/".utf8) + [0xE9, 0xFF])
    }

    @Test func aListLineWithANulByteIsRefusedWithItsLineNumber() {
        #expect(throws: ScanInputError.self) { try ScanTargetList.list(Array("a\nb\0c\n".utf8), file: "list.txt") }
        do {
            _ = try ScanTargetList.list(Array("a\nb\0c\n".utf8), file: "list.txt")
        } catch {
            #expect(error.description.contains("line 2 of the list 'list.txt'"))
        }
    }

    @Test func aFolderListsItsFoldersSortedSkippingHiddenOnesAndFiles() throws {
        let fixture = try ScanFixture(hostileNames: true)
        let targets = try ScanTargetList.folder(fixture.folder.path)
        let expected = (ScanFixture.scoredInOrder + ScanFixture.unscannable + ScanFixture.hostileNames + [#""caf\351\377""#])
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(targets.map(\.name) == expected)
        let invalid = try #require(targets.first { $0.name == #""caf\351\377""# })
        #expect(invalid.path == Array((fixture.folder.path + "/").utf8) + ScanFixture.invalidUTF8Name)
    }

    @Test func aFolderThatCannotBeListedIsAUsageErrorNamingIt() {
        #expect(throws: ScanInputError.self) { try ScanTargetList.folder("/nonexistent-\(UUID().uuidString)") }
    }

    @Test(arguments: [1, 2, 3, 7, 12])
    func theShardsOfAListAreDisjointAndTogetherAreTheList(count: Int) throws {
        let targets = ScanTargetList.paths((0..<10).map { "repository-\($0)" })
        let slices = (1...count).map { index in ScanShard(index: index, count: count)?.select(targets) ?? [] }
        #expect(slices.flatMap { $0 }.sorted { $0.precedes($1) } == targets)
        #expect(Set(slices.flatMap { $0 }).count == targets.count)
        let sizes = slices.map(\.count)
        #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
        // Index mod count: the first shard takes positions 0, count, 2 × count …
        #expect(slices[0].map(\.name) == stride(from: 0, to: 10, by: count).map { targets[$0].name })
    }

    @Test func aShardIsWrittenKSlashNWithKFromOneToN() {
        #expect(ScanShard(argument: "2/4") == ScanShard(index: 2, count: 4))
        for invalid in ["0/4", "5/4", "1/0", "-1/2", "1", "1/2/3", "a/b", "/2", ""] {
            #expect(ScanShard(argument: invalid) == nil, "\(invalid)")
        }
    }
}
