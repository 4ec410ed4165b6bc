import ArgumentParser
import Foundation
import GitKit
import OSSRLintKit

/// Opening what the user named, with the documented exit codes on failure.
enum Session {
    /// Opens the repository the options name and lists the revision they name, or exits with
    /// the documented code (2 for a revision mistake, 3 for an unreadable repository).
    static func openSnapshot(_ options: SourceOptions) throws -> RepositorySnapshot {
        try openSnapshot(path: options.path, source: options.source)
    }

    static func openSnapshot(path: String, source: SnapshotSource) throws -> RepositorySnapshot {
        do {
            return try RepositorySnapshot(path: path, source: source)
        } catch {
            Terminal.error(error.description)
            throw ExitCodes.code(for: error)
        }
    }

    /// The linter for `snapshot`: its `.ossrlint.yml`, then the rule set the options or the
    /// configuration name, or exit 2 with the positioned error.
    static func linter(for snapshot: RepositorySnapshot, _ options: RuleOptions, stage: Stage = .mergeRequest) throws -> Linter {
        do {
            let configuration = try FactCollector.configuration(of: snapshot)
            return try LintSetup.linter(configuration: configuration, profile: options.profile, rulesFile: options.rules, stage: stage,
                                        revisionFiles: FactCollector.ruleFiles(of: snapshot))
        } catch {
            Terminal.error(error)
            throw ExitCodes.configuration
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
    /// Never through a symbolic link at `path` (`OutputFile`); unless `replacing`, an existing
    /// name (a dangling link too) is refused.
    static func write(_ text: String, to path: String, describing what: String? = nil, replacing: Bool = true) throws {
        do { try OutputFile.write(Data(text.utf8), to: path, replacing: replacing) } catch {
            let subject = what.map { "\($0) to " } ?? ""
            let advice = if case .exists = error { "Remove it or choose another path." } else { "Check that its folder exists and that you may write there." }
            Terminal.error("cannot write \(subject)'\(path)': \(error.description). \(advice)")
            throw ExitCodes.configuration
        }
    }

    /// Writes the report in every format asked for: to its file, or to standard output.
    static func write(_ report: LintReport, to destinations: [ReportDestination], colour: ColourChoice, quiet: Bool, failingAt: Severity?) throws {
        for destination in destinations {
            let reporter = destination.format.reporter(useColour: destination.path == nil && colour.isOn, quiet: quiet, failingAt: failingAt)
            let text = reporter.render(report)
            if let path = destination.path {
                try write(text, to: path, describing: "the \(destination.format.rawValue) report")
            } else {
                Terminal.write(text)
            }
        }
    }
}
