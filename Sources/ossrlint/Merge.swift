import ArgumentParser
import Foundation
import OSSRLintKit

extension OSSRLint {
    /// Joins the JSON tables of a scan's shards into the table of the whole scan.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Join the JSON tables of a scan's shards into the table of the whole scan.",
            discussion: """
            Reads the JSON that 'ossrlint scan --format json=FILE' writes and
            writes the table, in any scan format, exactly as one unsharded scan of
            all the repositories writes it.

            Examples:
              ossrlint merge scan-1.json scan-2.json scan-3.json scan-4.json
                  The four shards of 'scan --shard K/4' as one Markdown table.
              ossrlint merge scan-*.json --format html=scan.html --format csv
                  An HTML page of the whole scan, and CSV on standard output.
              ossrlint merge mirrors-a.json mirrors-b.json --format json=all.json
                  Two whole scans of different repositories, same options.

            Refused (exit 2), saying what to do: a file that is not a scan's JSON;
            scans made with another ossrlint version, rule set, stage or revision;
            a repository in two files; shards of different splits, a shard given
            twice or one missing.

            Exit codes: 0 merged, every repository scanned; 2 refused, or a usage
            error; 3 merged, but a repository could not be scanned (as the scan).
            """
        )

        @Argument(help: ArgumentHelp("JSON files written by 'ossrlint scan --format json=FILE'.", valueName: "scan.json"))
        var scans: [String] = []

        @OptionGroup var output: ScanOutputOptions

        func validate() throws {
            if scans.isEmpty { throw ValidationError("give the JSON files of the shards to merge") }
        }

        func run() throws {
            var inputs: [ScanMerge.Input] = []
            for file in scans {
                guard let data = FileManager.default.contents(atPath: file) else {
                    Terminal.error("cannot read '\(file)'; give the JSON files 'ossrlint scan --format json=FILE' wrote")
                    throw ExitCodes.configuration
                }
                do {
                    inputs.append(ScanMerge.Input(file: file, table: try ScanDocument.read(data)))
                } catch {
                    Terminal.error("'\(file)' is not the JSON of an ossrlint scan: \(error.reason); give the files 'ossrlint scan --format json=FILE' wrote")
                    throw ExitCodes.configuration
                }
            }
            let table: ScanTable
            do { table = try ScanMerge.merge(inputs) } catch {
                Terminal.error("cannot merge: \(error.description)")
                throw ExitCodes.configuration
            }
            try output.write(table)
            if table.exitCode != 0 { throw ExitCode(table.exitCode) }
        }
    }
}
