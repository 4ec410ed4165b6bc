import ArgumentParser
import Foundation
import GitKit
import OSSRLintKit

extension OSSRLint {
    /// Says what a repository is licensed under, and why.
    struct License: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "license",
            abstract: "Identify what a repository is licensed under, with the evidence.",
            discussion: """
            The verdict is an SPDX expression built from the licence files (identified
            against the SPDX reference texts) and REUSE LICENSES/; declarations in
            codemeta.json, CITATION.cff and packaging files are compared with it, never
            put in its place. 'null' means no licence file; NOASSERTION, a licence file
            that matches nothing known.

            Examples:
              ossrlint license
              ossrlint license --rev v1.0.0 --format json project.git
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var source: SourceOptions

        @Option(name: .long, help: "text or json.")
        var format: Format = .text

        func run() throws {
            let snapshot = try Session.openSnapshot(source)
            let analysis: LicenceAnalysis
            do { analysis = try FactCollector.collect(snapshot, needs: .licenceAnalysis).licenceAnalysis() } catch {
                Terminal.error(error.description)
                throw ExitCodes.unreadableRepository
            }
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(analysis)
                Terminal.write(String(decoding: data, as: UTF8.self) + "\n")
            case .text:
                Terminal.write(LicenceReport(analysis: analysis).text)
            }
        }
    }
}
