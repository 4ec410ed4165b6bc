import Foundation
import Testing
import TestSupport

/// `ossrlint check` on the hostile repository (`HostileRepository`): many entries, a file
/// 1,000 folders deep, blobs over every limit, a 2 GB sparse work-tree file, and names built to
/// break each report format. Every run ends with findings (exit 1), never a crash, within its
/// memory bound, and every report still parses in the tool that reads it.
@Suite(.serialized) struct HostileRepositoryTests {
    private func hostile() throws -> HostileRepository {
        try HostileRepository.shared.get()
    }

    private func results(_ json: Data) throws -> [String: [String: Any]] {
        let report = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let results = try #require(report["results"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: results.map { ($0["rule"] as? String ?? "", $0) })
    }

    @Test func theCommitIsLintedWithinMemoryAndEveryReportParses() throws {
        let repository = try hostile()
        let out = repository.root.appendingPathComponent("reports-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let formats = ["json": "r.json", "junit": "r.xml", "sarif": "r.sarif", "codequality": "r.cq.json", "markdown": "r.md"]
        let (result, peak) = try OSSRLintExecutable.runMeasuringPeakMemory(
            ["check", "--rev", "main", repository.commit.path] + formats.sorted { $0.key < $1.key }.flatMap { ["--format", "\($0.key)=\(out.path)/\($0.value)"] }, in: out)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(peak > 0 && peak <= 400 * 1024, "peak resident memory \(peak) KB for \(repository.entryCount) entries")

        let byRule = try results(try Data(contentsOf: out.appendingPathComponent("r.json")))
        #expect(byRule["no-large-files"]?["status"] as? String == "fail")
        #expect(byRule["no-private-keys"]?["status"] as? String == "fail")
        #expect(byRule["no-binary-artifacts"]?["status"] as? String == "fail")
        // Each hostile name is evidence of the binary-artefact rule, spelt as reports show paths.
        let evidence = (byRule["no-binary-artifacts"]?["evidence"] as? [[String: Any]] ?? []).compactMap { $0["subject"] as? String }
        #expect(evidence.count == HostileRepository.hostileNames.count, "\(evidence)")
        #expect(evidence.allSatisfy { !$0.contains("\n") && !$0.contains("\u{1B}") }, "control characters are escaped: \(evidence)")

        for name in ["r.sarif", "r.cq.json"] {
            #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(name)))) != nil, "\(name) is JSON")
        }
        let xmllint = try ProcessRunner.run("/usr/bin/env", ["xmllint", "--noout", out.appendingPathComponent("r.xml").path], in: out)
        #expect(xmllint.status == 0, "the JUnit report is well-formed XML: \(xmllint.standardError)")
        // Read by cmark-gfm, as GitLab and GitHub render it: every table row keeps its cells, and
        // each hostile name is one code span, whole.
        let markdown = try ProcessRunner.run("/usr/bin/env", ["cmark-gfm", "-e", "table", "--to", "xml", out.appendingPathComponent("r.md").path], in: out)
        #expect(markdown.status == 0, "\(markdown.standardError)")
        let tables = markdown.standardOutput.components(separatedBy: "<table>").dropFirst().map { $0.components(separatedBy: "</table>")[0] }
        for table in tables {
            let rows = table.replacingOccurrences(of: "<table_header", with: "<table_row").components(separatedBy: "<table_row").dropFirst()
            let cells = rows.map { row in row.components(separatedBy: "<table_cell").count - 1 }
            #expect(!rows.isEmpty && Set(cells).count == 1, "every row of a table has as many cells: \(cells)")
        }
        #expect(tables.count >= 2, "the score table and the findings table")
        for subject in evidence {
            let escaped = subject.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            #expect(markdown.standardOutput.contains("<code xml:space=\"preserve\">\(escaped)</code>"), "'\(subject)' is one code span")
        }
    }

    @Test func theDeepFileAndEveryEntryAreListed() throws {
        let repository = try hostile()
        let result = try OSSRLintExecutable.run(["ls", "--rev", "main", repository.commit.path], in: repository.root)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == repository.entryCount)
        #expect(lines.contains { $0 == "file\t" + HostileRepository.deepPath })
    }

    @Test func aTwoGigabyteSparseFileInTheWorkTreeIsSizedNotRead() throws {
        let repository = try hostile()
        let (result, peak) = try OSSRLintExecutable.runMeasuringPeakMemory(["check", "--worktree", "--format", "json", "."], in: repository.workTree)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(peak > 0 && peak <= 100 * 1024, "the 2 GB file is never read whole: peak \(peak) KB")
        let byRule = try results(Data(result.standardOutput.utf8))
        #expect(byRule["no-large-files"]?["status"] as? String == "fail")
        let detail = (byRule["no-large-files"]?["evidence"] as? [[String: Any]] ?? []).compactMap { $0["detail"] as? String }
        #expect(detail == ["2048.0 MiB"], "\(detail)")
    }
}
