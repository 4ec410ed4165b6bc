import GitKit

/// Chooses the rule set for a revision and applies the repository's configuration.
///
/// Order, and why: the revision's own `.ossrlint.yml` is read first (it may name the profile);
/// a profile or rule file given on the command line wins over it; the configuration's severity
/// changes, extra rules and waivers are applied last, to whichever set was chosen.
public enum LintSetup {
    /// The profile used when neither the command line nor `.ossrlint.yml` names one.
    public static let defaultProfile = "ossr"

    /// The linter for a revision whose configuration is `configuration`.
    public static func linter(
        configuration: RepositoryConfiguration, profile: String? = nil, rulesFile: String? = nil,
        loader: RuleSetLoader = RuleSetLoader()
    ) throws(ConfigurationError) -> Linter {
        let reference = rulesFile ?? profile ?? configuration.profile ?? defaultProfile
        let ruleSet = try loader.load(reference)
        return Linter(ruleSet: try configuration.apply(to: ruleSet), configuration: configuration)
    }
}
