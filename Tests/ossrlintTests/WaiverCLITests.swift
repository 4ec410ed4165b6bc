import Foundation
import Testing
import TestSupport

/// Waivers in a real repository's `.ossrlint.yml`, through the executable: the three states in
/// one run, written to every machine-readable report, each read back by its real consumer.
@Suite struct WaiverCLITests {
    private static let configuration = """
        waivers:
          - rule: no-binary-artifacts
            paths: ["objects/**"]
            reason: the object files go with the next clean-up
            owner: jane@example.org
            expires: 2999-01-01
          - rule: no-binary-artifacts
            paths: ["wheels/**"]
            reason: wheels were to move to the release page
            owner: release-team
            expires: 2001-02-03
          - rule: contributing-present
            reason: written next sprint
            owner: bob
            expires: 2999-01-01
        """

    @Test func appliedExpiredAndUnusedWaiversAreReportedInEveryFormat() throws {
        let repository = try TemporaryRepository()
        var files = CompleteOSSRRepository.files()
        files[".ossrlint.yml"] = Self.configuration
        files["objects/core.o"] = "object"
        files["wheels/pkg-1.0-py3-none-any.whl"] = "wheel"
        try repository.commit("Import", files: files)
        try repository.tag("v1.0.0", annotated: true)
        let json = repository.root.appendingPathComponent("report.json").path
        let junit = repository.root.appendingPathComponent("report.xml").path
        let sarif = repository.root.appendingPathComponent("report.sarif").path
        let result = try OSSRLintExecutable.run(["check", "--fail-on", "warning", "--format", "json=\(json)", "--format", "junit=\(junit)",
                                                 "--format", "sarif=\(sarif)"], in: repository.url)
        // The expired waiver leaves the wheel failing at warning severity.
        #expect(result.status == 1, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("WAIVER  waiver of 'no-binary-artifacts' on wheels/** (.ossrlint.yml:7:11) expired on 2001-02-03, owner release-team"))
        #expect(result.standardOutput.contains("WAIVER  waiver of 'contributing-present' (.ossrlint.yml:12:11) matches nothing"))

        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any]
        let waivers = try #require(report?["waivers"] as? [[String: Any]])
        #expect(waivers.map { $0["state"] as? String } == ["unused", "applied", "expired"])
        let results = try #require(report?["results"] as? [[String: Any]])
        let artefacts = try #require(results.first { $0["rule"] as? String == "no-binary-artifacts" })
        #expect(artefacts["status"] as? String == "fail")
        #expect((artefacts["message"] as? String)?.hasPrefix("the waiver of this finding expired on 2001-02-03") == true)
        let subjects = (artefacts["evidence"] as? [[String: Any]])?.compactMap { $0["subject"] as? String }
        #expect(subjects?.contains("wheels/pkg-1.0-py3-none-any.whl") == true)
        #expect(subjects?.contains("objects/core.o") == false, "the active waiver covers objects/")

        let schema = PackageRoot.url.appendingPathComponent("Reports/ossrlint-report.schema.json").path
        let checked = try ProcessRunner.run("/usr/bin/env", ["check-jsonschema", "--schemafile", schema, json], in: repository.url)
        #expect(checked.status == 0, "\(checked.standardOutput)\(checked.standardError)")
        let sarifSchema = PackageRoot.shared.appendingPathComponent("report-schemas/sarif-schema-2.1.0.json").path
        let sarifChecked = try ProcessRunner.run("/usr/bin/env", ["check-jsonschema", "--schemafile", sarifSchema, sarif], in: repository.url)
        #expect(sarifChecked.status == 0, "\(sarifChecked.standardOutput)\(sarifChecked.standardError)")
        let xsd = PackageRoot.shared.appendingPathComponent("report-schemas/junit-10.xsd").path
        let xml = try ProcessRunner.run("/usr/bin/env", ["xmllint", "--noout", "--schema", xsd, junit], in: repository.url)
        #expect(xml.status == 0, "\(xml.standardError)")
        let properties = try ProcessRunner.run("/usr/bin/env", ["xmllint", "--xpath", "count(//property[@name='ossrlint.waiver'])", junit], in: repository.url)
        #expect(properties.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "3")
    }
}
