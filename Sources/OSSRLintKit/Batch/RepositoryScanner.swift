import GitKit

/// Scans one repository into its row: open, read its `.ossrlint.yml`, collect, lint, keep the
/// score. Whatever goes wrong is the row's error, never the end of the scan.
///
/// Everything it opens (the repository handle, the snapshot) lives inside `scan(_:)` and is
/// closed when it returns, so each thread of a batch holds one repository handle at a time.
public struct RepositoryScanner: Sendable {
    public let rules: ScanRules
    public let stage: Stage
    public let revision: String
    /// "Now" for every repository of the scan, so that all are judged at the same moment.
    public let now: Int64
    /// The exit code `ossrlint check` gives for a repository error (the CLI's own table), so
    /// that each row's code is the one `check` would give on that repository alone.
    public let exitCode: @Sendable (RepositoryError) -> Int

    public init(rules: ScanRules, stage: Stage, revision: String, now: Int64 = FactCollector.currentTime(),
                exitCode: @escaping @Sendable (RepositoryError) -> Int) {
        self.rules = rules
        self.stage = stage
        self.revision = revision
        self.now = now
        self.exitCode = exitCode
    }

    /// The settings the rows of this scanner share.
    public var settings: ScanSettings { rules.settings(stage: stage, revision: revision) }

    public func scan(_ target: ScanTarget) -> ScanRow {
        let snapshot: RepositorySnapshot
        do {
            let repository = try Repository.open(exactly: target.path, named: target.name)
            snapshot = try RepositorySnapshot(repository: repository, source: .commit(revision: revision))
        } catch {
            return ScanRow(repository: target.name, failure: ScanRow.Failure(exitCode: exitCode(error), message: Self.message(error)))
        }
        let linter: Linter
        do {
            linter = try rules.linter(for: snapshot, stage: stage)
        } catch {
            // The configuration's mistake on one line: the table has no room for the source
            // line and caret that `check` prints under it.
            var location = error.file
            if let line = error.line { location += ":\(line)" + (error.column.map { ":\($0)" } ?? "") }
            return ScanRow(repository: target.name, commit: snapshot.commit?.id.hex,
                           failure: ScanRow.Failure(exitCode: 2, message: "\(location): \(error.message)"))
        }
        let facts = FactCollector.collect(snapshot, needs: linter.needs, excluding: linter.configuration.excludes, now: now)
        return ScanRow(repository: target.name, report: linter.lint(facts, repositoryPath: target.name))
    }

    /// The error as a row says it. Only "not a repository" is said differently from `check`:
    /// a scan opens exactly the folder named, so "not inside" a repository would mislead.
    static func message(_ error: RepositoryError) -> String {
        if case .notARepository = error {
            return "not a git repository (neither a bare repository nor a folder holding .git); take it out of the list or folder"
        }
        return error.description
    }
}
