import ArgumentParser

/// Which rule set: a shipped profile or a rule file.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A shipped rule set (default: the repository's .ossrlint.yml profile, else 'ossr').", valueName: "name"))
    var profile: String?

    @Option(name: .long, help: ArgumentHelp("A rule file (YAML) to use instead of a shipped profile.", valueName: "file"))
    var rules: String?

    func validate() throws {
        if profile != nil && rules != nil { throw ValidationError("choose one of --profile and --rules") }
    }
}
