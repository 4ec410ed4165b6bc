import GitKit

/// Runs a rule set over a snapshot: the pipeline's middle, pure but for the snapshot's reads.
///
/// Order matters: waivers are decided before a check runs (a waived rule reads nothing), and
/// results keep the rule set's order so that reports are stable, whichever thread a check ran on
/// (those that read many git objects run beside the others, see `CheckKind.readsManyObjects`).
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
        let context = CheckContext(snapshot: snapshot, excluding: configuration.excludes)
        // A waived rule reads nothing.
        let waivers = ruleSet.rules.map { rule in configuration.waivers.first { $0.rule == rule.id } }
        var outcomes = [CheckOutcome?](repeating: nil, count: ruleSet.rules.count)
        var times: [(position: Int, duration: Duration)] = []
        for position in ruleSet.rules.indices {
            if let waiver = waivers[position] {
                outcomes[position] = .init(.waived, "waived: \(waiver.reason)", evidence: [.path(configuration.file, "disables '\(ruleSet.rules[position].id)'")])
            }
        }
        // The checks that read many git objects run on a second thread, through a repository
        // handle of its own, while the others run here. Every check is a pure function of the
        // snapshot, so the thread a check runs on changes when its result is ready, not what
        // it is; results keep the rule set's order.
        let besides = ruleSet.rules.indices.filter { outcomes[$0] == nil && type(of: ruleSet.rules[$0].check).readsManyObjects }
        let second = besides.isEmpty ? nil : Self.evaluateBeside(besides.map { ($0, ruleSet.rules[$0]) }, on: snapshot.sibling,
                                                                   excluding: configuration.excludes, now: context.now)
        for position in ruleSet.rules.indices where outcomes[position] == nil && !(second != nil && besides.contains(position)) {
            let (outcome, duration) = Self.evaluate(ruleSet.rules[position], in: context)
            outcomes[position] = outcome
            times.append((position, duration))
        }
        if let second {
            // Should the repository not open a second time, those checks run here after all.
            let results = (try? second.value()) ?? besides.map { position in
                let (outcome, duration) = Self.evaluate(ruleSet.rules[position], in: context)
                return (position, outcome, duration)
            }
            for (position, outcome, duration) in results {
                outcomes[position] = outcome
                times.append((position, duration))
            }
        }
        if let timing {
            for (position, duration) in times { timing(ruleSet.rules[position].id, duration) }
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

    /// Runs `rule` in `context`, timed.
    private static func evaluate(_ rule: Rule, in context: CheckContext) -> (CheckOutcome, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = rule.check.evaluate(in: context)
        return (outcome, clock.now - start)
    }

    /// Starts running `rules` (with their positions) on another thread, in a context of their
    /// own over the same snapshot; its value is each rule's position, outcome and run time.
    private static func evaluateBeside(
        _ rules: [(Int, Rule)], on sibling: RepositorySnapshot.Sibling, excluding excludes: [Glob], now: Int64
    ) -> Preload<[(Int, CheckOutcome, Duration)]> {
        Preload {
            let context = CheckContext(snapshot: try RepositorySnapshot(sibling), excluding: excludes, now: now)
            return rules.map { position, rule in
                let (outcome, duration) = evaluate(rule, in: context)
                return (position, outcome, duration)
            }
        }
    }
}
