import ArgumentParser
import GitKit
import OSSRLintKit

extension OSSRLint {
    /// Lints one state of a repository.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint a repository (default command).",
            discussion: """
            Examples:
              ossrlint check
              ossrlint check --staged
              ossrlint check --rev v1.0.0 /srv/mirrors/project.git
            """
        )

        @OptionGroup var source: SourceOptions

        func run() throws {
            let snapshot: RepositorySnapshot
            do {
                snapshot = try RepositorySnapshot(path: source.path, source: source.source)
            } catch {
                Terminal.error(error.description)
                throw ExitCodes.code(for: error)
            }
            var text = "source: \(snapshot.source)\n"
            if let commit = snapshot.commit { text += "commit: \(commit.id.hex)\n" }
            text += "files: \(snapshot.entries.count)\n"
            do {
                text += "tags: \(try snapshot.tags().count)\n"
            } catch {
                Terminal.error(error.description)
                throw ExitCodes.code(for: error)
            }
            for diagnostic in snapshot.diagnostics { text += "warning: \(diagnostic)\n" }
            Terminal.write(text)
        }
    }
}
