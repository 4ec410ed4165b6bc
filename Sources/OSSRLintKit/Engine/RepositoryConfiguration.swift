/// A repository's own `.ossrlint.yml`: which profile, severity changes, rules turned off with a
/// reason, extra rules, and paths to exclude.
///
/// ```yaml
/// profile: ossr
/// severity: { no-large-files: info }
/// stages: { release-tag-present: { merge-request: "off" } }   # per stage: a severity or "off"
/// disable:                    # permanent: the rule is not run
///   - rule: container-recipe-present
///     reason: a pure-Python library; installs with pip
/// waivers:                    # for a while: the rule runs, its failure is shown as waived
///   - rule: no-large-files
///     paths: ["data/reference/**"]   # optional: only findings on these paths
///     reason: reference data moves to Zenodo in the next release
///     owner: jane.doe@example.org
///     expires: 2027-03-01     # from this day on, the failure is a failure again
/// exclude: ["vendor/**", "tests/fixtures/**"]
/// rules: []          # extra rules, written as in a rule set
/// ```
public struct RepositoryConfiguration: Sendable {
    /// A waived rule and why: for good (`disable:`, the rule does not run), or until a day
    /// and with an owner (`waivers:`, the rule runs and its failure is shown as waived).
    public struct Waiver: Sendable, Hashable {
        public var rule: String
        public var reason: String
        /// Where the rule id is written in the configuration: for messages, not part of what
        /// the waiver is, so equality ignores it.
        public var position: SourcePosition? = nil
        /// Who answers for the waiver; always set for a time-limited one.
        public var owner: String? = nil
        /// The first day the waiver no longer holds; nil for a `disable:` entry.
        public var expires: CalendarDay? = nil
        /// The paths whose findings are waived; empty for the whole rule.
        public var paths: [Glob] = []

        /// A `disable:` entry: the rule is not run at all, so nothing can tell whether the
        /// waiver is still needed.
        public var isPermanent: Bool { expires == nil }

        public static func == (lhs: Waiver, rhs: Waiver) -> Bool {
            lhs.rule == rhs.rule && lhs.reason == rhs.reason && lhs.owner == rhs.owner && lhs.expires == rhs.expires && lhs.paths == rhs.paths
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(rule)
            hasher.combine(reason)
            hasher.combine(expires)
        }
    }

    /// The file name looked for at the root of the snapshot.
    public static let fileName = ".ossrlint.yml"

    public var profile: String?
    /// Where `profile` is written, for errors about the profile it names.
    var profilePosition: SourcePosition?
    public var severities: [String: Severity]
    public var waivers: [Waiver]
    public var excludes: [Glob]
    /// Extra rules, decoded as strictly as a rule set's.
    public var extraRules: [Rule]
    public var file: String
    /// Per-rule stage changes: the severity at each stage named, nil where the rule is off.
    public var stageChanges: [String: [(Stage, Severity?)]] = [:]
    var stagePositions: [String: SourcePosition] = [:]
    /// Positions of what can only be checked against the profile (severity keys, extra rules),
    /// and the source lines, so that those errors point at the line and show it too.
    var severityPositions: [String: SourcePosition] = [:]
    var extraRuleLines: [String: Int] = [:]
    var sourceLines: [String] = []

    public static func empty() -> RepositoryConfiguration {
        RepositoryConfiguration(profile: nil, severities: [:], waivers: [], excludes: [], extraRules: [], file: fileName)
    }

    /// Decodes a configuration, every mistake a positioned error.
    public static func parse(yaml: String, file: String = fileName) throws(ConfigurationError) -> RepositoryConfiguration {
        let spec = try RuleSetLoader.decode(RepositoryConfigurationSpec.self, yaml: yaml, file: file)
        var configuration = RepositoryConfiguration(
            profile: spec.profile, severities: spec.severity,
            waivers: spec.disable.map { Waiver(rule: $0.rule, reason: $0.reason, position: $0.position) }
                + spec.waivers.map { Waiver(rule: $0.rule, reason: $0.reason, position: $0.position, owner: $0.owner, expires: $0.expires, paths: $0.paths) },
            excludes: spec.exclude, extraRules: spec.rules.map { $0.rule(origin: file) }, file: file)
        configuration.severityPositions = spec.severityPositions
        configuration.stageChanges = spec.stages
        configuration.stagePositions = spec.stagePositions
        configuration.profilePosition = spec.profilePosition
        configuration.extraRuleLines = Dictionary(spec.rules.map { ($0.id, $0.line) }, uniquingKeysWith: { first, _ in first })
        configuration.sourceLines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return configuration
    }

    /// `ruleSet` with this configuration's extra rules and severity changes applied; an
    /// unknown rule id in `severity` or `disable` is an error (a typo would silently do nothing),
    /// unless it is one of `otherRules` — rules of the profile the configuration was written
    /// for, when another set was chosen on the command line.
    public func apply(to ruleSet: RuleSet, ignoringRulesOf otherRules: Set<String> = []) throws(ConfigurationError) -> RuleSet {
        var set = ruleSet
        for rule in extraRules {
            let position = extraRuleLines[rule.id].map { SourcePosition(line: $0, column: 1) }
            guard set.rule(withID: rule.id) == nil else {
                throw error("extra rule '\(rule.id)' has the id of a profile rule; choose another id", at: position)
            }
            guard set.categories.contains(where: { $0.id == rule.category }) else {
                throw error("extra rule '\(rule.id)' names category '\(rule.category)', which the profile does not declare (declared: \(set.categories.map(\.id).joined(separator: ", ")))", at: position)
            }
            set.rules.append(rule)
        }
        let known = set.rules.map(\.id)
        for (id, severity) in severities.sorted(by: { $0.key < $1.key }) {
            guard let index = set.rules.firstIndex(where: { $0.id == id }) else {
                if otherRules.contains(id) { continue }
                throw unknownRule(id, in: "severity", known: known, at: severityPositions[id])
            }
            set.rules[index].setSeverity(severity)
        }
        // After the severities, so that `severity: {x: warning}` with `stages: {x: {release: error}}`
        // means what it says at the release stage.
        for (id, changes) in stageChanges.sorted(by: { $0.key < $1.key }) {
            guard let index = set.rules.firstIndex(where: { $0.id == id }) else {
                if otherRules.contains(id) { continue }
                throw unknownRule(id, in: "stages", known: known, at: stagePositions[id])
            }
            for (stage, severity) in changes { set.rules[index].stages.severities[stage] = severity }
        }
        for waiver in waivers where !known.contains(waiver.rule) && !otherRules.contains(waiver.rule) {
            throw unknownRule(waiver.rule, in: waiver.isPermanent ? "disable" : "waivers", known: known, at: waiver.position)
        }
        return set
    }

    private func unknownRule(_ id: String, in section: String, known: [String], at position: SourcePosition?) -> ConfigurationError {
        var message = "'\(section)' names rule '\(id)', which the profile does not have"
        if let suggestion = Spelling.closest(to: id, among: known) { message += "; did you mean '\(suggestion)'?" }
        return error(message, at: position)
    }

    private func error(_ message: String, at position: SourcePosition?) -> ConfigurationError {
        guard let position else { return ConfigurationError(file: file, message: message) }
        var source: String?
        if sourceLines.indices.contains(position.line - 1) { source = sourceLines[position.line - 1] }
        return ConfigurationError(file: file, line: position.line, column: position.column, message: message, sourceLine: source)
    }
}
