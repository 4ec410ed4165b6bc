import ArgumentParser
import Foundation
import GitKit
import OSSRLintKit

/// The `ossrlint` command: parses arguments and wires the pieces; nothing else.
@main
struct OSSRLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ossrlint",
        abstract: "Check a research-software git repository against the ESCAPE OSSR requirements.",
        discussion: """
        ossrlint reads git objects directly, no checkout needed: a commit, the
        staged index or the work tree, of a normal or a bare repository.

        Examples:
          ossrlint check
              Lint HEAD of the repository around the current directory.
          ossrlint check --staged --quiet
              Lint what 'git commit' would record (pre-commit hooks).
          ossrlint check --rev v1.2.0 project.git --format junit=report.xml
              Lint a tag of a bare mirror; write JUnit XML.
          ossrlint explain codemeta-present
              Why a rule exists and how to comply.

        Exit codes: 0 no finding at or above --fail-on; 1 findings;
        2 usage or configuration error; 3 the repository cannot be read.
        """,
        version: OSSRLintVersion.current,
        subcommands: [Check.self, Rules.self, Explain.self, License.self, CodeMeta.self, List.self, Scorecard.self, History.self, Scan.self, Merge.self],
        defaultSubcommand: Check.self
    )

    /// Parses and runs like ArgumentParser's own `main()`, except that a usage mistake (an
    /// unknown option or value, options that exclude each other) exits 2, as documented, rather
    /// than ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            // One of the documented codes, already explained on standard error where needed.
            Foundation.exit(code.rawValue)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            Terminal.note(fullMessage(for: error))
            Foundation.exit(ExitCodes.configuration.rawValue)
        }
    }
}
