import Testing
@testable import OSSRLintKit

@Suite struct GitHubReporterTests {
    /// A workflow command as the Actions runner parses a line of a job's output (its
    /// `ActionCommand.TryParseV2`): `::name key=value,key=value::data`, properties and data
    /// unescaped as the runner unescapes them, `%25` last.
    struct WorkflowCommand: Equatable {
        var name: String
        var properties: [String: String]
        var data: String

        init(name: String, properties: [String: String], data: String) {
            self.name = name
            self.properties = properties
            self.data = data
        }

        init?(line: Substring) {
            let trimmed = line.trimmingPrefix(while: \.isWhitespace)
            guard trimmed.hasPrefix("::") else { return nil }
            let rest = trimmed.dropFirst(2)
            guard let end = rest.firstRange(of: "::") else { return nil }
            let info = rest[..<end.lowerBound]
            data = Self.unescape(String(rest[end.upperBound...]), property: false)
            let space = info.firstIndex(of: " ")
            name = String(info[..<(space ?? info.endIndex)])
            properties = [:]
            guard let space else { return }
            for pair in info[info.index(after: space)...].split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                properties[String(parts[0])] = Self.unescape(String(parts[1]), property: true)
            }
        }

        private static func unescape(_ value: String, property: Bool) -> String {
            var text = value.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
            if property { text = text.replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",") }
            return text.replacingOccurrences(of: "%25", with: "%")
        }
    }

    private static func commands(_ report: LintReport) -> [WorkflowCommand?] {
        GitHubReporter().render(report).split(separator: "\n").map { WorkflowCommand(line: $0) }
    }

    @Test func everyFindingIsOneAnnotationAtItsFirstPath() {
        let commands = Self.commands(ReportFixtures.mixed)
        #expect(commands == [
            WorkflowCommand(name: "error", properties: ["file": "LICENSE", "title": "licence-file"], data: "no licence file at the root\nfix: add a LICENSE file with the full text of an open-source licence, for example MIT"),
            WorkflowCommand(name: "warning", properties: ["file": "codemeta.json", "line": "1", "col": "3", "title": "codemeta-required-keys"], data: "codemeta.json lacks 12 required or recommended keys\nfix: add the missing keys"),
            WorkflowCommand(name: "notice", properties: ["file": "codemeta.json", "line": "1", "title": "codemeta-keywords"], data: "codemeta.json has no 'keywords'\nfix: list a few keywords"),
            WorkflowCommand(name: "error", properties: ["title": "tag-reachable"], data: "could not read tag 'v2.1': object 3f2a9c1 is missing"),
            WorkflowCommand(name: "notice", properties: ["title": "container-recipe"], data: "no Dockerfile or Apptainer recipe"),
        ])
    }

    /// Line breaks, `::`, `%`, commas, colons and escape sequences in messages, rule ids and
    /// paths: the output is still one command per finding, and the runner reads back the text.
    @Test func nothingFromTheRepositoryEndsALineOrStartsACommand() throws {
        var report = ReportFixtures.hostile
        report.results[0].message += "\n::error file=owned::injected\r\n::add-mask::x %0A %25 ::"
        report.results[0].evidence[0].subject = "dir/a,b:c%41\n::warning::x.txt"
        let output = GitHubReporter().render(report)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(output.hasSuffix("\n"))
        #expect(lines.count == report.results.count(where: \.isFinding))
        #expect(!output.contains("\r"))
        #expect(!output.unicodeScalars.contains { $0 != "\n" && VisibleEscape.isUnsafeForDisplay($0) }, "\(output.debugDescription)")
        let commands = lines.map { WorkflowCommand(line: $0) }
        #expect(commands.map { $0?.name } == ["error", "notice", "notice"])
        let first = try #require(commands.first ?? nil)
        #expect(first.properties["file"] == "dir/a,b:c%41\n::warning::x.txt")
        #expect(first.properties["title"] == "rule|`id`")
        #expect(first.properties["line"] == "4" && first.properties["col"] == "2")
        #expect(first.data.hasPrefix(VisibleEscape.forDisplay("a|b `tick`")))
        #expect(first.data.contains("\n::error file=owned::injected\r\n::add-mask::x %0A %25 ::"), "\(first.data.debugDescription)")
        #expect(first.data.contains(#"\u{1B}[31mred"#), "an escape sequence is spelled, not sent to the log")
    }

    @Test func aBaselineMarksNewFindings() {
        let commands = Self.commands(ReportFixtures.mixedWithBaseline)
        #expect(commands.compactMap { $0?.data }.filter { $0.hasPrefix("new: ") }.count == 1)
        #expect(commands.first??.data.hasPrefix("new: no licence file at the root") == true)
    }

    @Test func aGitQuotedPathIsAnnotatedOnTheFileItNames() {
        var report = ReportFixtures.allPass
        report.results[0].status = .fail
        report.results[0].evidence = [.path(#""\346\225\260\346\215\256/r\303\251sum\303\251.txt""#, line: 2)]
        #expect(Self.commands(report).first??.properties["file"] == "数据/résumé.txt")
    }

    @Test func aReportWithoutFindingsPrintsNothing() {
        #expect(GitHubReporter().render(ReportFixtures.allPass) == "")
    }
}
