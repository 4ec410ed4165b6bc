import ArgumentParser
import Foundation
import GitKit
import OSSRLintKit

extension OSSRLint {
    /// Scores the release tags, or the last commits, of a repository and reports the scores
    /// over time.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "Score every release tag, or the last commits, of a repository over time.",
            discussion: """
            Each revision is scored as 'ossrlint check --rev REVISION --stage STAGE'
            scores it: with its own files and its own .ossrlint.yml (the profile,
            waivers and exclusions the project had then; --profile or --rules wins
            over the profile it names, as for check), the repository's tags as they
            are now (an old release sees the releases made after it), and one "now"
            for every revision. A revision whose configuration is broken, or that
            cannot be read, is a row with its error; the others are still scored.
            Revisions are read from the object database, with no checkout, and what
            they share (unchanged folders and files) is read once.

            --tags (the default) scores every tag that names a commit, annotated or
            lightweight, at the release stage (each tag is a release), ordered by
            the date of the tagged commit, then by version (v1.10 after v1.9), then
            by name. --last N scores the last N commits of the current branch,
            following first parents, oldest first, named HEAD~N-1 … HEAD, at the
            merge-request stage.

            Each row: the revision, its commit, the commit's date (UTC), the overall
            score and grade, and the score of each category ('n/a' where no rule of
            it ran, '-' where the revision's rule set has no such category).

            Examples:
              ossrlint history
                  A table of the score of every release tag, per category.
              ossrlint history --last 20 --format markdown=trend.md
                  The last 20 commits of the current branch, as a Markdown table.
              ossrlint history --format svg=history.svg --format csv=history.csv
                  A line chart and a spreadsheet; the table goes to standard output.
              ossrlint history /srv/mirrors/project.git --profile ossr --format json
                  A bare mirror's releases, all with the shipped OSSR profile.

            Exit codes: 0 the history was written (rows may hold errors); 2 usage or
            configuration error: a --profile or --rules that cannot be read, --tags
            on a repository without tags, --last on one without commits; 3 the
            repository cannot be read.
            """
        )

        @Argument(help: "A path inside the repository, or a bare repository.")
        var path: String = "."

        @Flag(name: .long, help: "Score every tag that names a commit (the default).")
        var tags = false

        @Option(name: .long, help: ArgumentHelp("Score the last N commits of the current branch (first parents), oldest first.", valueName: "N"))
        var last: Int?

        @OptionGroup var ruleOptions: RuleOptions

        @Option(name: .long, help: "The stage every revision is linted at: commit, merge-request or release. Default: release with --tags, merge-request with --last.")
        var stage: Stage?

        @Option(name: .long, help: ArgumentHelp("A report: console (a table), markdown, json, csv or svg (a line chart), optionally '=PATH' to write a file. Repeatable; the table goes to standard output unless another report does.", valueName: "format[=path]"))
        var format: [Destination] = []

        /// `--format FORMAT[=PATH]`.
        struct Destination: ExpressibleByArgument {
            var format: HistoryFormat
            var path: String?

            init?(argument: String) {
                let name = argument.prefix { $0 != "=" }
                guard let format = HistoryFormat(rawValue: String(name)) else { return nil }
                self.format = format
                let path = argument.dropFirst(name.count + 1)
                self.path = path.isEmpty ? nil : String(path)
            }

            init(format: HistoryFormat) {
                self.format = format
            }

            static var allValueStrings: [String] { HistoryFormat.allCases.map(\.rawValue) }
        }

        func validate() throws {
            if tags && last != nil { throw ValidationError("choose one of --tags and --last N") }
            if let last, last < 1 { throw ValidationError("--last needs a number of commits, 1 or more, not \(last)") }
            var seen: [String: Destination] = [:]
            for destination in format {
                guard let path = destination.path else { continue }
                let file = URL(fileURLWithPath: path).standardizedFileURL.path
                if let first = seen[file] {
                    throw ValidationError("--format \(first.format.rawValue)=\(first.path ?? "") and --format \(destination.format.rawValue)=\(path) name the same file; give each report its own path")
                }
                seen[file] = destination
            }
        }

        /// Select → score → report.
        func run() throws {
            // A rule set named on the command line is every revision's: a mistake in it is the
            // run's, said once, not a row per revision.
            if ruleOptions.profile != nil || ruleOptions.rules != nil { _ = try Session.loadRuleSet(ruleOptions) }
            let selection: HistorySelection = last.map { .lastCommits($0) } ?? .tags
            let repository: Repository
            let revisions: [HistoryRevision]
            do {
                repository = try Repository.open(at: path)
                let selected = try selection.revisions(of: repository)
                revisions = selected.revisions
                for reason in selected.skipped { Terminal.note("ossrlint: note: skipped \(reason)") }
            } catch {
                Terminal.error(error.description)
                throw ExitCodes.code(for: error)
            }
            if revisions.isEmpty {
                Terminal.error(last == nil
                    ? "'\(path)' has no tag of a commit, so there is no release to score; tag releases (git tag -a v1.0.0), or score recent commits with --last N"
                    : "'\(path)' has no commit on the current branch to score")
                throw ExitCodes.configuration
            }
            let scorer = HistoryScorer(profile: ruleOptions.profile, rulesFile: ruleOptions.rules, stage: stage ?? (last == nil ? .release : .mergeRequest), repositoryPath: path)
            let history = scorer.history(of: revisions, in: repository, selection: selection)
            let destinations = format.contains { $0.path == nil } ? format : format + [Destination(format: .console)]
            for destination in destinations {
                let text = destination.format.render(history)
                if let path = destination.path {
                    try Session.write(text, to: path, describing: "the \(destination.format.rawValue) history")
                } else {
                    Terminal.write(text)
                }
            }
        }
    }
}

extension HistoryFormat: ExpressibleByArgument {}
