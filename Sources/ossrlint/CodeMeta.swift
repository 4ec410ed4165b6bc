import ArgumentParser
import Foundation
import GitKit
import OSSRLintKit

extension OSSRLint {
    /// Helps write and convert codemeta.json, offline.
    struct CodeMeta: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "codemeta",
            abstract: "Draft codemeta.json, or convert it to .zenodo.json, offline.",
            subcommands: [Init.self, ToZenodo.self]
        )

        struct Init: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "init",
                abstract: "Draft a codemeta.json from what the repository already says.",
                discussion: """
                Name, description (the README's first paragraph), licence, version and date
                (the latest release tag), authors and maintainer (commit history),
                codeRepository (the remote) and languages (file extensions). Values a
                person must confirm start with "TODO:"; the codemeta rules flag them
                until they are filled in.

                Examples:
                  ossrlint codemeta init > codemeta.json
                  ossrlint codemeta init --output codemeta.json --rev v1.2.0
                """
            )

            @OptionGroup var source: SourceOptions

            @Option(name: .shortAndLong, help: "Write the draft here instead of standard output (an existing file is not overwritten).")
            var output: String?

            func run() throws {
                let snapshot = try Session.openSnapshot(source)
                let licence = try? FactCollector.collect(snapshot, needs: .licenceAnalysis).licenceAnalysis().expression
                let facts = ProjectFactsCollector.collect(from: snapshot, licenceExpression: licence ?? nil, repositoryPath: source.path)
                let draft = CodeMetaDraft(facts: facts)
                let json = draft.json.hasSuffix("\n") ? draft.json : draft.json + "\n"
                if let output {
                    try Session.write(json, to: output, describing: "the draft", replacing: false)
                } else {
                    Terminal.write(json)
                }
                var notes = draft.placeholders.map { "to fill in: \($0.keyPath) — \($0.text)" }
                notes += draft.guesses.map { "to confirm: \($0)" }
                if !notes.isEmpty { Terminal.note(notes.joined(separator: "\n")) }
            }
        }

        struct ToZenodo: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "to-zenodo",
                abstract: "Convert codemeta.json to the .zenodo.json the OSSR upload would send.",
                discussion: """
                Examples:
                  ossrlint codemeta to-zenodo
                  ossrlint codemeta to-zenodo --escape-community --grant 824064 path/to/codemeta.json
                """
            )

            @Argument(help: "The codemeta.json to convert.")
            var file: String = "codemeta.json"

            @Flag(name: .long, help: "Add the ESCAPE community (escape2020) to the record.")
            var escapeCommunity = false

            @Option(name: .long, help: "A grant id to add (repeatable), e.g. 824064 for ESCAPE.")
            var grant: [String] = []

            func run() throws {
                let data: Data
                do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                    Terminal.error("cannot read '\(file)': \(error.localizedDescription)")
                    throw ExitCodes.configuration
                }
                do {
                    let options = ZenodoConversion.Options(includeEscapeCommunity: escapeCommunity, grants: grant)
                    let json = try ZenodoConversion.zenodoJSON(fromCodeMeta: data, options: options)
                    Terminal.write(json.hasSuffix("\n") ? json : json + "\n")
                } catch {
                    Terminal.error(error.description.replacingOccurrences(of: "codemeta.json", with: file))
                    throw ExitCodes.findings
                }
            }
        }
    }
}
