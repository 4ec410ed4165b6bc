import GitKit

/// Runs a rule set over a snapshot: the pipeline's middle, pure but for the snapshot's reads.
///
/// Order matters: waivers are decided before a check runs (a waived rule reads nothing), and
/// results keep the rule set's order so that reports are stable, whatever order the checks
/// run in (those that weigh files run last, while their sizes are read ahead).
public struct Linter: Sendable {
    public var ruleSet: RuleSet
    public var configuration: RepositoryConfiguration

    public init(ruleSet: RuleSet, configuration: RepositoryConfiguration = .empty()) {
        self.ruleSet = ruleSet
        self.configuration = configuration
    }

    /// Every rule's result on `snapshot`, as a report for the reporters. `timing`, when given,
    /// receives each rule's id and wall time (kept out of the report, which must not vary).
    public func lint(_ snapshot: RepositorySnapshot, repositoryPath: String, timing: ((String, Duration) -> Void)? = nil) -> LintReport {
        let clock = ContinuousClock()
        let context = CheckContext(snapshot: snapshot, excluding: configuration.excludes)
        // A waived rule reads nothing.
        let waivers = ruleSet.rules.map { rule in configuration.waivers.first { $0.rule == rule.id } }
        // Sizes are read on another thread while the other checks run, and the checks that
        // weigh files run last, to wait as little as possible. Results keep the set's order.
        var weighing: [Int] = []
        var toWeigh: [SnapshotEntry] = []
        for (position, rule) in ruleSet.rules.enumerated() where waivers[position] == nil {
            let entries = rule.check.entriesToWeigh(in: context)
            if !entries.isEmpty { weighing.append(position); toWeigh += entries }
        }
        snapshot.startReadingSizes(of: toWeigh)
        defer { snapshot.finishReadingAhead() }
        var outcomes = [CheckOutcome?](repeating: nil, count: ruleSet.rules.count)
        let order = ruleSet.rules.indices.filter { !weighing.contains($0) } + weighing
        for position in order {
            let rule = ruleSet.rules[position]
            if let waiver = waivers[position] {
                outcomes[position] = .init(.waived, "waived: \(waiver.reason)", evidence: [.path(configuration.file, "disables '\(rule.id)'")])
            } else {
                let start = clock.now
                outcomes[position] = rule.check.evaluate(in: context)
                timing?(rule.id, clock.now - start)
            }
        }
        let results = zip(ruleSet.rules, outcomes).map { rule, outcome in
            let outcome = outcome ?? .error("internal error: the rule was not run", evidence: [])
            return RuleResult(
                rule: rule.id, title: rule.title, category: rule.category, severity: rule.severity,
                status: outcome.status, message: outcome.message, evidence: outcome.evidence,
                remediation: rule.remediation, references: rule.references, weight: rule.weight)
        }
        let revision: String? = if case .commit(let revision) = snapshot.source { revision } else { nil }
        return LintReport(
            tool: .init(version: OSSRLintVersion.current),
            repository: .init(path: repositoryPath, source: snapshot.source.name, revision: revision, commit: snapshot.commit?.id.hex),
            profile: ruleSet.name,
            categories: ruleSet.categories.filter { category in ruleSet.rules.contains { $0.category == category.id } },
            results: results)
    }
}
