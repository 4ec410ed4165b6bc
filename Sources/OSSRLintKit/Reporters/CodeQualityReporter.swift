/// GitLab Code Quality: a JSON array of issues, for the merge-request widget, which lists the
/// issues a change introduces and resolves against the target branch's report. GitLab publishes
/// no schema; `Reports/codequality.schema.json` writes down the fields its documentation
/// requires, and a test validates every golden file with it.
///
/// The mapping: one issue per path evidence of a finding (a failed rule, or one whose check
/// could not run), at the evidence's line or line 1, described by the message and the
/// evidence's detail. A finding that names no file is one issue at `.ossrlint.yml`, line 1,
/// where its rule is waived or re-graded: GitLab requires a file path, and the repository's
/// root (`.`) is no file. Severities: error → `critical` (an error finding fails the job by
/// default, and GitLab marks `critical` as red), warning → `minor`, info → `info`; `major` and
/// `blocker` are not used. The fingerprint identifies an issue by rule and evidence without
/// positions (`FindingFingerprints`), so GitLab does not take a moved line for a new issue.
/// Paths are the repository's own (git's quoting undone); descriptions spell control and
/// text-reordering characters visibly.
public struct CodeQualityReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var fingerprints = FindingFingerprints()
        var issues: [JSONText] = []
        for finding in report.results where finding.isFinding {
            let paths = finding.evidence.filter { $0.kind == .path && !$0.subject.isEmpty }
            if paths.isEmpty {
                let fingerprint = fingerprints.fingerprint(rule: finding.rule, keys: FindingFingerprints.keys(of: finding))
                issues.append(issue(finding, description: finding.message, path: RepositoryConfiguration.fileName, line: 1, fingerprint: fingerprint))
                continue
            }
            for evidence in paths {
                let fingerprint = fingerprints.fingerprint(rule: finding.rule, keys: [evidence.identity])
                issues.append(issue(
                    finding, description: Self.description(finding.message, evidence.detail),
                    path: EvidencePath.text(of: evidence.subject),
                    line: evidence.line.map { max($0, 1) } ?? 1, fingerprint: fingerprint))
            }
        }
        return JSONText.array(issues).rendered + "\n"
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "critical"
        case .warning: "minor"
        case .info: "info"
        }
    }

    private func issue(_ finding: RuleResult, description: String, path: String, line: Int, fingerprint: String) -> JSONText {
        .object([
            ("description", .string(VisibleEscape.forDisplay(description))),
            ("check_name", .string(finding.rule)),
            ("fingerprint", .string(fingerprint)),
            ("severity", .string(Self.severity(finding.severity))),
            ("location", .object([("path", .string(path)), ("lines", .object([("begin", .integer(line))]))])),
        ])
    }

    /// "message — detail", or the message alone when it already says the detail (checks often
    /// put the first finding's detail in the message).
    private static func description(_ message: String, _ detail: String?) -> String {
        guard let detail, !detail.isEmpty, !message.contains(detail) else { return message }
        return message + " — " + detail
    }
}
