import Foundation
import GitKit
@testable import OSSRLintKit
import Testing
import TestSupport

/// A history scores each revision exactly as `ossrlint check --rev` does, however much the
/// revisions share (one open repository, one linter while the configuration is unchanged).
@Suite struct HistoryScorerTests {
    private static let now = TemporaryRepository.epoch + 400 * 86_400

    /// A rule set kept in the repository, which `.ossrlint.yml` names.
    private static func ruleFile(weight: Int, extraRule: Bool) -> String {
        var text = """
            name: ours
            description: the project's own rules
            categories: [{id: docs, title: Docs}, {id: legal, title: Legal}]
            rules:
              - id: readme
                title: README
                category: docs
                severity: error
                weight: \(weight)
                check: path-exists
                options: {paths: [README*]}
                rationale: r
                remediation: m
              - id: licence
                title: Licence
                category: legal
                severity: error
                check: path-exists
                options: {paths: [LICENSE*]}
                rationale: r
                remediation: m

            """
        if extraRule {
            text += """
                  - id: changelog
                    title: Changelog
                    category: docs
                    severity: warning
                    check: path-exists
                    options: {paths: [CHANGELOG*]}
                    rationale: r
                    remediation: m

                """
        }
        return text
    }

    /// Tags where compliance changes: a LICENSE at v0.2, a CITATION.cff at v0.3, the project's
    /// own rule set at v0.4, the same configuration with a changed rule file at v0.5 (only the
    /// rule file tells the linters apart), a broken configuration at v0.6, the OSSR profile
    /// again with a waiver at v0.7.
    private static func makeReleases() throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        try GrowingProject.commitFirstThreeReleases(in: repo)
        try repo.commit("own rules", files: [".ossrlint.yml": "profile: rules/ours.yml\n", "rules/ours.yml": ruleFile(weight: 1, extraRule: false)])
        try repo.tag("v0.4.0")
        try repo.commit("rules changed", files: ["rules/ours.yml": ruleFile(weight: 5, extraRule: true)])
        try repo.tag("v0.5.0")
        try repo.commit("broken configuration", files: [".ossrlint.yml": "profile: [ossr\n"])
        try repo.tag("v0.6.0")
        try repo.commit("waiver", files: [".ossrlint.yml": "disable:\n  - rule: container-recipe-present\n    reason: a library\n"])
        try repo.tag("v0.7.0")
        return repo
    }

    /// What `ossrlint check --rev REVISION --stage STAGE` computes, on a repository opened for
    /// this revision alone: its report, or the error that stops it.
    private static func check(_ repo: TemporaryRepository, _ revision: String, stage: Stage) throws -> Result<LintReport, ConfigurationError> {
        let snapshot = try RepositorySnapshot(path: repo.path, source: .commit(revision: revision))
        do {
            let linter = try LintSetup.linter(configuration: try FactCollector.configuration(of: snapshot), stage: stage, revisionFiles: FactCollector.ruleFiles(of: snapshot))
            let facts = FactCollector.collect(snapshot, needs: linter.needs, excluding: linter.configuration.excludes, now: now)
            return .success(linter.lint(facts, repositoryPath: repo.path))
        } catch {
            return .failure(error)
        }
    }

    @Test func eachTagScoresAsCheckScoresIt() throws {
        let repo = try Self.makeReleases()
        let repository = try Repository.open(at: repo.path)
        let revisions = try HistorySelection.tags.revisions(of: repository).revisions
        #expect(revisions.map(\.name) == ["v0.1.0", "v0.2.0", "v0.3.0", "v0.4.0", "v0.5.0", "v0.6.0", "v0.7.0"])
        let history = HistoryScorer(stage: .release, now: Self.now, repositoryPath: repo.path).history(of: revisions, in: repository, selection: .tags)
        for point in history.points {
            switch try Self.check(repo, point.revision.name, stage: .release) {
            case .success(let report):
                #expect(point.outcome == .scored(profile: report.profile, score: try #require(report.score)), "\(point.revision.name)")
            case .failure(let error):
                #expect(point.outcome == .failed(error.description), "\(point.revision.name)")
            }
        }
        // The changes the tags made, as the scores show them.
        let licensing = history.points.map { $0.score(ofCategory: "licensing") }
        #expect(licensing[0] == 0 && licensing[1] == 100)
        let metadata = history.points.map { $0.score(ofCategory: "metadata") }
        #expect((metadata[2] ?? 0) > (metadata[1] ?? 0))
        #expect(history.points[3].profile == "ours" && history.points[4].profile == "ours")
        #expect(history.points[3].score?.categories.map(\.id) == ["docs", "legal"])
        #expect(history.points[3].score != history.points[4].score, "the changed rule file is read again")
        #expect(history.points[5].error?.hasPrefix(".ossrlint.yml:") == true, "\(history.points[5].outcome)")
        #expect(history.points[6].profile == "ossr")
        #expect(history.categories.map(\.id) == ["licensing", "metadata", "release", "documentation", "quality", "community", "hygiene", "docs", "legal"])
    }

    /// The collector, given a repository that shares objects between revisions and its memory
    /// of parsed documents, collects what it collects from a repository opened for each
    /// revision: entries, every size, every file the OSSR profile reads, and so the same report.
    @Test func sharingGivesTheFactsOfAFreshRepository() throws {
        let repo = try TemporaryRepository()
        var files = CompleteOSSRRepository.files()
        for package in 0..<5 {
            for module in 0..<3 { files["src/pkg\(package)/mod\(module)/code.py"] = "value = \(package)\n" }
        }
        try repo.commit("first", files: files)
        try repo.tag("v1.0.0", annotated: true)
        try repo.commit("second", files: ["src/pkg1/mod2/code.py": "value = 12\n", "CITATION.cff": "cff-version: 1.2.0\ntitle: skytool\nmessage: Cite.\nversion: 1.1.0\nauthors:\n  - name: Sky Lab\n"])
        try repo.tag("v1.1.0", annotated: true)
        try repo.delete("LICENSE")
        try repo.commit("third", files: ["docs/index.md": "# Docs\n"])
        try repo.tag("v1.2.0")
        let shared = try Repository.open(at: repo.path)
        shared.shareObjectsBetweenRevisions()
        let memory = FactMemory()
        for tag in ["v1.0.0", "v1.1.0", "v1.2.0", "v1.0.0"] {
            let sharing = try RepositorySnapshot(repository: shared, source: .commit(revision: tag))
            let fresh = try RepositorySnapshot(path: repo.path, source: .commit(revision: tag))
            let linter = try LintSetup.linter(configuration: try FactCollector.configuration(of: fresh), stage: .release)
            let needs = linter.needs.union(.everySize)
            let sharedFacts = FactCollector.collect(sharing, needs: needs, now: Self.now, memory: memory)
            let freshFacts = FactCollector.collect(fresh, needs: needs, now: Self.now)
            #expect(sharedFacts.entries == freshFacts.entries, "\(tag)")
            #expect(sharedFacts.sizes == freshFacts.sizes && !freshFacts.sizes.isEmpty, "\(tag)")
            #expect(sharedFacts.files == freshFacts.files && freshFacts.files.count >= 3, "\(tag): \(freshFacts.files.count) files")
            // The secret scan reads every text file through the same reader.
            #expect(sharedFacts.secretScanResult == freshFacts.secretScanResult && (freshFacts.secretScanResult?.scannedFiles ?? 0) >= 10, "\(tag)")
            #expect(linter.lint(sharedFacts, repositoryPath: ".") == linter.lint(freshFacts, repositoryPath: "."), "\(tag)")
        }
    }

    @Test func tagsAreOrderedByTheirCommitsDateThenVersionThenName() throws {
        let repo = try TemporaryRepository()
        let old = try repo.commit("old", files: ["a": "1\n"])
        try repo.commit("new", files: ["a": "2\n"])
        for name in ["nightly", "v1.10.0", "v1.9.0", "v1.9"] { try repo.tag(name) }
        // Tagged last, with the highest version, but of the older commit: its content is older.
        try repo.tag("v9.0.0", annotated: true, at: old)
        let revisions = try HistorySelection.tags.revisions(of: try Repository.open(at: repo.path)).revisions
        #expect(revisions.map(\.name) == ["v9.0.0", "v1.9", "v1.9.0", "v1.10.0", "nightly"])
        #expect(revisions.map(\.revision).first == "refs/tags/v9.0.0")
        #expect(revisions.first?.date == TemporaryRepository.time(ofDate: 1))
        #expect(revisions.first?.commit.hex == old)
    }

    @Test func aTagOfATreeIsLeftOutWithItsReason() throws {
        let repo = try TemporaryRepository()
        try repo.commit("one", files: ["a": "1\n"])
        try repo.tag("v1.0.0")
        try repo.git("tag", "tree-tag", "HEAD^{tree}")
        let selected = try HistorySelection.tags.revisions(of: try Repository.open(at: repo.path))
        #expect(selected.revisions.map(\.name) == ["v1.0.0"])
        #expect(selected.skipped == ["tag 'tree-tag' names no commit (a tree, a blob or a missing object)"])
    }

    @Test func theLastCommitsAreTheFirstParentsOldestFirst() throws {
        let repo = try TemporaryRepository()
        var ids: [String] = []
        for number in 1...4 { ids.append(try repo.commit("commit \(number)", files: ["a": "\(number)\n"])) }
        let revisions = try HistorySelection.lastCommits(3).revisions(of: try Repository.open(at: repo.path)).revisions
        #expect(revisions.map(\.name) == ["HEAD~2", "HEAD~1", "HEAD"])
        #expect(revisions.map(\.commit.hex) == Array(ids.suffix(3)))
        #expect(revisions.map(\.revision) == Array(ids.suffix(3)))
        #expect(revisions.map(\.date) == (2...4).map { TemporaryRepository.time(ofDate: $0) })
        #expect(try HistorySelection.lastCommits(10).revisions(of: try Repository.open(at: repo.path)).revisions.count == 4)
    }

    @Test func anUnbornBranchHasNoLastCommits() throws {
        let repo = try TemporaryRepository()
        #expect(throws: RepositoryError.unbornHead(branch: "main")) { try HistorySelection.lastCommits(3).revisions(of: try Repository.open(at: repo.path)) }
    }
}
