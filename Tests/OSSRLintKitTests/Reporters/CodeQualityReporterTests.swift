import Foundation
import Testing
import TestSupport
@testable import OSSRLintKit

@Suite struct CodeQualityReporterTests {
    static let schema = PackageRoot.url.appendingPathComponent("Reports/codequality.schema.json")

    /// Runs check-jsonschema with the Code Quality schema on `json`.
    static func validate(_ json: String) throws -> ExternalTool.Output? {
        guard let checker = ExternalTool.locate("check-jsonschema", installHint: "pip install check-jsonschema") else { return nil }
        let file = try TemporaryFile(json, suffix: ".json")
        defer { file.remove() }
        return try checker.run(["--schemafile", schema.path, file.url.path])
    }

    /// One issue, as GitLab reads it.
    struct CodeQualityIssue: Decodable, Equatable {
        struct Location: Decodable, Equatable {
            struct Lines: Decodable, Equatable { var begin: Int }
            var path: String
            var lines: Lines
        }

        var description: String
        var check_name: String
        var fingerprint: String
        var severity: String
        var location: Location
    }

    static func issues(_ json: String) throws -> [CodeQualityIssue] {
        try JSONDecoder().decode([CodeQualityIssue].self, from: Data(json.utf8))
    }

    @Test func theSchemaIsAValidJSONSchema() throws {
        guard let checker = ExternalTool.locate("check-jsonschema", installHint: "pip install check-jsonschema") else { return }
        let output = try checker.run(["--check-metaschema", Self.schema.path])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    }

    @Test(arguments: ReportFixtures.all.map(\.name))
    func everyGoldenFileValidatesAgainstTheCodeQualitySchema(fixture: String) throws {
        let json = try String(contentsOf: GoldenFile.folder.appendingPathComponent("\(fixture).codequality.json"), encoding: .utf8)
        let output = try #require(try Self.validate(json))
        #expect(output.status == 0, "check-jsonschema: \(output.stdout)\(output.stderr)")
    }

    @Test(arguments: [
        ("a severity GitLab lacks", #""severity" : "minor""#, #""severity" : "warning""#),
        ("no fingerprint", #""fingerprint" : "#, #""print" : "#),
        ("a path starting with ./", #""path" : "LICENSE""#, #""path" : "./LICENSE""#),
        ("a line below 1", #""begin" : 1"#, #""begin" : 0"#),
        ("no line", #""lines""#, #""columns""#),
    ])
    func theSchemaRejectsABrokenReport(_ defect: String, _ original: String, _ replacement: String) throws {
        let json = CodeQualityReporter().render(ReportFixtures.mixed)
        #expect(json.contains(original), "fixture no longer has \(original)")
        let output = try #require(try Self.validate(json.replacingOccurrences(of: original, with: replacement)))
        #expect(output.status != 0, "a report with \(defect) was accepted")
    }

    @Test(arguments: ReportFixtures.all.map(\.name))
    func fingerprintsAreUniqueAndTheSameOnEveryRender(fixture: String) throws {
        let report = try #require(ReportFixtures.all.first { $0.name == fixture }?.report)
        let first = try Self.issues(CodeQualityReporter().render(report)).map(\.fingerprint)
        let second = try Self.issues(CodeQualityReporter().render(report)).map(\.fingerprint)
        #expect(Set(first).count == first.count, "repeated fingerprints: \(first)")
        #expect(first == second)
        #expect(first.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func anIssueKeepsItsFingerprintWhenItsLineMovesOrItsWordingChanges() throws {
        let before = try Self.issues(CodeQualityReporter().render(ReportFixtures.mixed))
        var edited = ReportFixtures.mixed
        for index in edited.results.indices {
            edited.results[index].message = "reworded"
            edited.results[index].evidence = edited.results[index].evidence.map { evidence in
                var moved = evidence
                moved.line = evidence.line.map { $0 + 7 }
                return moved
            }
        }
        let after = try Self.issues(CodeQualityReporter().render(edited))
        #expect(after.map(\.fingerprint) == before.map(\.fingerprint))
        #expect(after.map(\.location.lines.begin) != before.map(\.location.lines.begin))
    }

    @Test func everyPathEvidenceOfAFindingIsAnIssueAndAFindingWithoutOneIsAtTheConfiguration() throws {
        let issues = try Self.issues(CodeQualityReporter().render(ReportFixtures.mixed))
        let licence = issues.filter { $0.check_name == "licence-file" }
        #expect(licence.map(\.location.path) == ["LICENSE", "COPYING"])
        #expect(licence.map(\.location.lines.begin) == [1, 1])
        #expect(licence.first?.description == "no licence file at the root — not found")
        let keys = issues.filter { $0.check_name == "codemeta-required-keys" }
        #expect(keys.map(\.location.lines.begin) == Array(1...12))
        #expect(keys.allSatisfy { $0.location.path == "codemeta.json" })
        for rule in ["tag-reachable", "container-recipe"] {
            #expect(issues.filter { $0.check_name == rule }.map(\.location) == [.init(path: RepositoryConfiguration.fileName, lines: .init(begin: 1))])
        }
        #expect(!issues.contains { ["licence-osi", "readme", "semver-tags", "tagged-release"].contains($0.check_name) }, "passed, waived or not applicable")
        #expect(issues.count == 2 + 12 + 1 + 1 + 1)
    }

    @Test func severitiesMapOntoGitLabsScale() throws {
        let issues = try Self.issues(CodeQualityReporter().render(ReportFixtures.mixed))
        let severities = Dictionary(issues.map { ($0.check_name, $0.severity) }, uniquingKeysWith: { first, _ in first })
        #expect(severities == [
            "licence-file": "critical", "codemeta-required-keys": "minor", "codemeta-keywords": "info",
            "tag-reachable": "critical", "container-recipe": "info",
        ])
    }

    @Test func hostileTextIsEscapedAndPathsStayTheRepositorys() throws {
        let json = CodeQualityReporter().render(ReportFixtures.hostile)
        let issues = try Self.issues(json)
        #expect(issues.prefix(2).map(\.location.path) == ReportFixtures.hostile.results[0].evidence.prefix(2).map(\.subject))
        for issue in issues {
            #expect(!issue.description.unicodeScalars.contains(where: VisibleEscape.isUnsafeForDisplay), "\(issue.description.debugDescription)")
        }
        var quoted = ReportFixtures.allPass
        quoted.results[0].status = .fail
        quoted.results[0].evidence = [.path(#""\346\225\260\346\215\256/r\303\251sum\303\251.txt""#, line: 3)]
        #expect(try Self.issues(CodeQualityReporter().render(quoted)).map(\.location.path) == ["数据/résumé.txt"])
    }

    @Test func aReportWithoutFindingsIsAnEmptyArray() throws {
        #expect(try Self.issues(CodeQualityReporter().render(ReportFixtures.allPass)).isEmpty)
    }
}
