import ArgumentParser
import Foundation
import GitKit
import OSSRLintKit

/// Opening what the user named, with the documented exit codes on failure.
enum Session {
    static func openSnapshot(_ options: SourceOptions) throws -> RepositorySnapshot {
        try openSnapshot(path: options.path, source: options.source, preloaded: nil).snapshot
    }

    /// Opens and lists `source` of the repository at `path`, or takes that snapshot from
    /// `preloaded` when it was started for the same path and source (`wasPreloaded`).
    static func openSnapshot(path: String, source: SnapshotSource, preloaded: SnapshotPreload?) throws -> (snapshot: RepositorySnapshot, wasPreloaded: Bool) {
        do {
            if let taken = preloaded?.take(path: path, source: source) { return (try taken.get(), true) }
            return (try RepositorySnapshot(path: path, source: source), false)
        } catch {
            Terminal.error(error.description)
            throw ExitCodes.code(for: error)
        }
    }

    /// The rule set the options name (default: the OSSR profile), or exit 2 with the positioned
    /// error.
    static func loadRuleSet(_ options: RuleOptions) throws -> RuleSet {
        do {
            return try RuleSetLoader().load(options.rules ?? options.profile ?? LintSetup.defaultProfile)
        } catch {
            Terminal.error(error)
            throw ExitCodes.configuration
        }
    }

    /// Writes `text` (`what`, e.g. "the json report") to `path`, or fails with exit 2 saying why
    /// and what to check.
    static func write(_ text: String, to path: String, describing what: String? = nil) throws {
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch {
            let subject = what.map { "\($0) to " } ?? ""
            Terminal.error("cannot write \(subject)'\(path)': \(error.localizedDescription) Check that its folder exists and that you may write there.")
            throw ExitCodes.configuration
        }
    }
}
