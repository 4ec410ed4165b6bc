/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers, valid against the OASIS
/// schema (a test validates every golden file with it).
///
/// The mapping: one run; `tool.driver.rules` lists every rule of the report (id, title as the
/// short description, remediation as the full description and help, the first web reference as
/// `helpUri`, the severity as the default level: error → `error`, warning → `warning`, info →
/// `note`, the category as a tag). Only findings (failed rules and rules whose check could not
/// run) are `results`, one per rule, located at the evidence's paths, percent-encoded relative
/// to `%SRCROOT%` (the repository's root) with line and column when known. A finding that names
/// no file is located at `.ossrlint.yml`, where its rule is waived or re-graded: GitHub shows
/// no result without a location. Fingerprints identify a finding by rule and evidence without
/// positions (`FindingFingerprints`); with a baseline, `baselineState` says `new` or
/// `unchanged`. Text shown to people spells control and text-reordering characters visibly, as
/// the console and JUnit do. No time or host is written: the same report gives the same bytes.
public struct SARIFReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        Self.document(report).rendered + "\n"
    }

    /// The schema the document follows, as the OASIS standard names it.
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// The base that every location's relative `uri` is resolved against.
    static let rootBase = "%SRCROOT%"

    /// GitHub's limit on a rule's short and full description, in characters.
    static let descriptionLimit = 1024

    private static func document(_ report: LintReport) -> JSONText {
        var rules: [RuleResult] = []
        var ruleIndex: [String: Int] = [:]
        for result in report.results where ruleIndex[result.rule] == nil {
            ruleIndex[result.rule] = rules.count
            rules.append(result)
        }
        var fingerprints = FindingFingerprints()
        let results = report.results.filter(\.isFinding).map { finding in
            self.result(finding, ruleIndex: ruleIndex[finding.rule] ?? -1, isNew: report.isNew(finding), fingerprints: &fingerprints)
        }
        let run = JSONText.object([
            ("tool", .object([("driver", .object([
                ("name", .string(report.tool.name)),
                ("version", .string(report.tool.version)),
                ("informationUri", .string(OSSRLintVersion.informationURI)),
                ("rules", .array(rules.map(rule))),
            ]))])),
            ("originalUriBaseIds", .object([
                (rootBase, .object([("description", text("The root of the linted repository."))])),
            ])),
            // Evidence columns count Unicode scalars (`SourcePosition`).
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
            ("properties", properties(report)),
        ])
        return .object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
    }

    private static func rule(_ result: RuleResult) -> JSONText {
        let title = display(result.title.isEmpty ? result.rule : result.title)
        // GitHub requires both descriptions and the help, none empty: the title stands in for
        // a missing remediation.
        let remediation = result.remediation.flatMap { $0.isEmpty ? nil : display($0) } ?? title
        var members: [(key: String, value: JSONText)] = [
            ("id", .string(result.rule)),
            ("name", .string(result.rule)),
            ("shortDescription", text(limited(title))),
            ("fullDescription", text(limited(remediation))),
            ("help", text(remediation)),
            ("defaultConfiguration", .object([("level", .string(level(result.severity)))])),
            ("properties", .object([("tags", .array([.string(result.category)]))])),
        ]
        if let link = result.references.lazy.compactMap(URIText.webLink).first {
            members.append(("helpUri", .string(link)))
        }
        return .object(members)
    }

    private static func result(_ finding: RuleResult, ruleIndex: Int, isNew: Bool?, fingerprints: inout FindingFingerprints) -> JSONText {
        let fingerprint = fingerprints.fingerprint(rule: finding.rule, keys: FindingFingerprints.keys(of: finding))
        var members: [(key: String, value: JSONText)] = [
            ("ruleId", .string(finding.rule)),
            ("ruleIndex", .integer(ruleIndex)),
            ("level", .string(level(finding.severity))),
            ("message", text(display(finding.message))),
            ("locations", .array(locations(of: finding))),
            // GitHub matches alerts across runs by `primaryLocationLineHash` alone; given ours,
            // it does not hash the text of the first line, so an edit to that line keeps the
            // alert. Its shape is GitHub's: 16 hexadecimal digits, a colon, an occurrence.
            ("partialFingerprints", .object([
                ("ossrlint/v1", .string(fingerprint)),
                ("primaryLocationLineHash", .string(String(fingerprint.prefix(16)) + ":1")),
            ])),
            ("properties", .object([("status", .string(finding.status.rawValue))])),
        ]
        if let isNew { members.append(("baselineState", .string(isNew ? "new" : "unchanged"))) }
        return .object(members)
    }

    /// Each path evidence as a location, or the configuration file when there is none.
    private static func locations(of finding: RuleResult) -> [JSONText] {
        let paths = finding.evidence.filter { $0.kind == .path && !$0.subject.isEmpty }
        guard !paths.isEmpty else {
            return [location(
                uri: URIText.relativeReference(Array(RepositoryConfiguration.fileName.utf8)), line: nil, column: nil,
                message: "no file shows this finding; \(RepositoryConfiguration.fileName) is where its rule is configured")]
        }
        return paths.map { evidence in
            location(
                uri: URIText.relativeReference(EvidencePath.bytes(of: evidence.subject)),
                line: evidence.line, column: evidence.column, message: evidence.detail.map(display))
        }
    }

    private static func location(uri: String, line: Int?, column: Int?, message: String?) -> JSONText {
        var physical: [(key: String, value: JSONText)] = [
            ("artifactLocation", .object([("uri", .string(uri)), ("uriBaseId", .string(rootBase))])),
        ]
        // SARIF counts from 1; a position below that is no position.
        if let line, line >= 1 {
            var region: [(key: String, value: JSONText)] = [("startLine", .integer(line))]
            if let column, column >= 1 { region.append(("startColumn", .integer(column))) }
            physical.append(("region", .object(region)))
        }
        var members: [(key: String, value: JSONText)] = [("physicalLocation", .object(physical))]
        if let message, !message.isEmpty { members.append(("message", text(message))) }
        return .object(members)
    }

    /// The profile, the stage, the linted state and, with a baseline, what it was and what the
    /// change fixed.
    private static func properties(_ report: LintReport) -> JSONText {
        // The repository's path is left out: it is a folder on the machine that ran the lint.
        var repository: [(key: String, value: JSONText)] = [("source", .string(report.repository.source))]
        if let revision = report.repository.revision { repository.append(("revision", .string(revision))) }
        if let commit = report.repository.commit { repository.append(("commit", .string(commit))) }
        var members: [(key: String, value: JSONText)] = [
            ("profile", .string(report.profile)),
            ("repository", .object(repository)),
        ]
        if let stage = report.stage { members.append(("stage", .string(stage.rawValue))) }
        if let score = report.score {
            var scored: [(key: String, value: JSONText)] = [("overall", score.overall.map(JSONText.number) ?? .null)]
            if let grade = score.grade { scored.append(("grade", .string(grade))) }
            scored.append(("categories", .object(score.categories.map { ($0.id, $0.score.map(JSONText.number) ?? .null) })))
            members.append(("score", .object(scored)))
        }
        if let waivers = report.waivers, !waivers.isEmpty {
            members.append(("waivers", .array(waivers.map { waiver in
                .object([("rule", .string(waiver.rule)), ("state", .string(waiver.state.rawValue)), ("owner", .string(waiver.owner)),
                         ("expires", .string(waiver.expires)), ("location", .string(waiver.location)), ("summary", .string(waiver.summary))])
            })))
        }
        if let comparison = report.comparison {
            var baseline: [(key: String, value: JSONText)] = [("fixed", .array(comparison.fixed.map { .string($0.rule) }))]
            if let revision = comparison.baseline.revision { baseline.append(("revision", .string(revision))) }
            if let commit = comparison.baseline.commit { baseline.append(("commit", .string(commit))) }
            members.append(("baseline", .object(baseline)))
        }
        return .object(members)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A SARIF message object.
    private static func text(_ value: String) -> JSONText { .object([("text", .string(value))]) }

    private static func display(_ value: String) -> String { VisibleEscape.forDisplay(value) }

    /// `value` cut to GitHub's description limit, an ellipsis marking the cut.
    private static func limited(_ value: String) -> String {
        guard value.count > descriptionLimit else { return value }
        return String(value.prefix(descriptionLimit - 1)) + "…"
    }
}
