import ArgumentParser
import Foundation
import GitKit

extension OSSRLint {
    /// Lists what a snapshot sees, like `git ls-tree -r` (with `--sizes`, like `-l`).
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ls",
            abstract: "List the files a snapshot sees, with their kind (and size).",
            discussion: """
            Paths are quoted the way git quotes them. A blob missing from the object database is
            listed with size '?' and a warning on standard error.

            Examples:
              ossrlint ls --staged
              ossrlint ls --sizes --rev v1.0.0 project.git
            """
        )

        @OptionGroup var source: SourceOptions

        @Flag(name: .long, help: "Read and print every blob's size.")
        var sizes = false

        func run() throws {
            let snapshot = try Session.openSnapshot(source)
            // Written in 64 KiB chunks: one write per chunk, and no 100k-path buffer to page in.
            var output: [UInt8] = []
            output.reserveCapacity(1 << 16)
            var problems: [String] = snapshot.diagnostics.map(\.description)
            // Sizes are read a chunk at a time (see `RepositorySnapshot.sizes(of:)`).
            var sizes: [Int?] = []
            for (position, entry) in snapshot.entries.enumerated() {
                if self.sizes, position % 1024 == 0 {
                    sizes = snapshot.sizes(of: Array(snapshot.entries[position..<min(position + 1024, snapshot.entries.count)]))
                }
                output.append(contentsOf: entry.kind.rawValue.utf8)
                if self.sizes {
                    output.append(0x09)
                    if entry.kind.hasContent {
                        do throws(SnapshotReadError) {
                            let size = if let known = sizes[position % 1024] { known } else { try snapshot.size(of: entry) }
                            output.append(contentsOf: String(size).utf8)
                        } catch {
                            output.append(UInt8(ascii: "?"))
                            problems.append(error.description)
                        }
                    } else {
                        output.append(UInt8(ascii: "-"))
                    }
                }
                output.append(0x09)
                entry.path.appendDisplayName(to: &output)
                output.append(0x0A)
                if output.count >= 1 << 16 {
                    Terminal.write(bytes: Data(output))
                    output.removeAll(keepingCapacity: true)
                }
            }
            Terminal.write(bytes: Data(output))
            for problem in problems { Terminal.note("ossrlint: warning: \(problem)") }
        }
    }
}
