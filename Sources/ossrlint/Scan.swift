import ArgumentParser
import Foundation
import GitKit
import OSSRLintKit

extension ScanShard: ExpressibleByArgument {}

extension OSSRLint {
    /// Scores many repositories, in parallel, into one table.
    struct Scan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scan",
            abstract: "Score many repositories at once, in parallel, into one table (a survey, not a gate).",
            discussion: """
            Each repository is linted as 'ossrlint check --rev REV' would lint it,
            with its own .ossrlint.yml, and becomes one row: its score, grade, each
            category's score, how many required rules failed, or why it could not
            be scanned. Rows go by score, highest first (ties by name); the
            repositories that could not be scanned come last. Below the table:
            the rules failed most often across the set (not in CSV, which holds one
            table). Progress goes to standard error: a bar on a terminal, else a
            line per repository. Tables go to standard output or files only.

            Examples:
              ossrlint scan --folder /srv/mirrors
                  Every repository in a folder (NAME.git or NAME/.git, one level
                  down, hidden ones skipped): Markdown on standard output.
              ossrlint scan alpha beta.git ../gamma --format csv=scores.csv
                  Named repositories; a CSV table for a spreadsheet.
              find /srv -name '*.git' -prune | ossrlint scan --list -
                  Repositories listed one per line, here on standard input.
              ossrlint scan --folder mirrors --stage release --rev v1.0.0
                  Every repository at the release stage, at its tag v1.0.0.
              ossrlint scan --folder mirrors --shard 2/4 --format json=scan-2.json
                  The second of four slices, for CI jobs that share the work.
              ossrlint scan --folder mirrors --jobs 1 --format html=scan.html
                  One repository at a time; a self-contained HTML page.

            Sharding: the repositories, sorted by name, are numbered from 0, and
            shard K/N takes those whose number leaves K-1 when divided by N.
            'ossrlint merge' joins the shards' JSON into exactly the table an
            unsharded scan writes.

            Exit codes: 0 every repository was scanned (findings do not count: a
            scan is a survey, not a gate); 2 usage or configuration error of the
            scan itself (nothing is scanned); 3 at least one repository could not
            be scanned: its row says why, with the code 'ossrlint check' gives on
            it (2 for its broken .ossrlint.yml or a revision it lacks, 3 when it
            cannot be read). Tables are written in every case but 2.
            """
        )

        @Argument(help: ArgumentHelp("Repositories to scan: work trees or bare repositories, each a row named as given.", valueName: "path"))
        var paths: [String] = []

        @Option(name: .long, help: ArgumentHelp("A file listing the repositories, one path per line ('-': standard input); blank lines and lines starting with '#' are skipped.", valueName: "file"))
        var list: String?

        @Option(name: .long, help: ArgumentHelp("A folder whose folders are the repositories, each a row named by its folder's name.", valueName: "folder"))
        var folder: String?

        @OptionGroup var ruleOptions: RuleOptions

        @Option(name: .long, help: "The moment linted at: merge-request (default), release or commit.")
        var stage: Stage = .mergeRequest

        @Option(name: .long, help: ArgumentHelp("The revision to lint in every repository.", valueName: "revision"))
        var rev = "HEAD"

        @Option(name: .long, help: ArgumentHelp("How many repositories to lint at once (default: one per processor).", valueName: "count"))
        var jobs: Int?

        @Option(name: .long, help: ArgumentHelp("Scan only slice K of N (see Sharding below), e.g. --shard $CI_NODE_INDEX/$CI_NODE_TOTAL.", valueName: "K/N"))
        var shard: ScanShard?

        @OptionGroup var output: ScanOutputOptions

        func validate() throws {
            let sources = [!paths.isEmpty, list != nil, folder != nil].filter { $0 }.count
            if sources == 0 { throw ValidationError("name the repositories to scan: paths, --list FILE or --folder FOLDER") }
            if sources > 1 { throw ValidationError("choose one of paths, --list and --folder") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        }

        /// Parse → list → read the rule set → scan in parallel → table → write.
        func run() throws {
            let targets = try self.targets()
            guard !targets.isEmpty else {
                Terminal.error("no repository to scan in \(folder.map { "the folder '\($0)'" } ?? list.map { "the list '\($0)'" } ?? "the arguments")")
                throw ExitCodes.configuration
            }
            let rules: ScanRules
            do { rules = try ScanRules(profile: ruleOptions.profile, rulesFile: ruleOptions.rules) } catch {
                Terminal.error(error)
                throw ExitCodes.configuration
            }
            let scanner = RepositoryScanner(rules: rules, stage: stage, revision: rev) { Int(ExitCodes.code(for: $0).rawValue) }
            let display = ScanProgressDisplay()
            let selected = shard?.select(targets) ?? targets
            let rows = BatchScanner(scanner).scan(selected, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, progress: display.show)
            let table = ScanTable(settings: scanner.settings, shard: shard, rows: rows)
            display.finish(table)
            try output.write(table)
            if table.exitCode != 0 { throw ExitCode(table.exitCode) }
        }

        /// The repositories the arguments name, sorted by name.
        private func targets() throws -> [ScanTarget] {
            do {
                if let folder { return try ScanTargetList.folder(folder) }
                if let list {
                    let data = list == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: list)
                    guard let data else {
                        Terminal.error("cannot read the list '\(list)'; give a file with one repository path per line")
                        throw ExitCodes.configuration
                    }
                    return try ScanTargetList.list(Array(data), file: list)
                }
                return ScanTargetList.paths(paths)
            } catch let error as ScanInputError {
                Terminal.error(error.description)
                throw ExitCodes.configuration
            }
        }
    }
}
