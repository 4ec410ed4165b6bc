import ArgumentParser
import Foundation
import GitKit
import OSSRLintKit

extension OSSRLint {
    /// Lints one state of a repository and writes the reports.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Lint a repository against a rule set (the default command).",
            discussion: """
            Examples:
              ossrlint check
                  Lint HEAD of the repository around the current directory.
              ossrlint check --staged --quiet
                  Lint what 'git commit' would record; print only findings.
              ossrlint check --rev v1.0.0 /srv/mirrors/project.git
                  Lint a tag of a bare mirror (no work tree needed).
              ossrlint check --format junit=ossrlint.xml --format markdown=comment.md
                  Write JUnit for the merge-request widget and Markdown for a comment.
              ossrlint check --format sarif=ossrlint.sarif --format codequality=cq.json
                  Write SARIF for GitHub code scanning and GitLab Code Quality JSON.
              ossrlint check --fail-on warning --format json
                  Print JSON; exit 1 on any error or warning finding.

            Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage or
            configuration error; 3 the repository cannot be read.
            """
        )

        @OptionGroup var source: SourceOptions
        @OptionGroup var ruleOptions: RuleOptions

        @Option(name: .long, help: ArgumentHelp("A report: console, junit, markdown, json, sarif (GitHub code scanning), codequality (GitLab Code Quality) or github (GitHub Actions annotations), optionally '=PATH' to write a file. Repeatable; the console report goes to standard output unless another report does.", valueName: "format[=path]"))
        var format: [ReportDestination] = []

        @Option(name: .long, help: "Exit 1 when a finding has this severity or above: error, warning, info or never.")
        var failOn: FailThreshold = .error

        @Option(name: .long, help: "Colour the console report: auto (on a terminal), always or never.")
        var color: ColourChoice = .auto

        @Flag(name: .long, help: "Console report: print only the findings that fail the run (see --fail-on), nothing when it passes (for pre-commit hooks).")
        var quiet = false

        @Flag(name: .long, help: "Print each rule's run time to standard error (reports stay unchanged).")
        var timings = false

        @Option(name: .long, help: "The moment linted at: commit, merge-request or release. Default: release for a tag (also when CI_COMMIT_TAG is set or GITHUB_REF_TYPE is 'tag'), commit with --staged, merge-request otherwise.")
        var stage: Stage?

        @Option(name: .long, help: ArgumentHelp("Compare with this revision (a merge request's target, e.g. $CI_MERGE_REQUEST_DIFF_BASE_SHA or origin/main): every report says what the change fixed and introduced.", valueName: "revision"))
        var baseline: String?

        @Flag(name: .long, help: "With --baseline: exit 1 only for new findings (at or above --fail-on), not for those the baseline had.")
        var failOnNew = false

        func validate() throws {
            if failOnNew && baseline == nil { throw ValidationError("--fail-on-new needs --baseline REVISION to tell new findings from old ones") }
            // The second report would silently replace the first.
            var seen: [String: ReportDestination] = [:]
            for destination in format {
                guard let path = destination.path else { continue }
                let file = URL(fileURLWithPath: path).standardizedFileURL.path
                if let first = seen[file] {
                    throw ValidationError("--format \(first.format.rawValue)=\(first.path ?? "") and --format \(destination.format.rawValue)=\(path) name the same file; give each report its own path")
                }
                seen[file] = destination
            }
        }

        /// The reports to write: those asked for, and the console report on standard output
        /// when none goes there, so that a CI log shows the verdict when reports go to files.
        var destinations: [ReportDestination] {
            format.contains { $0.path == nil } ? format : format + [.console]
        }

        /// The stage when none is given: a hook on the index is a commit; a tag, or CI building
        /// one, is a release; anything else is a change under review.
        static func defaultStage(for snapshot: RepositorySnapshot, _ source: SnapshotSource) -> Stage {
            switch source {
            case .index, .indexFile: return .commit
            case .commit(let revision) where snapshot.repository.namesTag(revision): return .release
            default:
                let environment = ProcessInfo.processInfo.environment
                if environment["CI_COMMIT_TAG"].map({ !$0.isEmpty }) == true || environment["GITHUB_REF_TYPE"] == "tag" { return .release }
                return .mergeRequest
            }
        }

        /// Parse → open → collect → evaluate → report.
        func run() throws {
            var phases = PhaseClock()
            let snapshot = try Session.openSnapshot(source)
            phases.end("open and list the revision")
            let linter = try Session.linter(for: snapshot, ruleOptions, stage: stage ?? Self.defaultStage(for: snapshot, source.source))
            phases.end("read the configuration and the rule set")
            let facts = FactCollector.collect(snapshot, needs: linter.needs, excluding: linter.configuration.excludes)
            phases.end("collect the facts the rules need")
            var times: [(String, Duration)] = []
            var report = linter.lint(facts, repositoryPath: source.path, timing: timings ? { times.append(($0, $1)) } : nil)
            phases.end("evaluate the rules")
            if let baseline {
                // The baseline is judged by the change's rule set and configuration, so that the
                // delta is what the change did to the repository, not to the rules.
                let base = try Session.openSnapshot(path: source.path, source: .commit(revision: baseline))
                let baseFacts = FactCollector.collect(base, needs: linter.needs, excluding: linter.configuration.excludes, now: facts.now)
                report = report.compared(with: linter.lint(baseFacts, repositoryPath: source.path))
                phases.end("lint the baseline")
            }
            try Session.write(report, to: destinations, colour: color, quiet: quiet, failingAt: failOn.minimum)
            phases.end("write the reports")
            if timings {
                let slowest = times.sorted { $0.1 > $1.1 }.map { PhaseClock.line($0.0, $0.1) }
                Terminal.note((phases.lines + ["rules, slowest first:"] + slowest).joined(separator: "\n"))
            }
            if failOnNew ? failOn.failsOnNew(report) : failOn.fails(report) { throw ExitCodes.findings }
        }
    }
}
