/// Compares a report with the report of a baseline revision (a merge request's target), rule by
/// rule: pure, so every reporter shows the same delta.
///
/// A finding is identified by its rule and its evidence's kinds and subjects (paths, tags,
/// values), without line numbers: an edit elsewhere in a file does not make an old finding new.
/// A failing rule is *new* when the baseline did not fail it or lacked some of its evidence,
/// *unchanged* otherwise; a rule the baseline failed that no longer fails is *fixed*.
extension LintReport {
    public func compared(with baseline: LintReport) -> LintReport {
        let before = Dictionary(baseline.results.filter(\.isFinding).map { ($0.rule, $0) }, uniquingKeysWith: { first, _ in first })
        var new: [String] = []
        var unchanged: [String] = []
        for result in results where result.isFinding {
            if let old = before[result.rule], Self.findingKeys(result).isSubset(of: Self.findingKeys(old)) {
                unchanged.append(result.rule)
            } else {
                new.append(result.rule)
            }
        }
        let failingNow = Set(results.filter(\.isFinding).map(\.rule))
        let fixed = baseline.results.filter { $0.isFinding && !failingNow.contains($0.rule) }.map {
            Comparison.Fixed(rule: $0.rule, title: $0.title, severity: $0.severity, message: $0.message)
        }
        var report = self
        report.comparison = Comparison(baseline: baseline.repository, new: new, unchanged: unchanged, fixed: fixed)
        return report
    }

    /// What identifies a result's finding: its evidence without positions, or the rule alone.
    private static func findingKeys(_ result: RuleResult) -> Set<String> {
        let keys = result.evidence.map(\.identity)
        return keys.isEmpty ? [""] : Set(keys)
    }
}
