import Foundation
import Testing
import TestSupport
@testable import OSSRLintKit

@Suite struct JUnitReporterTests {
    static let schema = PackageRoot.shared.appendingPathComponent("report-schemas/junit-10.xsd")

    /// Runs xmllint's schema validation on `xml`, returning its exit status and messages.
    static func validate(_ xml: String) throws -> ExternalTool.Output? {
        guard let xmllint = ExternalTool.locate("xmllint", installHint: "apt-get install libxml2-utils") else { return nil }
        #expect(FileManager.default.fileExists(atPath: schema.path), "schema missing at \(schema.path)")
        let file = try TemporaryFile(xml, suffix: ".xml")
        defer { file.remove() }
        return try xmllint.run(["--noout", "--schema", schema.path, file.url.path])
    }

    @Test(arguments: ReportFixtures.all.map(\.name))
    func outputValidatesAgainstTheJUnitSchema(fixture: String) throws {
        let report = try #require(ReportFixtures.all.first { $0.name == fixture }?.report)
        let output = try #require(try Self.validate(JUnitReporter().render(report)))
        #expect(output.status == 0, "xmllint: \(output.stderr)")
    }

    @Test func anEmptyReportIsAValidDocument() throws {
        let report = LintReport(tool: ReportFixtures.tool, repository: .init(path: ".", source: "worktree"), profile: "ossr", categories: [], results: [])
        let xml = JUnitReporter().render(report)
        #expect(xml.contains(#"<testsuites name="ossrlint" tests="0" failures="0" errors="0"/>"#))
        let output = try #require(try Self.validate(xml))
        #expect(output.status == 0, "xmllint: \(output.stderr)")
    }

    @Test func theSchemaCheckRejectsABrokenDocument() throws {
        // A testsuite without its required attributes, to show the validation can fail.
        let output = try #require(try Self.validate("<testsuites><testsuite name=\"x\"/></testsuites>\n"))
        #expect(output.status != 0)
    }

    /// A test case is red only when its finding fails the run (`--fail-on`); lesser findings
    /// are notes, so the report's red matches the job's exit code.
    @Test func statusesMapToFailureErrorSkippedAndNotesBelowTheFailingSeverity() {
        let strict = JUnitReporter(failingAt: .warning).render(ReportFixtures.mixed)
        #expect(strict.contains(#"<testsuites name="ossrlint" tests="10" failures="2" errors="1">"#))
        #expect(strict.contains(#"<failure type="warning" message="codemeta.json lacks 12 required or recommended keys">"#))
        let xml = JUnitReporter().render(ReportFixtures.mixed)
        #expect(xml.contains(#"<testsuites name="ossrlint" tests="10" failures="1" errors="1">"#))
        #expect(xml.contains(#"<failure type="error" message="no licence file at the root">LICENSE, COPYING"#), "evidence paths lead the text")
        #expect(xml.contains("<system-out>warning: codemeta.json:1:3, codemeta.json:2:3"), "a warning is a note at --fail-on error")
        #expect(xml.contains("<system-out>info: codemeta.json:"))
        #expect(JUnitReporter(failingAt: nil).render(ReportFixtures.mixed).contains(#"failures="0""#))
        #expect(xml.contains(#"<skipped type="not-applicable" message="no tags yet"/>"#))
        #expect(xml.contains(#"<skipped type="waived" message="waived by .ossrlint.yml: tags follow the CalVer scheme of the observatory"/>"#))
        #expect(xml.contains(#"<error type="check-error" message="could not read tag &apos;v2.1&apos;: object 3f2a9c1 is missing">"#))
        #expect(xml.contains(#"<testcase classname="licensing" name="licence-file — Licence file">"#))
        #expect(xml.components(separatedBy: "<testsuite ").count - 1 == 5)
        #expect(xml.components(separatedBy: "<testcase ").count - 1 == 10)
    }

    @Test func failureBodiesCarryEvidenceRemedyAndReferences() {
        let xml = JUnitReporter().render(ReportFixtures.mixed)
        #expect(xml.contains("evidence:\n- path LICENSE — not found\n- path COPYING — not found\nremediation: add a LICENSE file"))
        #expect(xml.contains("references:\n- https://choosealicense.com/\n- https://opensource.org/licenses</failure>"))
    }

    @Test func hostileTextIsEscapedAndNoCDATAIsUsed() {
        let xml = JUnitReporter().render(ReportFixtures.hostile)
        #expect(!xml.contains("<![CDATA["))
        #expect(!xml.contains("<script>"))
        #expect(!xml.unicodeScalars.contains { !XMLEscaper.isAllowed($0) })
        #expect(xml.contains(#"]]&gt; \u{1B}[31mred"#))
        #expect(xml.contains("数据 данные"))
    }

    @Test func outputHasNoWallClockTimeOrHostName() {
        let xml = JUnitReporter().render(ReportFixtures.mixed)
        for attribute in ["timestamp=", "hostname=", "time="] {
            #expect(!xml.contains(attribute))
        }
    }
}
