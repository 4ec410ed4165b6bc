import Foundation
import GitKit
@testable import OSSRLintKit
import TestSupport

/// Linting repositories with the OSSR profile (the complete repository is `CompleteOSSRRepository`).
enum OSSRRepositoryFixture {
    static var mitLicence: String { CompleteOSSRRepository.mitLicence }

    static func completeFiles(licence: Bool = true) -> [String: String] {
        CompleteOSSRRepository.files(licence: licence)
    }

    static func complete() throws -> TemporaryRepository {
        try CompleteOSSRRepository.make()
    }

    /// Lints `source` of `repository` with the OSSR profile and its `.ossrlint.yml`, as the CLI does.
    static func lint(_ repository: TemporaryRepository, source: SnapshotSource = .commit(revision: "HEAD")) throws -> LintReport {
        try lint(path: repository.path, source: source)
    }

    /// Lints `source` of the repository at `path` as `ossrlint check` does: open, read the
    /// configuration and the rule set, collect what the rules need, evaluate.
    static func lint(path: String, source: SnapshotSource = .commit(revision: "HEAD"), reportedAs name: String? = nil) throws -> LintReport {
        let snapshot = try RepositorySnapshot(path: path, source: source)
        let linter = try LintSetup.linter(configuration: try FactCollector.configuration(of: snapshot), revisionFiles: FactCollector.ruleFiles(of: snapshot))
        let facts = FactCollector.collect(snapshot, needs: linter.needs, excluding: linter.configuration.excludes)
        return linter.lint(facts, repositoryPath: name ?? path)
    }
}

extension LintReport {
    /// The result of rule `id`; a test failure (by a thrown error) when the report lacks it.
    func result(_ id: String) throws -> RuleResult {
        guard let result = results.first(where: { $0.rule == id }) else {
            throw ConfigurationError(file: "report", message: "no result for rule '\(id)'")
        }
        return result
    }

    /// Ids of the rules that did not pass.
    /// Rules that neither pass nor do not apply: what a trap is expected to break.
    var notPassing: [String] { results.filter { $0.status != .pass && $0.status != .notApplicable }.map(\.rule) }
    /// Rules that do not apply to the repository.
    var notApplicable: [String] { results.filter { $0.status == .notApplicable }.map(\.rule) }
}
