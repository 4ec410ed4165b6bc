import Foundation
import Testing
import TestSupport

/// `ossrlint scorecard` on real repositories: files written, exit codes, and a hostile file
/// name that reaches a message.
@Suite struct ScorecardCLITests {
    /// A Python package with a licence, a README and tests, but no codemeta.json, no
    /// CITATION.cff and no release tag.
    private func package() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        var files = CompleteOSSRRepository.files()
        files["codemeta.json"] = nil
        files["CITATION.cff"] = nil
        try repository.commit("Import skyreduce", files: files)
        return repository
    }

    private func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func htmlAndJSONGoToTheirFilesAndTheScoreLineToStandardOutput() throws {
        let repository = try package()
        let result = try OSSRLintExecutable.run(["scorecard", "--format", "html=card.html", "--format", "json=card.json"], in: repository.url)
        #expect(result.status == 0, "a scorecard is not a gate, though rules fail: \(result.standardError)")
        #expect(result.standardError.isEmpty, "\(result.standardError)")
        let card = try json(repository.url.appendingPathComponent("card.json"))
        let overall = try #require(card["overall"] as? Double)
        let grade = try #require(card["grade"] as? String)
        #expect(result.standardOutput == "OSSR score \(String(format: "%.1f", overall)) / 100, grade \(grade)\n")
        let losses = try #require(card["losses"] as? [[String: Any]])
        #expect(losses.contains { $0["rule"] as? String == "codemeta-present" })
        let source = try #require(card["repository"] as? [String: Any])
        #expect(source["commit"] as? String == (try repository.commitID()))
        // TemporaryRepository commits on its first fixed date: SOURCE_DATE_EPOCH's moment.
        #expect(source["date"] as? String == "2024-01-01T12:00:00Z")

        let page = try HTMLTree.parse(bytes: try Data(contentsOf: repository.url.appendingPathComponent("card.html"))).document
        #expect(page.element(id: "overall").map { Double($0.text) } == overall)
        #expect(page.element(id: "grade")?.text == grade)
        #expect(page.all { $0.hasClass("loss") }.count == losses.count)
        // Headed by the repository's folder, not by the `.` the run was given.
        #expect(source["name"] as? String == repository.url.lastPathComponent)
        #expect(page.all { $0.tag == "h1" }.map(\.text) == [repository.url.lastPathComponent])
    }

    @Test func withoutAFormatTheMarkdownScorecardGoesToStandardOutput() throws {
        let repository = try package()
        let result = try OSSRLintExecutable.run(["scorecard"], in: repository.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("## OSSR scorecard: "), "\(result.standardOutput.prefix(200))")
        let svg = try OSSRLintExecutable.run(["scorecard", "--format", "svg"], in: repository.url)
        #expect(svg.standardOutput.hasPrefix("<svg "), "one format on standard output, nothing else")
        #expect(svg.status == 0)
    }

    @Test func theWorkTreeIsNotCommitted() throws {
        let repository = try package()
        try repository.write("CITATION.cff", "cff-version: 1.2.0\n")
        let result = try OSSRLintExecutable.run(["scorecard", "--worktree", "--format", "json=card.json", "--format", "markdown"], in: repository.url)
        #expect(result.status == 0, "\(result.standardError)")
        let source = try #require(try json(repository.url.appendingPathComponent("card.json"))["repository"] as? [String: Any])
        #expect(source["source"] as? String == "worktree")
        #expect(source["date"] is NSNull)
        #expect(result.standardOutput.contains(", date: not committed,"), "\(result.standardOutput.prefix(300))")
    }

    @Test(arguments: [
        (["--format", "html=out.html", "--format", "json=./out.html"], "name the same file"),
        (["--format", "pdf"], "pdf"),
        (["--rev", "no-such-branch"], "no-such-branch"),
        (["--rules", "missing-rules.yml"], "missing-rules.yml"),
    ])
    func mistakesExitTwoAndSaySo(_ arguments: [String], _ named: String) throws {
        let repository = try package()
        let result = try OSSRLintExecutable.run(["scorecard"] + arguments, in: repository.url)
        #expect(result.status == 2, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardError.contains(named), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aFolderThatIsNoRepositoryExitsThree() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ossrlint-not-a-repository-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try OSSRLintExecutable.run(["scorecard", "--format", "html=card.html"], in: folder)
        #expect(result.status == 3, "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("card.html").path))
    }

    /// A committed library whose name holds invalid UTF-8, a line break, a terminal escape,
    /// markup, `&` and quotes is quoted by a failing rule: every scorecard shows it as text.
    @Test func aHostileFileNameInAMessageStaysText() throws {
        let repository = try package()
        // No `/` in the hostile part: git names cannot hold one, so no closing tag either.
        let name = Array("lib/evil".utf8) + [0xFF, 0x0A] + Array("<script>alert(1)<img src=x onerror=alert(2)>\u{1B}[31m&\"'.so".utf8)
        try repository.write(bytes: name, Data("\u{7F}ELF".utf8))
        try repository.commit("Add a build artefact")
        let result = try OSSRLintExecutable.run(["scorecard", "--format", "html=card.html", "--format", "markdown=card.md", "--format", "svg=badge.svg",
                                                 "--format", "json=card.json"], in: repository.url)
        #expect(result.status == 0, "\(result.standardError)")
        let card = try json(repository.url.appendingPathComponent("card.json"))
        let loss = try #require((card["losses"] as? [[String: Any]])?.first { $0["rule"] as? String == "no-binary-artifacts" })
        let message = try #require(loss["message"] as? String)
        #expect(message.contains(#"evil\377\n<script>alert(1)<img src=x onerror=alert(2)>\033[31m&"#), "\(message)")

        let bytes = try Data(contentsOf: repository.url.appendingPathComponent("card.html"))
        let tree = try HTMLTree.parse(bytes: bytes)
        #expect(!tree.document.descendants.contains { $0.tag == "script" || $0.tag == "img" })
        #expect(tree.strayEndTags.isEmpty && tree.unclosed.isEmpty)
        let shown = tree.document.all { $0.attributes["data-rule"] == "no-binary-artifacts" }.first?.all { $0.hasClass("message") }.first?.text
        // The rule quotes the name as git does (`\377`, `\n`, `\033`); the page shows that text as it is.
        #expect(shown == "Found: " + message)
        for file in ["card.html", "card.md", "badge.svg"] {
            let written = try Data(contentsOf: repository.url.appendingPathComponent(file))
            #expect(String(validating: written, as: UTF8.self) != nil, "\(file) is UTF-8")
            #expect(!written.contains(0x1B), "\(file) holds no terminal escape")
        }
    }
}
