import GitKit

/// Chooses the rule set for a snapshot and applies the repository's configuration.
///
/// Order, and why: the snapshot's own `.ossrlint.yml` is read first (it may name the profile);
/// a profile or rule file given on the command line wins over it; the configuration's severity
/// changes, extra rules and waivers are applied last, to whichever set was chosen.
public enum LintSetup {
    /// The profile used when neither the command line nor `.ossrlint.yml` names one.
    public static let defaultProfile = "ossr"

    public static func linter(
        for snapshot: RepositorySnapshot, profile: String? = nil, rulesFile: String? = nil,
        loader: RuleSetLoader = RuleSetLoader()
    ) throws(ConfigurationError) -> Linter {
        let configuration = try RepositoryConfiguration.read(from: snapshot)
        let ruleSet = try loader.load(rulesFile ?? profile ?? configuration.profile ?? defaultProfile)
        return Linter(ruleSet: try configuration.apply(to: ruleSet), configuration: configuration)
    }
}

extension RepositoryConfiguration {
    /// The snapshot's `.ossrlint.yml` (so a commit is linted with the configuration it had),
    /// or the empty configuration when there is none.
    public static func read(from snapshot: RepositorySnapshot) throws(ConfigurationError) -> RepositoryConfiguration {
        guard let entry = snapshot.entry(at: GitPath(fileName)), entry.kind.hasContent else { return .empty() }
        do {
            let data = try snapshot.content(of: entry, limit: 1 << 20)
            return try parse(yaml: String(decoding: data, as: UTF8.self), file: fileName)
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError(file: fileName, message: "cannot read the configuration: \(error)")
        }
    }
}
