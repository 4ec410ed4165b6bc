import GitKit
import OSSRLintKit

/// Work a run will need, started before its arguments are parsed.
///
/// Parsing the arguments takes a few milliseconds; loading the default profile and the licence
/// index takes longer, and on a small repository the whole lint then waits for it. When the raw
/// arguments ask for `check` with the default profile, `main` starts that loading at once, on
/// other threads, and the opening and listing of the repository they name on a third. It is
/// only a head start: parsing still decides what runs, `check` loads another set when the
/// arguments or `.ossrlint.yml` name one, and lists again when the parsed path or source differ
/// from the guessed ones.
enum EarlyStart {
    /// The default profile and the licence index, loading from first use on.
    static let defaultProfile = LintSetup.preload()

    /// First arguments that run something else: the other subcommands (named in their
    /// configurations) and the requests ArgumentParser answers itself.
    private static let otherCommands: Set<String> = Set(
        OSSRLint.configuration.subcommands.compactMap { $0.configuration.commandName }.filter { $0 != OSSRLint.Check.configuration.commandName }
    ).union(["help", "-h", "--help", "--version", "--experimental-dump-help", "--generate-completion-script"])

    /// What the command line most likely runs, read once from the raw arguments; nil when it
    /// runs another command or asks for help.
    static let guess = CheckGuess(arguments: Array(CommandLine.arguments.dropFirst()))

    /// The repository and source the command line most likely lints, opening and listing from
    /// first use on; nil when it runs something else or is not plain enough to tell.
    static let snapshot: SnapshotPreload? = guess?.listing.map { SnapshotPreload(path: $0.path, source: $0.source) }

    /// Options of `check` that take a value, so that `--format json` is not read as the path
    /// `json`. A test runs `check` with every option ArgumentParser describes as taking a value
    /// and expects the early listing to be used; a wrong guess costs only a second listing,
    /// never a wrong result.
    static let checkOptionsWithValues: Set<String> = ["--rev", "--format", "--fail-on", "--color", "--profile", "--rules"]

    /// What a `check` command line most likely asks for, read from the raw arguments in one pass.
    struct CheckGuess {
        /// The path and source it lints; nil when the arguments are not plain enough to tell
        /// (two paths, two sources, `--`, an option missing its value).
        var listing: (path: String, source: SnapshotSource)?
        /// Whether it uses the default profile: neither `--profile` nor `--rules`.
        var usesDefaultProfile: Bool

        /// Nil when `arguments` (without the program name) run another command or ask for help.
        init?(arguments: [String]) {
            var remaining = arguments[...]
            if remaining.first == OSSRLint.Check.configuration.commandName {
                remaining.removeFirst()
            } else if let first = remaining.first, otherCommands.contains(first) {
                return nil
            }
            var path: String?
            var sources: [SnapshotSource] = []
            var isPlain = true
            usesDefaultProfile = true
            scan: while let argument = remaining.popFirst() {
                let name = String(argument.prefix { $0 != "=" })
                // An option's value: after '=', else the next argument.
                func value() -> String? {
                    name.count < argument.count ? String(argument.dropFirst(name.count + 1)) : remaining.popFirst()
                }
                switch name {
                case "-h", "--help": return nil
                case "--": isPlain = false; break scan
                case "--staged": sources.append(.index)
                case "--worktree": sources.append(.worktree)
                case "--rev":
                    guard let revision = value() else { isPlain = false; break scan }
                    sources.append(.commit(revision: revision))
                case _ where checkOptionsWithValues.contains(name):
                    if name == "--profile" || name == "--rules" { usesDefaultProfile = false }
                    guard value() != nil else { isPlain = false; break scan }
                case _ where argument.hasPrefix("-"): continue  // a flag
                default:
                    if path != nil { isPlain = false }
                    path = argument
                }
            }
            listing = isPlain && sources.count <= 1 ? (path ?? ".", sources.first ?? .commit(revision: "HEAD")) : nil
        }
    }
}
