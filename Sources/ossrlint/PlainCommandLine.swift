import GitKit

extension CheckRequest {
    /// Reads a plain `check` command line without ArgumentParser, or returns nil.
    ///
    /// Why: ArgumentParser finds a command's options by reflecting over its types, and in a
    /// fresh process each first-time reflection scans the binary's ~6,400 protocol-conformance
    /// records. Parsing `ossrlint check …` cost 3–4 ms of the main thread's time on every run
    /// (measured in-process; the whole 10k-file lint takes about 30), before anything else could
    /// start. A plain command line is read here in microseconds instead.
    ///
    /// "Plain" is narrow on purpose: `check` (or no command: it is the default), at most one
    /// path, the long options of `check` each at most once (`--format` repeatable), values that
    /// ArgumentParser would accept, and no two sources or rule sets. Anything else (help,
    /// `--version`, another command, a short or unknown option, `--`, a bad value, a repeated
    /// option) returns nil and ArgumentParser parses the whole line, so its messages and exit
    /// codes are unchanged. Values are read by the same `init?(argument:)` ArgumentParser
    /// calls; a test compares this reader with ArgumentParser on two thousand drawn command lines.
    init?(plainCommandLine arguments: [String]) {
        self.init()
        var remaining = arguments[...]
        let commandNamed = remaining.first == OSSRLint.Check.configuration.commandName
        if commandNamed { remaining.removeFirst() }
        var seen: Set<String> = []
        var sources = 0
        var path: String?
        while let argument = remaining.popFirst() {
            guard argument.hasPrefix("--") else {
                // A value first (or after the options) that names a command runs that command.
                guard !argument.hasPrefix("-"), path == nil, commandNamed || !Self.commandNames.contains(argument) else { return nil }
                path = argument
                continue
            }
            let name = String(argument.prefix { $0 != "=" })
            let attached = name.count < argument.count ? String(argument.dropFirst(name.count + 1)) : nil
            guard name == "--format" || seen.insert(name).inserted else { return nil }
            // An option's value: after '=', else the next argument unless that is an option.
            // (ArgumentParser reads `--rev=` as a missing value, and may take the next argument.)
            func value() -> String? {
                if let attached { return attached.isEmpty ? nil : attached }
                guard let next = remaining.first, !next.hasPrefix("-") else { return nil }
                return remaining.popFirst()
            }
            switch name {
            case "--staged", "--worktree", "--quiet", "--timings":
                guard attached == nil else { return nil }
                switch name {
                case "--staged": source = .index; sources += 1
                case "--worktree": source = .worktree; sources += 1
                case "--quiet": quiet = true
                default: timings = true
                }
            case "--rev":
                guard let revision = value() else { return nil }
                source = .commit(revision: revision)
                sources += 1
            case "--format":
                guard let text = value(), let destination = ReportDestination(argument: text) else { return nil }
                destinations.append(destination)
            case "--fail-on":
                guard let text = value(), let threshold = FailThreshold(argument: text) else { return nil }
                failOn = threshold
            case "--color":
                guard let text = value(), let choice = ColourChoice(argument: text) else { return nil }
                colour = choice
            case "--profile":
                guard let name = value() else { return nil }
                profile = name
            case "--rules":
                guard let file = value() else { return nil }
                rulesFile = file
            default:
                return nil
            }
        }
        guard sources <= 1, profile == nil || rulesFile == nil else { return nil }
        self.path = path ?? "."
    }

    /// Names that, as the first value, run something other than `check`.
    private static let commandNames: Set<String> = Set(
        OSSRLint.configuration.subcommands.compactMap { $0.configuration.commandName }
    ).union(["help"])
}
