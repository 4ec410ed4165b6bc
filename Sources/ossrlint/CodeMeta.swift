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
                Name (packaging metadata, the CITATION.cff title, else the remote or
                folder), description (packaging metadata, else the README's first prose
                paragraph), licence, version and date (the latest release tag), authors and
                maintainer (CITATION.cff, else pyproject.toml or setup.cfg, else the busiest
                committers after .mailmap), codeRepository (the remote) and languages (file
                extensions). Values a person must fill in start with "TODO:"; the codemeta
                rules flag them until they are filled in.

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
                Reads codemeta.json from the root of a revision (HEAD unless --rev, --staged or
                --worktree says otherwise), or the file a path names. Refuses (exit 1) what
                the OSSR upload would refuse: missing required keys, keys outside the crosswalk,
                values Zenodo cannot take, placeholders. Warns about what the deposit leaves out.

                Examples:
                  ossrlint codemeta to-zenodo > .zenodo.json
                  ossrlint codemeta to-zenodo --rev v1.2.0 /srv/mirrors/project.git
                  ossrlint codemeta to-zenodo --escape-community --grant 824064 path/to/codemeta.json
                """
            )

            @OptionGroup var source: SourceOptions

            @Flag(name: .long, help: "Add the ESCAPE community (escape2020) to the record.")
            var escapeCommunity = false

            @Option(name: .long, help: "A grant id to add (repeatable), e.g. 824064 for ESCAPE.")
            var grant: [String] = []

            func run() throws {
                let (data, name) = try Self.codeMeta(source)
                do {
                    let options = ZenodoConversion.Options(includeEscapeCommunity: escapeCommunity, grants: grant)
                    let converted = try ZenodoConversion.convert(data, path: name, options: options)
                    Terminal.write(converted.json)
                    if !converted.warnings.isEmpty { Terminal.note(converted.warnings.map(\.description).joined(separator: "\n")) }
                } catch {
                    Terminal.note(error.description)
                    throw ExitCodes.findings
                }
            }

            /// The codemeta.json to convert and the name messages give it: the file itself when
            /// the path names a file, else the root codemeta.json of the chosen revision.
            static func codeMeta(_ source: SourceOptions) throws -> (Data, String) {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder) else {
                    Terminal.error("cannot read '\(source.path)': there is no such file or folder")
                    throw ExitCodes.configuration
                }
                if !isFolder.boolValue {
                    if source.rev != nil || source.staged || source.worktree {
                        Terminal.error("'\(source.path)' is a file; --rev, --staged and --worktree choose the codemeta.json of a repository, so name the repository instead")
                        throw ExitCodes.configuration
                    }
                    // Foundation's error text on Linux is a bare domain and code; say what it means.
                    guard FileManager.default.isReadableFile(atPath: source.path), let data = FileManager.default.contents(atPath: source.path) else {
                        Terminal.error("cannot read '\(source.path)': permission denied or an I/O error")
                        throw ExitCodes.configuration
                    }
                    return (data, source.path)
                }
                let snapshot = try Session.openSnapshot(source)
                let data: Data?
                do { data = try RootMetadataFile.data(named: "codemeta.json", in: snapshot) } catch {
                    Terminal.error("cannot read codemeta.json: \(error.description)")
                    throw ExitCodes.unreadableRepository
                }
                guard let data else {
                    Terminal.error("there is no codemeta.json at the root of the \(source.source.description); write one with 'ossrlint codemeta init'")
                    throw ExitCodes.configuration
                }
                return (data, "codemeta.json")
            }
        }
    }
}
