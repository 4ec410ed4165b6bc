/// What a scan was made with: the tool, the rule set, the stage and the revision. Shards can
/// be merged only when theirs are the same, for their rows to be comparable.
public struct ScanSettings: Codable, Sendable, Hashable {
    /// The version of ossrlint that scanned.
    public var version: String
    /// The rule set the command line named (`--profile NAME` or `--rules FILE`, as given);
    /// nil when none was, and each repository's `.ossrlint.yml` chose (else the OSSR profile).
    public var ruleSet: String?
    /// SHA-256 of the rule set's name and of the text of every rule file read from disk for it,
    /// so that two shards that read different files under one name are told apart.
    public var ruleSetDigest: String
    public var stage: Stage
    /// The revision linted in every repository.
    public var revision: String

    public init(version: String = OSSRLintVersion.current, ruleSet: String?, ruleSetDigest: String, stage: Stage, revision: String) {
        self.version = version
        self.ruleSet = ruleSet
        self.ruleSetDigest = ruleSetDigest
        self.stage = stage
        self.revision = revision
    }

    /// How two settings differ, in words ("stage 'release' and 'merge-request'"); nil when
    /// they are the same.
    func difference(from other: ScanSettings) -> String? {
        if version != other.version { return "ossrlint \(version) and \(other.version)" }
        if ruleSet != other.ruleSet { return "rule set \(Self.name(ruleSet)) and \(Self.name(other.ruleSet))" }
        if ruleSetDigest != other.ruleSetDigest { return "rule set \(Self.name(ruleSet)) with different contents (digest \(ruleSetDigest.prefix(12)) and \(other.ruleSetDigest.prefix(12)))" }
        if stage != other.stage { return "stage '\(stage.rawValue)' and '\(other.stage.rawValue)'" }
        if revision != other.revision { return "revision '\(revision)' and '\(other.revision)'" }
        return nil
    }

    private static func name(_ ruleSet: String?) -> String {
        ruleSet.map { "'\($0)'" } ?? "(each repository's own)"
    }
}
