/// A repository's own `.ossrlint.yml`: which profile, severity changes, rules turned off with a
/// reason, extra rules, and paths to exclude.
///
/// ```yaml
/// profile: ossr
/// severity: { no-large-files: info }
/// disable:
///   - rule: container-recipe-present
///     reason: a pure-Python library; installs with pip
/// exclude: ["vendor/**", "tests/fixtures/**"]
/// rules: []          # extra rules, written as in a rule set
/// ```
public struct RepositoryConfiguration: Sendable {
    /// A waived rule and why.
    public struct Waiver: Sendable, Hashable {
        public var rule: String
        public var reason: String
    }

    /// The file name looked for at the root of the snapshot.
    public static let fileName = ".ossrlint.yml"

    public var profile: String?
    public var severities: [String: Severity]
    public var waivers: [Waiver]
    public var excludes: [Glob]
    /// Extra rules, decoded as strictly as a rule set's.
    public var extraRules: [Rule]
    public var file: String

    public static func empty() -> RepositoryConfiguration {
        RepositoryConfiguration(profile: nil, severities: [:], waivers: [], excludes: [], extraRules: [], file: fileName)
    }

    /// Decodes a configuration, every mistake a positioned error.
    public static func parse(yaml: String, file: String = fileName) throws(ConfigurationError) -> RepositoryConfiguration {
        let spec = try RuleSetLoader.decode(RepositoryConfigurationSpec.self, yaml: yaml, file: file)
        return RepositoryConfiguration(
            profile: spec.profile, severities: spec.severity, waivers: spec.disable.map { Waiver(rule: $0.rule, reason: $0.reason) },
            excludes: spec.exclude, extraRules: spec.rules.map { $0.rule(origin: file) }, file: file)
    }

    /// `ruleSet` with this configuration's extra rules and severity changes applied; an
    /// unknown rule id in `severity` or `disable` is an error (a typo would silently do nothing).
    public func apply(to ruleSet: RuleSet) throws(ConfigurationError) -> RuleSet {
        var set = ruleSet
        do {
            for rule in extraRules {
                guard set.rule(withID: rule.id) == nil else {
                    throw ConfigurationError(file: file, message: "extra rule '\(rule.id)' has the id of a profile rule; choose another id")
                }
                guard set.categories.contains(where: { $0.id == rule.category }) else {
                    throw ConfigurationError(file: file, message: "extra rule '\(rule.id)' names category '\(rule.category)', which the profile does not declare (declared: \(set.categories.map(\.id).joined(separator: ", ")))")
                }
                set.rules.append(rule)
            }
        }
        let known = set.rules.map(\.id)
        for (id, severity) in severities.sorted(by: { $0.key < $1.key }) {
            guard let index = set.rules.firstIndex(where: { $0.id == id }) else { throw unknownRule(id, in: "severity", known: known) }
            set.rules[index].severity = severity
        }
        for waiver in waivers where !known.contains(waiver.rule) {
            throw unknownRule(waiver.rule, in: "disable", known: known)
        }
        return set
    }

    private func unknownRule(_ id: String, in section: String, known: [String]) -> ConfigurationError {
        var message = "'\(section)' names rule '\(id)', which the profile does not have"
        if let suggestion = Spelling.closest(to: id, among: known) { message += "; did you mean '\(suggestion)'?" }
        return ConfigurationError(file: file, message: message)
    }
}
