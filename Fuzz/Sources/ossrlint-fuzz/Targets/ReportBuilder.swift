import Foundation
import OSSRLintKit

/// Builds a report whose every string is a field of the fuzz input (see `FuzzFields`):
/// first the tool, repository and profile, then two categories, then results of eight fields
/// each until the input runs out.
enum ReportBuilder {
    /// Weights include the values JSON cannot spell, which the writer must still handle.
    static let weights: [Double] = [1, 0, 0.5, -0.0, 3, 1e300, .infinity, -.infinity, .nan, .leastNonzeroMagnitude]

    static func report(from data: Data) -> LintReport {
        var fields = FuzzFields(data)
        let tool = LintReport.Tool(name: fields.optionalText() ?? "ossrlint", version: fields.text())
        let path = fields.text()
        let otherSource = fields.text()
        let repository = LintReport.Repository(
            path: path, source: fields.choice(["commit", "index", "worktree", otherSource]),
            revision: fields.optionalText(), commit: fields.optionalText())
        let profile = fields.text()
        var categories: [LintReport.Category] = []
        for _ in 0..<2 {
            let category = LintReport.Category(id: fields.text(), title: fields.text(), weight: fields.choice(weights))
            // A rule set declares each category once (the loader refuses a second one).
            if !categories.contains(where: { $0.id == category.id }) { categories.append(category) }
        }
        var results: [RuleResult] = []
        while fields.remaining > 0 {
            let category = fields.choice(categories.map(\.id) + ["undeclared"])
            var result = RuleResult(
                rule: fields.text(), title: fields.text(), category: category,
                severity: fields.choice(Severity.allCases), status: fields.choice(RuleStatus.allCases),
                message: fields.text(), weight: fields.choice(weights))
            let evidenceCount = fields.number(below: 13)
            for item in 0..<evidenceCount {
                let kind = [Evidence.Kind.path, .tag, .commit, .value, .diagnostic][item % 5]
                result.evidence.append(Evidence(kind: kind, subject: fields.text(), detail: fields.optionalText(),
                                                line: item % 2 == 0 ? item + 1 : nil, column: item % 4 == 0 ? item : nil))
            }
            result.remediation = fields.optionalText()
            if let reference = fields.optionalText() { result.references = [reference, "https://example.org/" + reference] }
            results.append(result)
        }
        return LintReport(tool: tool, repository: repository, profile: profile, categories: categories, results: results)
    }
}
