import Foundation
import GitKit
import Synchronization
import Testing
import TestSupport
@testable import OSSRLintKit

/// Real repositories scanned by threads: every one a row, whatever is wrong with it.
@Suite struct BatchScannerTests {
    private static func scanner(profile: String? = nil) throws -> RepositoryScanner {
        RepositoryScanner(rules: try ScanRules(profile: profile, rulesFile: nil), stage: .mergeRequest, revision: "HEAD",
                          now: TemporaryRepository.epoch) { error in
            // The CLI's table (ExitCodes.code(for:)), for what these repositories do.
            switch error {
            case .revisionNotFound, .ambiguousRevision, .revisionNotACommit, .noWorkTree, .unbornHead: 2
            default: 3
            }
        }
    }

    @Test func everyRepositoryIsARowAndABrokenOneNeverEndsTheBatch() throws {
        let fixture = try ScanFixture()
        let targets = try ScanTargetList.folder(fixture.folder.path)
        let scanner = try Self.scanner()
        let rows = BatchScanner(scanner).scan(targets, jobs: 4)
        #expect(rows.map(\.repository) == targets.map(\.name), "rows come back in the targets' order")
        let table = ScanTable(settings: scanner.settings, rows: rows)
        #expect(table.rows.map(\.repository) == ScanFixture.scoredInOrder + ScanFixture.unscannable)
        let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0.repository, $0) })
        #expect(byName["bad-config"]?.error?.exitCode == 2)
        #expect(byName["bad-config"]?.error?.message.hasPrefix(".ossrlint.yml:1:1: unknown key 'profle'") == true, "\(String(describing: byName["bad-config"]?.error))")
        #expect(byName["corrupt-head"]?.error?.exitCode == 3)
        #expect(byName["missing-object"]?.error?.exitCode == 3)
        #expect(byName["missing-object"]?.error?.message.contains("damaged") == true, "\(String(describing: byName["missing-object"]?.error))")
        #expect(byName["not-a-repository"]?.error?.message.hasPrefix("not a git repository") == true)
        let complete = try #require(byName["complete"]?.score), partial = try #require(byName["partial"]?.score)
        #expect(complete > partial)
        #expect(byName["bare.git"]?.score == partial, "a bare clone scores as its source")
        #expect(byName["complete"]?.failedRequired == 0)
        #expect(byName["twin-a"]?.failedRules.contains("license-file-present") == true)
        #expect(table.exitCode == 3)
    }

    /// A scan opens exactly the folder named: a folder that is no repository, inside a
    /// repository (a CI checkout holding the folder to scan), is a row that says so, not a lint
    /// of the repository around it.
    @Test func aFolderInsideARepositoryIsNotThatRepository() throws {
        let outer = try TemporaryRepository()
        try outer.commit("Outer", files: ["mirrors/plain/notes.txt": "not a repository\n"])
        let row = try Self.scanner().scan(ScanTarget(path: outer.url.appendingPathComponent("mirrors/plain").path))
        #expect(row.error?.exitCode == 3)
        #expect(row.error?.message.hasPrefix("not a git repository") == true, "\(row)")
    }

    @Test func oneThreadAndManyThreadsMakeTheSameRows() throws {
        let fixture = try ScanFixture()
        let targets = try ScanTargetList.folder(fixture.folder.path)
        let scanner = try Self.scanner()
        let serial = BatchScanner(scanner).scan(targets, jobs: 1)
        let parallel = BatchScanner(scanner).scan(targets, jobs: 8)
        #expect(serial == parallel)
    }

    @Test func progressHearsOfEveryRepositoryOnceWithRisingCounts() throws {
        let fixture = try ScanFixture()
        let targets = try ScanTargetList.folder(fixture.folder.path)
        final class Heard: Sendable {
            let events = Mutex<[ScanProgress]>([])
        }
        let heard = Heard()
        _ = BatchScanner(try Self.scanner()).scan(targets, jobs: 3) { progress in heard.events.withLock { $0.append(progress) } }
        let events = heard.events.withLock { $0 }
        #expect(events.map(\.finished) == Array(1...targets.count))
        #expect(events.allSatisfy { $0.total == targets.count })
        #expect(Set(events.map(\.row.repository)) == Set(targets.map(\.name)))
    }

    @Test func aRowIsTheLintOfTheRepositoryAsCheckSeesIt() throws {
        let repository = try CompleteOSSRRepository.make()
        let scanner = try Self.scanner()
        let row = scanner.scan(ScanTarget(path: repository.path))
        let snapshot = try RepositorySnapshot(path: repository.path, source: .commit(revision: "HEAD"))
        let linter = try LintSetup.linter(configuration: FactCollector.configuration(of: snapshot))
        let report = linter.lint(FactCollector.collect(snapshot, needs: linter.needs, now: TemporaryRepository.epoch), repositoryPath: repository.path)
        #expect(row == ScanRow(repository: repository.path, report: report))
        let commit = try repository.commitID()
        #expect(row.score == report.score?.overall && row.commit == commit)
    }

    @Test func aProfileOnTheCommandLineIsReadOnceAndRecorded() throws {
        let first = try ScanRules(profile: "ossr", rulesFile: nil)
        let second = try ScanRules(profile: nil, rulesFile: nil)
        #expect(first.isFromCommandLine && !second.isFromCommandLine)
        #expect(first.reference == "ossr" && second.reference == nil)
        #expect(first.digest == second.digest, "the default profile is the OSSR profile")
        #expect(throws: ConfigurationError.self) { try ScanRules(profile: "no-such-profile", rulesFile: nil) }
    }

    @Test func aRuleFileOnTheCommandLineIsInTheDigestByItsContents() throws {
        let folder = try RepositoryFolder()
        let file = folder.url.appendingPathComponent("rules.yml")
        try Data("name: mine\nextends: [ossr]\n".utf8).write(to: file)
        let before = try ScanRules(profile: nil, rulesFile: file.path)
        try Data("name: mine\nextends: [ossr]\n# changed\n".utf8).write(to: file)
        let after = try ScanRules(profile: nil, rulesFile: file.path)
        #expect(before.digest != after.digest)
        #expect(before.reference == file.path)
    }
}
