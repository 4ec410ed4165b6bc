import GitKit

/// Runs a rule set over a snapshot: the pipeline's middle, pure but for the snapshot's reads.
///
/// Order matters: waivers are decided before a check runs (a waived rule reads nothing), and
/// results keep the rule set's order so that reports are stable.
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
        var results: [RuleResult] = []
        results.reserveCapacity(ruleSet.rules.count)
        for rule in ruleSet.rules {
            let outcome: CheckOutcome
            if let waiver = configuration.waivers.first(where: { $0.rule == rule.id }) {
                outcome = .init(.waived, "waived: \(waiver.reason)", evidence: [.path(configuration.file, "disables '\(rule.id)'")])
            } else {
                let start = clock.now
                outcome = rule.check.evaluate(in: context)
                timing?(rule.id, clock.now - start)
            }
            results.append(RuleResult(
                rule: rule.id, title: rule.title, category: rule.category, severity: rule.severity,
                status: outcome.status, message: outcome.message, evidence: outcome.evidence,
                remediation: rule.remediation, references: rule.references, weight: rule.weight))
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
