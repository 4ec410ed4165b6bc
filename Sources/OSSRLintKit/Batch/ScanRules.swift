import GitKit

/// The rule set of a scan, read once before any repository is, and the choice each repository
/// makes from it.
///
/// Read once because a scan lints hundreds of repositories with it: parsing the YAML again for
/// each would cost time, and a rule file changed on disk half-way would judge the repositories
/// by different rules. The choice is `LintSetup`'s, in its order: the command line's rule set
/// wins; without one, a repository's `.ossrlint.yml` may name its own profile (read from the
/// revision); else the default profile. The configuration's changes apply last, as for `check`.
public struct ScanRules: Sendable {
    /// The command line's rule set, or the default profile when it names none.
    public let base: RuleSet
    /// Whether the command line named `base` (then no repository's profile replaces it).
    public let isFromCommandLine: Bool
    /// What the scan records about the rule set, for merging shards.
    public let reference: String?
    public let digest: String

    /// Reads `--profile` or `--rules` (at most one), or the default profile.
    public init(profile: String?, rulesFile: String?) throws(ConfigurationError) {
        let reference = rulesFile ?? profile
        // Each rule file read from disk goes into the digest, `extends` included.
        final class Reading {
            var files: [(path: String, text: String)] = []
        }
        let reading = Reading()
        let disk = RuleFiles.disk
        let loader = RuleSetLoader(files: RuleFiles(read: { path in
            let text = try disk.read(path)
            reading.files.append((path, text))
            return text
        }, locate: disk.locate))
        base = try loader.load(reference ?? LintSetup.defaultProfile)
        isFromCommandLine = reference != nil
        self.reference = reference
        var hashed = Array((reference ?? LintSetup.defaultProfile).utf8) + [0]
        for file in reading.files { hashed += Array(file.path.utf8) + [0] + Array(file.text.utf8) + [0] }
        digest = SHA256.hex(hashed)
    }

    /// The linter for `snapshot`, from its `.ossrlint.yml`; throws the configuration's mistake,
    /// positioned, when it has one.
    func linter(for snapshot: RepositorySnapshot, stage: Stage) throws(ConfigurationError) -> Linter {
        let configuration = try FactCollector.configuration(of: snapshot)
        if !isFromCommandLine, configuration.profile != nil {
            return try LintSetup.linter(configuration: configuration, stage: stage, revisionFiles: FactCollector.ruleFiles(of: snapshot))
        }
        return Linter(ruleSet: try configuration.apply(to: base), configuration: configuration, stage: stage)
    }

    /// The settings a scan with these rules at `stage` of `revision` records.
    public func settings(stage: Stage, revision: String) -> ScanSettings {
        ScanSettings(ruleSet: reference, ruleSetDigest: digest, stage: stage, revision: revision)
    }
}
