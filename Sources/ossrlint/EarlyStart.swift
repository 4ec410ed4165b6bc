import OSSRLintKit

/// Work a run will need, started before its arguments are parsed.
///
/// Parsing the arguments takes a few milliseconds; loading the default profile and the licence
/// index takes longer, and on a small repository the whole lint then waits for it. When the raw
/// arguments ask for `check` with the default profile, `main` starts that loading at once, on
/// other threads. It is only a head start: parsing still decides what runs, and `check` loads
/// another set when the arguments or `.ossrlint.yml` name one.
enum EarlyStart {
    /// The default profile and the licence index, loading from first use on.
    static let defaultProfile = LintSetup.preload()

    /// First arguments that run something else: the other subcommands (named in their
    /// configurations) and the requests ArgumentParser answers itself.
    private static let otherCommands: Set<String> = Set(
        OSSRLint.configuration.subcommands.compactMap { $0.configuration.commandName }.filter { $0 != OSSRLint.Check.configuration.commandName }
    ).union(["help", "-h", "--help", "--version", "--experimental-dump-help", "--generate-completion-script"])

    /// Whether `arguments` (without the program name) most likely run `check` with the default
    /// profile: `check` named or left as the default subcommand, and no `--profile` or `--rules`.
    static func likelyChecksDefaultProfile(_ arguments: [String]) -> Bool {
        if let first = arguments.first, otherCommands.contains(first) { return false }
        return !arguments.contains { argument in
            ["--profile", "--rules", "--help", "-h"].contains { argument == $0 || argument.hasPrefix($0 + "=") }
        }
    }
}
