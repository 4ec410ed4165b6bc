import Foundation
@testable import OSSRLintKit

/// The JSON report as `Encodable`, what `JSONReporter` encoded with `JSONEncoder` before it
/// wrote `JSONText`: kept as the reference that the written bytes must equal.
struct EncodableReportDocument: Encodable {
    let report: LintReport

    init(_ report: LintReport) { self.report = report }

    private enum Keys: String, CodingKey {
        case tool, repository, profile, categories, summary, results, comparison, change, stage, waivers
        case baseline, new, unchanged, fixed
        case name, version
        case path, source, revision, commit
        case id, title, weight
        case rule, category, severity, status, message, evidence, remediation, references
        case kind, subject, detail, line, column
        case requirement, score, overall, grade, passed, ran, waived, notApplicable, losses, points
        case severityWeights, grades, error, warning, info, minimum
    }

    func encode(to encoder: any Encoder) throws {
        var root = encoder.container(keyedBy: Keys.self)
        var tool = root.nestedContainer(keyedBy: Keys.self, forKey: .tool)
        try tool.encode(report.tool.name, forKey: .name)
        try tool.encode(report.tool.version, forKey: .version)

        var repository = root.nestedContainer(keyedBy: Keys.self, forKey: .repository)
        try repository.encode(report.repository.path, forKey: .path)
        try repository.encode(report.repository.source, forKey: .source)
        try repository.encode(report.repository.revision, forKey: .revision)
        try repository.encode(report.repository.commit, forKey: .commit)

        try root.encode(report.profile, forKey: .profile)
        try root.encode(report.stage?.rawValue, forKey: .stage)

        var categories = root.nestedUnkeyedContainer(forKey: .categories)
        for category in report.categories {
            var container = categories.nestedContainer(keyedBy: Keys.self)
            try container.encode(category.id, forKey: .id)
            try container.encode(category.title, forKey: .title)
            try container.encode(Self.finite(category.weight), forKey: .weight)
        }

        try root.encode(report.summary, forKey: .summary)

        if let score = report.score, let policy = report.scoring {
            var container = root.nestedContainer(keyedBy: Keys.self, forKey: .score)
            try container.encode(score.overall.flatMap(Self.finite), forKey: .overall)
            try container.encode(score.grade, forKey: .grade)
            var weights = container.nestedContainer(keyedBy: Keys.self, forKey: .severityWeights)
            try weights.encode(Self.finite(policy.severityWeights.error), forKey: .error)
            try weights.encode(Self.finite(policy.severityWeights.warning), forKey: .warning)
            try weights.encode(Self.finite(policy.severityWeights.info), forKey: .info)
            var grades = container.nestedUnkeyedContainer(forKey: .grades)
            for grade in policy.grades {
                var entry = grades.nestedContainer(keyedBy: Keys.self)
                try entry.encode(grade.name, forKey: .name)
                try entry.encode(Self.finite(grade.minimum), forKey: .minimum)
            }
            var categories = container.nestedUnkeyedContainer(forKey: .categories)
            for category in score.categories {
                var entry = categories.nestedContainer(keyedBy: Keys.self)
                try entry.encode(category.id, forKey: .id)
                try entry.encode(Self.finite(category.weight), forKey: .weight)
                try entry.encode(category.score.flatMap(Self.finite), forKey: .score)
                try entry.encode(category.passed, forKey: .passed)
                try entry.encode(category.ran, forKey: .ran)
                try entry.encode(category.waived, forKey: .waived)
                try entry.encode(category.notApplicable, forKey: .notApplicable)
            }
            var losses = container.nestedUnkeyedContainer(forKey: .losses)
            for loss in score.losses {
                var entry = losses.nestedContainer(keyedBy: Keys.self)
                try entry.encode(loss.rule, forKey: .rule)
                try entry.encode(loss.category, forKey: .category)
                try entry.encode(loss.requirement, forKey: .requirement)
                try entry.encode(loss.status, forKey: .status)
                try entry.encode(Self.finite(loss.points), forKey: .points)
            }
        } else {
            try root.encodeNil(forKey: .score)
        }

        if let comparison = report.comparison {
            var container = root.nestedContainer(keyedBy: Keys.self, forKey: .comparison)
            var baseline = container.nestedContainer(keyedBy: Keys.self, forKey: .baseline)
            try baseline.encode(comparison.baseline.revision, forKey: .revision)
            try baseline.encode(comparison.baseline.commit, forKey: .commit)
            try container.encode(comparison.new, forKey: .new)
            try container.encode(comparison.unchanged, forKey: .unchanged)
            var fixed = container.nestedUnkeyedContainer(forKey: .fixed)
            for item in comparison.fixed {
                var entry = fixed.nestedContainer(keyedBy: Keys.self)
                try entry.encode(item.rule, forKey: .rule)
                try entry.encode(item.title, forKey: .title)
                try entry.encode(item.severity, forKey: .severity)
                try entry.encode(item.message, forKey: .message)
            }
        } else {
            try root.encodeNil(forKey: .comparison)
        }

        // The records' own keys are the report's.
        if let waivers = report.waivers { try root.encode(waivers, forKey: .waivers) } else { try root.encodeNil(forKey: .waivers) }

        var results = root.nestedUnkeyedContainer(forKey: .results)
        for result in report.results {
            var container = results.nestedContainer(keyedBy: Keys.self)
            try container.encode(result.rule, forKey: .rule)
            try container.encode(result.title, forKey: .title)
            try container.encode(result.category, forKey: .category)
            try container.encode(result.severity, forKey: .severity)
            try container.encode(result.status, forKey: .status)
            try container.encode(result.message, forKey: .message)
            var evidenceList = container.nestedUnkeyedContainer(forKey: .evidence)
            for evidence in result.evidence {
                var item = evidenceList.nestedContainer(keyedBy: Keys.self)
                try item.encode(evidence.kind, forKey: .kind)
                try item.encode(evidence.subject, forKey: .subject)
                try item.encode(evidence.detail, forKey: .detail)
                try item.encode(evidence.line, forKey: .line)
                try item.encode(evidence.column, forKey: .column)
            }
            try container.encode(result.remediation, forKey: .remediation)
            try container.encode(result.references, forKey: .references)
            try container.encode(Self.finite(result.weight), forKey: .weight)
            try container.encode(result.requirement, forKey: .requirement)
            try container.encode(report.isNew(result).map { $0 ? "new" : "unchanged" }, forKey: .change)
        }
    }

    /// The report as `JSONEncoder` writes it with the reporter's formatting.
    static func encoded(_ report: LintReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(EncodableReportDocument(report)), as: UTF8.self) + "\n"
    }

    /// JSON has no infinity or NaN; such a weight is written as null.
    private static func finite(_ value: Double) -> Double? {
        value.isFinite ? value : nil
    }
}
