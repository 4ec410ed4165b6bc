import GitKit

/// Runs a rule set over the facts of one revision: the pipeline's middle, pure.
///
/// Order matters: `disable:` waivers are decided first (a disabled rule needs and reads
/// nothing); time-limited waivers after the rule ran, since whether they still match is part
/// of the verdict. Results keep the rule set's order so that reports are stable.
public struct Linter: Sendable {
    public var ruleSet: RuleSet
    public var configuration: RepositoryConfiguration
    /// The moment linted at: rules that do not apply then are reported as such and read nothing.
    public var stage: Stage

    public init(ruleSet: RuleSet, configuration: RepositoryConfiguration = .empty(), stage: Stage = .mergeRequest) {
        self.ruleSet = ruleSet
        self.configuration = configuration
        self.stage = stage
    }

    /// The `disable:` entry of each rule of the set, by position; nil where the rule runs.
    private var waivers: [RepositoryConfiguration.Waiver?] {
        ruleSet.rules.map { rule in configuration.waivers.first { $0.rule == rule.id && $0.isPermanent } }
    }

    /// What the rules that run need to know about a revision: what the collector reads.
    public var needs: FactNeeds {
        FactNeeds.union(zip(ruleSet.rules, waivers).filter { $0.1 == nil && $0.0.stages.severities[stage] != nil }.map { $0.0.check.needs })
    }

    /// Every rule's result on `facts`, as a report for the reporters. `timing`, when given,
    /// receives each rule's id and wall time (kept out of the report, which must not vary).
    public func lint(_ facts: RevisionFacts, repositoryPath: String, timing: ((String, Duration) -> Void)? = nil) -> LintReport {
        let clock = ContinuousClock()
        let today = CalendarDay(unixTime: facts.now)
        var waiverRecords: [WaiverRecord] = []
        let results = zip(ruleSet.rules, waivers).map { rule, waiver in
            let outcome: CheckOutcome
            let severity = rule.stages.severities[stage]
            if severity == nil {
                let stages = rule.stages.stages.map(\.rawValue).joined(separator: ", ")
                outcome = .notApplicable("not checked at the \(stage.rawValue) stage (it applies at: \(stages.isEmpty ? "no stage" : stages))")
            } else if let waiver {
                outcome = CheckOutcome(.waived, "waived: \(waiver.reason)", evidence: [.path(configuration.file, "disables '\(rule.id)'")])
            } else if let blind = Self.missingFolders(facts, blinding: rule.check.scope) {
                outcome = blind
            } else {
                let start = clock.now
                var evaluated = rule.check.evaluate(facts)
                timing?(rule.id, clock.now - start)
                if rule.check.needs.tags {
                    evaluated.evidence += facts.skippedReferenceLinks.map { link in
                        Evidence(kind: .diagnostic, subject: link, detail: "a symbolic link in the reference store, which git never makes: skipped, not followed; remove it")
                    }
                }
                let judgement = WaiverJudgement(evaluated, waivers: configuration.waivers.filter { $0.rule == rule.id && !$0.isPermanent },
                                                today: today, file: configuration.file)
                waiverRecords += judgement.records
                outcome = judgement.outcome
            }
            return RuleResult(
                rule: rule.id, title: rule.title, category: rule.category, severity: severity ?? rule.severity,
                status: outcome.status, message: Self.bounded(outcome.message), evidence: outcome.evidence.map(Self.bounded),
                remediation: rule.remediation, references: rule.references, weight: rule.weight, requirement: rule.requirement)
        }
        let revision: String? = if case .commit(let revision) = facts.source { revision } else { nil }
        return LintReport(
            tool: .init(version: OSSRLintVersion.current),
            repository: .init(path: repositoryPath, source: facts.source.name, revision: revision, commit: facts.commit?.id.hex,
                              committed: revision == nil ? nil : facts.commit?.committer.time),
            profile: ruleSet.name,
            categories: ruleSet.categories.filter { category in ruleSet.rules.contains { $0.category == category.id } },
            results: results, stage: stage, scoring: ruleSet.scoring,
            waivers: configuration.waivers.contains { !$0.isPermanent } ? waiverRecords : nil)
    }

    /// The most characters of a message, a value or a detail a report repeats. Checks quote
    /// what they found, and what they find is the repository's: a 200 KB `license` value in
    /// CITATION.cff was quoted whole by two rules, making a 600 KB report for one line.
    static let quotedLimit = 1_000

    static func bounded(_ text: String) -> String {
        guard text.count > quotedLimit else { return text }
        return String(text.prefix(quotedLimit)) + "… (\(text.count - quotedLimit) more characters)"
    }

    /// Evidence with its value and detail bounded; paths, tags and commits are identities, kept whole.
    static func bounded(_ evidence: Evidence) -> Evidence {
        var bounded = evidence
        if evidence.kind == .value { bounded.subject = Self.bounded(evidence.subject) }
        bounded.detail = evidence.detail.map(Self.bounded)
        return bounded
    }

    /// The outcome of a rule that looks where folders of the listing are missing from the
    /// object database: it cannot be judged (absent files there are unknown, not absent).
    private static func missingFolders(_ facts: RevisionFacts, blinding scope: PathScope) -> CheckOutcome? {
        let missing = facts.diagnostics.filter { $0.kind == .missingObject && scope.isBlinded(byMissingFolder: Array($0.path.bytes)) }
        guard let first = missing.first else { return nil }
        let place = first.path.bytes.isEmpty ? "the root folder" : "folder '\(first.path.displayName)'"
        let others = missing.count > 1 ? " (and \(missing.count - 1) more)" : ""
        return .error("\(place)\(others) is missing from the object database (a partial or damaged clone), so this rule cannot be judged; fetch the missing objects, e.g. 'git fetch --refetch'",
                      evidence: missing.map { Evidence(kind: .diagnostic, subject: $0.path.displayName, detail: $0.message) })
    }
}
