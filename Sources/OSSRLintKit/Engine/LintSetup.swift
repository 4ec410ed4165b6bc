import GitKit

/// Chooses the rule set for a revision and applies the repository's configuration.
///
/// Order, and why: the revision's own `.ossrlint.yml` is read first (it may name the profile);
/// a profile or rule file given on the command line wins over it; the configuration's severity
/// changes, extra rules and waivers are applied last, to whichever set was chosen.
public enum LintSetup {
    /// The profile used when neither the command line nor `.ossrlint.yml` names one.
    public static let defaultProfile = "ossr"

    /// The linter for a revision whose configuration is `configuration`. A profile or rule file
    /// given on the command line is read from disk; one the configuration names, from the
    /// revision itself (`revisionFiles`), never from the disk of the machine running the lint.
    public static func linter(
        configuration: RepositoryConfiguration, profile: String? = nil, rulesFile: String? = nil, stage: Stage = .mergeRequest,
        revisionFiles: RuleFiles = .revision(read: { throw RuleFileRefusal("'\($0)' cannot be read: no revision to read it from") })
    ) throws(ConfigurationError) -> Linter {
        let ruleSet: RuleSet
        var ownRules: Set<String> = []
        if let reference = rulesFile ?? profile {
            ruleSet = try RuleSetLoader(files: .disk).load(reference)
            // The configuration was written for its own profile: entries for that profile's
            // rules that this set lacks do not apply here, and are no typos.
            let own = configuration.profile.flatMap { try? RuleSetLoader(files: revisionFiles).load($0, namedIn: configuration) }
                ?? (try? RuleSetLoader().load(defaultProfile))
            ownRules = Set(own?.rules.map(\.id) ?? [])
        } else if let reference = configuration.profile {
            ruleSet = try RuleSetLoader(files: revisionFiles).load(reference, namedIn: configuration)
        } else {
            ruleSet = try RuleSetLoader().load(defaultProfile)
        }
        return Linter(ruleSet: try configuration.apply(to: ruleSet, ignoringRulesOf: ownRules), configuration: configuration, stage: stage)
    }
}
