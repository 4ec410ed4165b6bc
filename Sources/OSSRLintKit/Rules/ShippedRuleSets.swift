/// The rule sets that ship inside the binary, by name (their YAML is generated into
/// `ShippedRuleSetSources` from `Rules/*.yml`).
public enum ShippedRuleSets {
    public static var names: [String] { ShippedRuleSetSources.files.map(\.name) }

    public static func source(named name: String) -> String? {
        ShippedRuleSetSources.files.first { $0.name == name }?.yaml
    }
}
