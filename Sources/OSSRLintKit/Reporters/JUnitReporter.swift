/// JUnit XML for CI test-report views, valid against the JUnit schema of Jenkins' xUnit plugin
/// (which GitLab and GitHub report viewers accept).
///
/// The mapping: one `<testsuite>` per category (named by its title), one `<testcase>` per rule
/// (`classname` the category id, `name` "rule id — title"). A failed rule at or above the
/// severity that fails the run (`--fail-on`, default error) is a `<failure>`; a lesser one passes
/// with a `<system-out>` note, so the report's red matches the job's exit code; a not-applicable
/// or waived rule is `<skipped>` with its reason; a
/// rule whose check could not run is an `<error>`. Control and text-reordering characters in
/// names and messages are spelled visibly (`\u{1B}`), as in the console output. No wall-clock
/// time or host name is written, so the same report always gives the same bytes.
public struct JUnitReporter: Reporter {
    /// The least severity that fails the run; nil when nothing does (`--fail-on never`).
    public var failingAt: Severity?

    public init(failingAt: Severity? = .error) {
        self.failingAt = failingAt
    }

    public func render(_ report: LintReport) -> String {
        let groups = report.resultsByCategory
        let all = groups.flatMap(\.results)
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
        let rootAttributes = attributes([
            ("name", report.tool.name),
            ("tests", String(all.count)),
            ("failures", String(all.count(where: isFailure))),
            ("errors", String(all.count { $0.status == .error })),
        ])
        guard !groups.isEmpty else {
            lines.append("<testsuites\(rootAttributes)/>")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("<testsuites\(rootAttributes)>")
        let score = report.score  // once, not once per suite
        for (category, results) in groups {
            let suiteAttributes = attributes([
                ("name", category.title),
                ("tests", String(results.count)),
                ("failures", String(results.count(where: isFailure))),
                ("errors", String(results.count { $0.status == .error })),
                ("skipped", String(results.count(where: Self.isSkipped))),
            ])
            lines.append("  <testsuite\(suiteAttributes)>")
            // The Jenkins xUnit schema allows properties only in a test suite: each carries its
            // category's score, the overall one, and what became of its rules' waivers.
            var properties: [(String, String?)] = []
            if let score {
                let categoryScore = score.categories.first { $0.id == category.id }?.score
                properties += [("ossrlint.score", score.overall.map(ReportPresentation.points)), ("ossrlint.grade", score.grade),
                               ("ossrlint.category-score", categoryScore.map(ReportPresentation.points))]
            }
            let rules = Set(results.map(\.rule))
            properties += (report.waivers ?? []).filter { rules.contains($0.rule) }.map { ("ossrlint.waiver", $0.summary) }
            let written = properties.compactMap { name, value in value.map { "      <property\(attributes([("name", name), ("value", $0)]))/>" } }
            if !written.isEmpty { lines += ["    <properties>"] + written + ["    </properties>"] }
            for result in results {
                lines += testCase(result, in: report)
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func isFailure(_ result: RuleResult) -> Bool {
        result.status == .fail && failingAt.map { result.severity >= $0 } == true
    }

    private static func isSkipped(_ result: RuleResult) -> Bool {
        result.status == .notApplicable || result.status == .waived
    }

    private func testCase(_ result: RuleResult, in report: LintReport) -> [String] {
        let caseAttributes = attributes([
            ("classname", result.category),
            ("name", "\(result.rule) — \(result.title)"),
        ])
        let child: String
        let fixed = report.comparison?.fixed.first { $0.rule == result.rule }
        // A finding new against the baseline says so first: merge-request views show the start.
        let new = report.isNew(result) == true ? "new: " : ""
        switch result.status {
        case .pass:
            guard let fixed else { return ["    <testcase\(caseAttributes)/>"] }
            child = element("system-out", [], body: "fixed by this change: " + VisibleEscape.forDisplay(fixed.message))
        case .fail where !isFailure(result):
            child = element("system-out", [], body: "\(result.severity.rawValue): " + details(of: result))
        case .fail:
            child = element(
                "failure", [("type", result.severity.rawValue), ("message", new + result.message)],
                body: details(of: result))
        case .error:
            child = element(
                "error", [("type", "check-error"), ("message", new + result.message)],
                body: details(of: result))
        case .notApplicable, .waived:
            child = element("skipped", [("type", result.status.rawValue), ("message", result.message)], body: nil)
        }
        return ["    <testcase\(caseAttributes)>", "      " + child, "    </testcase>"]
    }

    /// The evidence's paths first (the schema has no `file` attribute, and CI views show the
    /// start of the text), then the message, evidence, remedy and references, one per line. Line breaks and other
    /// control characters inside a value are spelled out, so each item stays on its own line.
    private func details(of result: RuleResult) -> String {
        let clean = VisibleEscape.forDisplay
        let locations = result.evidence.filter { $0.kind == .path }.prefix(5).map { clean($0.location) }
        var lines = locations.isEmpty ? [] : [locations.joined(separator: ", ")]
        lines.append(clean(result.message))
        if !result.evidence.isEmpty {
            lines.append("evidence:")
            for evidence in result.evidence {
                var line = "- \(evidence.kind.rawValue) \(clean(evidence.location))"
                if let detail = evidence.detail { line += " — " + clean(detail) }
                lines.append(line)
            }
        }
        if let remediation = result.remediation { lines.append("remediation: " + clean(remediation)) }
        if !result.references.isEmpty {
            lines.append("references:")
            lines += result.references.map { "- " + clean($0) }
        }
        return lines.joined(separator: "\n")
    }

    private func element(_ name: String, _ pairs: [(String, String)], body: String?) -> String {
        guard let body else { return "<\(name)\(attributes(pairs))/>" }
        return "<\(name)\(attributes(pairs))>\(XMLEscaper.escapeText(body))</\(name)>"
    }

    /// Values are spelled for display first, as bodies are: CI views show names and messages
    /// to people, and a bidirectional override or an escape sequence should show as what it is.
    private func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(XMLEscaper.escapeAttribute(VisibleEscape.forDisplay($0.1)))\"" }.joined()
    }
}
