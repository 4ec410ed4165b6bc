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
        let toRun = ruleSet.rules.indices.filter { waivers[$0] == nil }
        // The checks that read many git objects run on a second thread, through a repository
        // handle of its own, while the others run here. Every check is a pure function of the
        // snapshot, so the thread a check runs on changes when its result is ready, not what
        // it is; results keep the rule set's order.
        let readsManyObjects = { (position: Int) in type(of: ruleSet.rules[position].check).readsManyObjects }
        let runHere = { (positions: [Int]) in positions.map { Self.evaluate($0, ruleSet.rules[$0], in: context) } }
        let besides = toRun.filter(readsManyObjects)
        let second = besides.isEmpty ? nil : Self.evaluateBeside(besides.map { ($0, ruleSet.rules[$0]) }, in: context.sibling)
        var evaluated = runHere(second == nil ? toRun : toRun.filter { !readsManyObjects($0) })
        if let second {
            // Should the repository not open a second time, those checks run here after all.
            evaluated += (try? second.value()) ?? runHere(besides)
        }
        if let timing {
            for run in evaluated { timing(ruleSet.rules[run.position].id, run.duration) }
        }
        let outcomes = Dictionary(uniqueKeysWithValues: evaluated.map { ($0.position, $0.outcome) })
        let results = ruleSet.rules.indices.map { position in
            let rule = ruleSet.rules[position]
            let outcome = waivers[position].map { waiver in
                CheckOutcome(.waived, "waived: \(waiver.reason)", evidence: [.path(configuration.file, "disables '\(rule.id)'")])
            } ?? outcomes[position] ?? .error("internal error: the rule was not run", evidence: [])
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

    /// One rule's run: its position in the set, its outcome and how long it took.
    private typealias Run = (position: Int, outcome: CheckOutcome, duration: Duration)

    /// Runs `rule`, at `position` in the set, in `context`, timed.
    private static func evaluate(_ position: Int, _ rule: Rule, in context: CheckContext) -> Run {
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = rule.check.evaluate(in: context)
        return (position, outcome, clock.now - start)
    }

    /// Starts running `rules` (with their positions) on another thread, in a sibling of the
    /// lint's context (see `CheckContext.init(_:)`).
    private static func evaluateBeside(_ rules: [(Int, Rule)], in sibling: CheckContext.Sibling) -> Preload<[Run]> {
        Preload {
            let context = try CheckContext(sibling)
            return rules.map { position, rule in evaluate(position, rule, in: context) }
        }
    }
}
