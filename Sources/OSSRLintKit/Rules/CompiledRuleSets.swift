/// The shipped rule sets as Swift values, so that the default profile loads without parsing and
/// decoding its YAML: that was about 5 ms of CPU on every run, a sixth of a 10k-file check.
///
/// `Generated/CompiledRuleSetValues.swift` is written by a test from the same rule files the
/// binary embeds (`ShippedRuleSetSources`), and records a digest of the YAML it was written
/// from. Values written from other YAML are never used: the set then loads from its YAML like
/// any rule file. Another test compares every rule loaded both ways.
enum CompiledRuleSets {
    struct Entry: Sendable {
        let name: String
        /// `digest(of:)` of the YAML the values were written from.
        let sourceDigest: UInt64
        let ruleSet: @Sendable () throws(CheckOptionsError) -> RuleSet
    }

    /// The shipped set `name` as compiled values, when they were written from `yaml`.
    static func ruleSet(named name: String, yaml: String) -> RuleSet? {
        guard let entry = entries.first(where: { $0.name == name }), entry.sourceDigest == digest(of: yaml) else { return nil }
        // Options were valid when the values were written; should a check now reject them, the
        // YAML path reports it with a position.
        return try? entry.ruleSet()
    }

    /// FNV-1a over the UTF-8 bytes: tells one version of a rule file from another, not a hash
    /// to resist anyone (the binary carries both the YAML and the values).
    static func digest(of text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// A check configured from options that were decoded from the rule file when the values
    /// were written (`init(validatedOptions:)`).
    static func check<Kind: CheckKind>(_ kind: Kind.Type, _ options: Kind.Options) throws(CheckOptionsError) -> any CheckKind {
        try Kind(validatedOptions: options)
    }
}
