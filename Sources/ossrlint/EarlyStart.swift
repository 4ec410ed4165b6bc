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

    /// The repository and source the command line most likely lints, opening and listing from
    /// first use on; nil when it runs something else or is not plain enough to tell.
    static let snapshot: SnapshotPreload? = likelySnapshot(Array(CommandLine.arguments.dropFirst())).map {
        SnapshotPreload(path: $0.path, source: $0.source)
    }

    /// Options of `check` that take a value, so that `--format json` is not read as the path
    /// `json`. A test runs `check` with every option ArgumentParser describes as taking a value
    /// and expects the early listing to be used; a wrong guess costs only a second listing,
    /// never a wrong result.
    static let checkOptionsWithValues: Set<String> = ["--rev", "--format", "--fail-on", "--color", "--profile", "--rules"]

    /// The path and source that `arguments` (without the program name) most likely lint with
    /// `check`; nil when they run another command or are not plain enough to tell.
    static func likelySnapshot(_ arguments: [String]) -> (path: String, source: SnapshotSource)? {
        var remaining = arguments[...]
        if remaining.first == OSSRLint.Check.configuration.commandName {
            remaining.removeFirst()
        } else if let first = remaining.first, otherCommands.contains(first) {
            return nil
        }
        var path: String?
        var sources: [SnapshotSource] = []
        while let argument = remaining.popFirst() {
            switch argument {
            case "--staged": sources.append(.index)
            case "--worktree": sources.append(.worktree)
            case "--rev":
                guard let revision = remaining.popFirst() else { return nil }
                sources.append(.commit(revision: revision))
            case _ where argument.hasPrefix("--rev="): sources.append(.commit(revision: String(argument.dropFirst("--rev=".count))))
            case _ where checkOptionsWithValues.contains(argument): guard remaining.popFirst() != nil else { return nil }
            case "--", "-h", "--help": return nil
            case _ where argument.hasPrefix("-"): continue  // a flag, or an option written `--name=value`
            default:
                guard path == nil else { return nil }
                path = argument
            }
        }
        guard sources.count <= 1 else { return nil }
        return (path ?? ".", sources.first ?? .commit(revision: "HEAD"))
    }

    /// Whether `arguments` (without the program name) most likely run `check` with the default
    /// profile: `check` named or left as the default subcommand, and no `--profile` or `--rules`.
    static func likelyChecksDefaultProfile(_ arguments: [String]) -> Bool {
        if let first = arguments.first, otherCommands.contains(first) { return false }
        return !arguments.contains { argument in
            ["--profile", "--rules", "--help", "-h"].contains { argument == $0 || argument.hasPrefix($0 + "=") }
        }
    }
}
