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
        loader: RuleSetLoader = RuleSetLoader(), preloaded: RuleSetPreload? = nil
    ) throws(ConfigurationError) -> Linter {
        let configuration = try RepositoryConfiguration.read(from: snapshot)
        let reference = rulesFile ?? profile ?? configuration.profile ?? defaultProfile
        let ruleSet: RuleSet
        if let preloaded, preloaded.reference == reference {
            ruleSet = try preloaded.ruleSet()
        } else {
            ruleSet = try loader.load(reference)
        }
        return Linter(ruleSet: try configuration.apply(to: ruleSet), configuration: configuration)
    }

    /// Starts loading, on another thread, the rule set a run will most likely use (the one named
    /// on the command line, else the default profile) and the licence index, while the caller
    /// opens the repository. `linter(for:…, preloaded:)` uses the preloaded set only when the
    /// repository's configuration does not name another one.
    public static func preload(profile: String? = nil, rulesFile: String? = nil, loader: RuleSetLoader = RuleSetLoader()) -> RuleSetPreload {
        let reference = rulesFile ?? profile ?? defaultProfile
        // Two threads: on a small repository the main thread has listed everything before
        // either is done, and the machine has a core for each.
        return RuleSetPreload(reference: reference,
                              work: Preload { try loader.load(reference) },
                              licenceIndex: Preload { _ = LicenceIndex.shared })
    }
}

/// A rule set being loaded in the background, and the name or path it was asked for.
public struct RuleSetPreload: Sendable {
    public let reference: String
    let work: Preload<RuleSet>
    let licenceIndex: Preload<Void>

    /// Waits for all the work: a process must not exit while it runs (C libraries' exit
    /// handlers would tear down what it is using).
    public func finish() {
        _ = try? work.value()
        _ = try? licenceIndex.value()
    }

    /// Whether the loaded set reads tags (waits for it); false when it could not be loaded,
    /// which the lint then reports.
    public var readsTags: Bool { (try? work.value())?.readsTags ?? false }

    func ruleSet() throws(ConfigurationError) -> RuleSet {
        do { return try work.value() } catch let error as ConfigurationError { throw error } catch {
            throw ConfigurationError(file: reference, message: "\(error)")
        }
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
