import GitKit

/// Scores revisions of one repository, each exactly as `ossrlint check --rev REVISION --stage
/// STAGE` scores it: its own files and `.ossrlint.yml`, the repository's tags as they are now,
/// one "now" for all.
///
/// What the revisions share, and why it is safe: one open repository whose object cache
/// (`shareObjectsBetweenRevisions`) reads each tree, blob size and small file once, by object
/// id, which is a hash of the content, and the tags once; the collector's memory
/// (`FactMemory`), which parses each YAML blob once; and one linter for as long as the
/// configuration files that built it are unchanged (`RevisionLinters`). Revisions are scored
/// one after another.
public struct HistoryScorer {
    /// A profile or rule file given on the command line, which wins over a configuration's.
    public var profile: String?
    public var rulesFile: String?
    public var stage: Stage
    /// "Now" for checks about age, the same for every revision.
    public var now: Int64
    /// The repository path as the user gave it, for the reports.
    public var repositoryPath: String

    public init(profile: String? = nil, rulesFile: String? = nil, stage: Stage, now: Int64 = FactCollector.currentTime(), repositoryPath: String) {
        self.profile = profile
        self.rulesFile = rulesFile
        self.stage = stage
        self.now = now
        self.repositoryPath = repositoryPath
    }

    /// The history of `revisions` (oldest first) of `repository`. A revision that cannot be
    /// read or whose configuration is broken is a point with its error, not the end of the run.
    public func history(of revisions: [HistoryRevision], in repository: Repository, selection: HistorySelection) -> ScoreHistory {
        repository.shareObjectsBetweenRevisions()
        let linters = RevisionLinters(profile: profile, rulesFile: rulesFile, stage: stage)
        let memory = FactMemory()
        let points = revisions.map { revision in HistoryPoint(revision: revision, outcome: outcome(of: revision, in: repository, linters, memory)) }
        return ScoreHistory(repositoryPath: repositoryPath, selection: selection, stage: stage, points: points)
    }

    private func outcome(of revision: HistoryRevision, in repository: Repository, _ linters: RevisionLinters, _ memory: FactMemory) -> HistoryPoint.Outcome {
        let snapshot: RepositorySnapshot
        let linter: Linter
        do {
            snapshot = try RepositorySnapshot(repository: repository, source: .commit(revision: revision.revision))
        } catch {
            return .failed(error.description)
        }
        do {
            linter = try linters.linter(for: snapshot)
        } catch {
            return .failed(error.description)
        }
        let facts = FactCollector.collect(snapshot, needs: linter.needs, excluding: linter.configuration.excludes, now: now, memory: memory)
        let report = linter.lint(facts, repositoryPath: repositoryPath)
        // Every rule set scores (`RuleSet.scoring` defaults to the standard policy).
        guard let score = report.score else { return .failed("the rule set '\(report.profile)' gives no score") }
        return .scored(profile: report.profile, score: score)
    }
}
