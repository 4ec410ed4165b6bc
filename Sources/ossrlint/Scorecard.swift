import ArgumentParser
import Foundation
import OSSRLintKit

extension OSSRLint {
    /// Lints one state of a repository as `check` does and writes its scorecard.
    struct Scorecard: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scorecard",
            abstract: "Lint a repository and write its score as a scorecard (Markdown, HTML, JSON) or a badge (SVG).",
            discussion: """
            The scorecard shows the score out of 100 and the grade, each category's
            score, every point lost with its rule, what is wrong and how to earn it
            back, and the rules left out of the score (waived, not applicable). Its
            date is the linted commit's; the index and the work tree are 'not
            committed'.

            Examples:
              ossrlint scorecard
                  Print the Markdown scorecard of HEAD.
              ossrlint scorecard --format html=scorecard.html
                  One self-contained page (no script, nothing fetched); prints well.
              ossrlint scorecard --rev v1.2.0 --format svg=badge.svg
                  A badge for the README, coloured by grade.
              ossrlint scorecard --format json=score.json --format markdown
                  The numbers for a dashboard; Markdown on standard output.
              ossrlint scorecard --worktree
                  The score of the files on disk, before committing.

            With every scorecard going to a file, standard output gets one line:
            the score. How scores are made: 'ossrlint explain --scoring'.

            Exit codes: 0 the scorecard was written, whatever the score (a
            scorecard reports; 'ossrlint check' is the gate); 2 usage or
            configuration error; 3 the repository cannot be read.
            """
        )

        @OptionGroup var source: SourceOptions
        @OptionGroup var ruleOptions: RuleOptions

        @Option(name: .long, help: ArgumentHelp("A scorecard: markdown (default), html, json or svg (a badge), optionally '=PATH' to write a file. Repeatable.", valueName: "format[=path]"))
        var format: [ScorecardDestination] = []

        @Option(name: .long, help: "The moment linted at: commit, merge-request or release. Default: as 'ossrlint check' chooses it.")
        var stage: Stage?

        func validate() throws {
            try ScorecardDestination.rejectSharedFiles(format)
        }

        /// Parse → open → collect → evaluate → render, as `check` does.
        func run() throws {
            let snapshot = try Session.openSnapshot(source)
            let linter = try Session.linter(for: snapshot, ruleOptions, stage: stage ?? Check.defaultStage(for: snapshot, source.source))
            let facts = FactCollector.collect(snapshot, needs: linter.needs, excluding: linter.configuration.excludes)
            // Headed by the repository's folder, which `.` or a path inside it does not name.
            let root = snapshot.repository.facts.workTree ?? snapshot.repository.facts.gitDirectory
            let card = OSSRLintKit.Scorecard(report: linter.lint(facts, repositoryPath: source.path), name: URL(fileURLWithPath: root).lastPathComponent)
            let destinations = format.isEmpty ? [ScorecardDestination(format: .markdown)] : format
            for destination in destinations {
                let text = destination.format.render(card)
                if let path = destination.path {
                    try Session.write(text, to: path, describing: "the \(destination.format.rawValue) scorecard")
                } else {
                    Terminal.write(text)
                }
            }
            if destinations.allSatisfy({ $0.path != nil }) { Terminal.write(card.scoreLine + "\n") }
        }
    }
}
