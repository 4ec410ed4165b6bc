import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// `ossrlint scan` and `ossrlint merge` run as a user and CI run them, on a folder of real
/// repositories (`ScanFixture`): the table on standard output or in files, progress only on
/// standard error, failures as rows, shards that merge into the unsharded table byte for byte,
/// and the README's GitLab jobs doing what the README says.
@Suite struct ScanCLITests {
    private static let formats = ["markdown": "md", "csv": "csv", "json": "json", "html": "html"]

    private static func run(_ arguments: [String], in folder: URL, input: Data = Data()) throws -> ProcessRunner.Result {
        guard input.isEmpty else {
            let executable = try #require(OSSRLintExecutable.url)
            return try ProcessRunner.run(executable.path, arguments, in: folder, input: input)
        }
        return try OSSRLintExecutable.run(arguments, in: folder)
    }

    /// `--format F=PREFIX.EXT` for every format.
    private static func everyFormat(_ prefix: String) -> [String] {
        formats.sorted { $0.key < $1.key }.flatMap { ["--format", "\($0.key)=\(prefix).\($0.value)"] }
    }

    /// The table rows' first cells, as cmark-gfm reads the Markdown.
    private static func markdownRepositories(_ markdown: String) throws -> [String] {
        let folder = try RepositoryFolder()
        let file = folder.url.appendingPathComponent("table.md")
        try Data(markdown.utf8).write(to: file)
        let result = try ProcessRunner.run("/usr/bin/env", ["cmark-gfm", "-e", "table", "-t", "xml", file.path], in: folder.url)
        try #require(result.status == 0, "\(result.standardError)")
        let xml = result.standardOutput.replacingOccurrences(of: #"<!DOCTYPE document SYSTEM "CommonMark.dtd">"#, with: "")
            .replacingOccurrences(of: #" xmlns="http://commonmark.org/xml/1.0""#, with: "")
        let document = try XMLDocument(xmlString: xml, options: [.nodePreserveWhitespace])
        let cells = try document.nodes(forXPath: "/document/table[1]/table_row/table_cell[1]")
        return try cells.map { cell in try cell.nodes(forXPath: ".//text|.//code").compactMap(\.stringValue).joined() }
    }

    @Test func aFolderScanWritesTheTableToStandardOutputAndALinePerRepositoryToStandardError() throws {
        let fixture = try ScanFixture()
        let result = try Self.run(["scan", "--folder", fixture.folder.path], in: fixture.folder.url)
        #expect(result.status == 3, "some repositories could not be scanned: \(result.standardError)")
        #expect(result.standardOutput.hasPrefix("## OSSRLint scan: 9 repositories\n"), "\(result.standardOutput)")
        #expect(try Self.markdownRepositories(result.standardOutput) == ScanFixture.scoredInOrder + ScanFixture.unscannable)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 10, "\(lines)")
        #expect(Set(lines.dropLast().map { $0.split(separator: " ")[0] }) == Set((1...9).map { "[\($0)/9]" }))
        #expect(lines.contains { $0.hasPrefix("[") && $0.contains("] complete: score ") })
        #expect(lines.contains { $0.contains("] not-a-repository: could not be scanned (exit 3): not a git repository") })
        #expect(lines.last == "scanned 5 of 9 repositories; 4 could not be scanned (see the table's Error column)")
        #expect(!result.standardOutput.contains("[1/9]"), "progress never reaches standard output")
    }

    @Test func whenEveryRepositoryIsScannedTheScanExitsZeroWhateverTheScores() throws {
        let fixture = try ScanFixture()
        let paths = ["twin-a", "partial", "bare.git"].map { fixture.folder.url.appendingPathComponent($0).path }
        let result = try Self.run(["scan", "--format", "csv"] + paths, in: fixture.folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        let names = result.standardOutput.split(separator: "\r\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        #expect(names == [paths[2], paths[1], paths[0]], "rows are named as given, by score then name")
    }

    @Test func aListFromStandardInputNamesRepositoriesAsListed() throws {
        let fixture = try ScanFixture()
        let list = "# survey\ntwin-b\n\ncomplete\ntwin-b\nnot-a-repository\n"
        let result = try Self.run(["scan", "--list", "-", "--jobs", "2", "--format", "csv"], in: fixture.folder.url, input: Data(list.utf8))
        #expect(result.status == 3, "\(result.standardError)")
        let names = result.standardOutput.split(separator: "\r\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        #expect(names == ["complete", "twin-b", "not-a-repository"])
    }

    @Test func usageMistakesExitTwoAndScanNothing() throws {
        let fixture = try ScanFixture()
        let mistakes: [[String]] = [
            ["scan"], ["scan", "--folder", "a", "b"], ["scan", "--jobs", "0", "x"], ["scan", "--shard", "3/2", "x"],
            ["scan", "--format", "pdf", "x"], ["scan", "--format", "json", "--format", "csv", "x"],
            ["scan", "--format", "json=t", "--format", "csv=t", "x"], ["scan", "--folder", "no-such-folder"],
            ["scan", "--list", "no-such-list"], ["scan", "--profile", "no-such-profile", "x"], ["merge"],
        ]
        for mistake in mistakes {
            let result = try Self.run(mistake, in: fixture.folder.url)
            #expect(result.status == 2, "\(mistake): \(result.standardError)")
            #expect(result.standardOutput.isEmpty, "\(mistake)")
        }
    }

    @Test func helpTeachesWithExamples() throws {
        for command in ["scan", "merge"] {
            let help = try Self.run([command, "--help"], in: FileManager.default.temporaryDirectory)
            #expect(help.status == 0)
            #expect(help.standardOutput.contains("Examples:\n  ossrlint \(command) "), "\(help.standardOutput)")
            #expect(help.standardOutput.contains("Exit codes:"))
        }
    }

    /// The unsharded scan, then each shard and their merge, in every format: the same bytes.
    @Test(arguments: [2, 3])
    func shardsMergeIntoTheUnshardedTableByteForByteInEveryFormat(count: Int) throws {
        let fixture = try ScanFixture()
        let out = try RepositoryFolder()
        let whole = try Self.run(["scan", "--folder", fixture.folder.path] + Self.everyFormat(out.path + "/whole"), in: out.url)
        #expect(whole.status == 3, "\(whole.standardError)")
        var shards: [String] = []
        for index in 1...count {
            let prefix = out.path + "/shard-\(index)"
            let shard = try Self.run(["scan", "--folder", fixture.folder.path, "--shard", "\(index)/\(count)", "--format", "json=\(prefix).json"], in: out.url)
            #expect([0, 3].contains(shard.status), "\(shard.standardError)")
            shards.append(prefix + ".json")
        }
        let merged = try Self.run(["merge"] + shards.reversed() + Self.everyFormat(out.path + "/merged"), in: out.url)
        #expect(merged.status == 3, "the merge exits as the whole scan did: \(merged.standardError)")
        for (format, ext) in Self.formats {
            let expected = try Data(contentsOf: out.url.appendingPathComponent("whole.\(ext)"))
            let actual = try Data(contentsOf: out.url.appendingPathComponent("merged.\(ext)"))
            #expect(expected == actual, "\(format) differs")
        }
        let validated = try ProcessRunner.run("/usr/bin/env", ["check-jsonschema", "--schemafile", PackageRoot.url.appendingPathComponent("Reports/ossrlint-scan.schema.json").path] + shards + [out.path + "/merged.json"], in: out.url)
        #expect(validated.status == 0, "\(validated.standardOutput)\(validated.standardError)")
    }

    @Test func mergeRefusesShardsOfDifferentScansAndAMissingShard() throws {
        let fixture = try ScanFixture()
        let out = try RepositoryFolder()
        func scan(_ extra: [String], _ name: String) throws -> String {
            let result = try Self.run(["scan", "--folder", fixture.folder.path, "--format", "json=\(name)"] + extra, in: out.url)
            #expect([0, 3].contains(result.status), "\(result.standardError)")
            return name
        }
        let first = try scan(["--shard", "1/2"], "one.json")
        let release = try scan(["--shard", "2/2", "--stage", "release"], "two-release.json")
        let second = try scan(["--shard", "2/2"], "two.json")
        let cases: [([String], String)] = [
            ([first, release], "different settings (stage 'merge-request' and 'release')"),
            ([first], "shard 2/2 is missing"),
            ([first, second, second], "both shard 2/2"),
            ([first, "no-such.json"], "cannot read 'no-such.json'"),
        ]
        for (files, message) in cases {
            let result = try Self.run(["merge"] + files, in: out.url)
            #expect(result.status == 2, "\(files)")
            #expect(result.standardError.contains(message), "\(files): \(result.standardError)")
            #expect(result.standardOutput.isEmpty)
        }
        try Data("{\"not\": \"a scan\"}".utf8).write(to: out.url.appendingPathComponent("other.json"))
        let other = try Self.run(["merge", "other.json"], in: out.url)
        #expect(other.status == 2 && other.standardError.contains("'other.json' is not the JSON of an ossrlint scan"), "\(other.standardError)")
    }

    /// Names with a line break, a pipe, HTML, a terminal escape, a formula, quotes and bytes
    /// that are not UTF-8: each scanned (the last opened by its bytes), and every format still
    /// read by its consumer with one row per repository.
    @Test func hostileNamesAreScannedAndEveryFormatStillParses() throws {
        let fixture = try ScanFixture(hostileNames: true)
        let out = try RepositoryFolder()
        let result = try Self.run(["scan", "--folder", fixture.folder.path] + Self.everyFormat(out.path + "/t"), in: out.url)
        #expect(result.status == 3, "\(result.standardError)")
        #expect(!result.standardError.contains("\u{1B}"), "no name reaches the terminal raw")
        let count = 9 + ScanFixture.hostileNames.count + 1
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.url.appendingPathComponent("t.json"))) as? [String: Any])
        let rows = json["repositories"] as? [[String: Any]] ?? []
        #expect(rows.count == count)
        let invalid = rows.first { $0["repository"] as? String == #""caf\351\377""# }
        #expect(invalid != nil && invalid?["error"] is NSNull, "a name that is not UTF-8 opens by its bytes: \(String(describing: invalid))")
        for name in ScanFixture.hostileNames {
            let row = rows.first { $0["repository"] as? String == name }
            #expect(row?["error"] is NSNull, "'\(name)' was scanned: \(String(describing: row))")
        }
        let validated = try ProcessRunner.run("/usr/bin/env", ["check-jsonschema", "--schemafile", PackageRoot.url.appendingPathComponent("Reports/ossrlint-scan.schema.json").path, "t.json"], in: out.url)
        #expect(validated.status == 0, "\(validated.standardOutput)")
        let markdown = try String(contentsOf: out.url.appendingPathComponent("t.md"), encoding: .utf8)
        #expect(try Self.markdownRepositories(markdown).count == count)
        let csv = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", "import csv, sys; rows = list(csv.reader(open(sys.argv[1], newline=''), strict=True)); assert all(len(r) == len(rows[0]) for r in rows), rows; print(len(rows))", "t.csv"], in: out.url)
        #expect(csv.status == 0 && csv.standardOutput == "\(count + 1)\n", "\(csv.standardOutput)\(csv.standardError)")
        let html = try ProcessRunner.run("/usr/bin/env", ["xmllint", "--noout", "t.html"], in: out.url)
        #expect(html.status == 0, "\(html.standardError)")
        let page = try String(contentsOf: out.url.appendingPathComponent("t.html"), encoding: .utf8)
        #expect(page.contains("&lt;script&gt;alert(1)") && !page.contains("<script"))
    }

    /// Standard error on a terminal (a pseudo-terminal from Python's pty module): the bar is
    /// redrawn in place with a carriage return, the line is cleared at the end, and standard
    /// output still holds the table alone.
    @Test func onATerminalProgressIsABarRedrawnInPlace() throws {
        let fixture = try ScanFixture()
        let executable = try #require(OSSRLintExecutable.url)
        let script = """
            import os, pty, subprocess, sys
            leader, follower = pty.openpty()
            child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=follower, env=dict(os.environ, NO_COLOR="1"))
            os.close(follower)
            seen = b""
            while True:
                try:
                    chunk = os.read(leader, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
            out = child.stdout.read()
            child.wait()
            sys.stdout.write(repr(seen) + "\\n" + str(child.returncode) + "\\n" + out.decode())
            """
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, executable.path, "scan", "--folder", fixture.folder.path, "--jobs", "2"], in: fixture.folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        try #require(lines.count == 3, "\(result.standardOutput)")
        let terminal = lines[0]
        #expect(lines[1] == "3")
        #expect(terminal.contains(#"\r["#) && terminal.contains("] 9/9  "), "\(terminal)")
        #expect(terminal.contains(#"\x1b[K"#), "each redraw clears the rest of the line: \(terminal)")
        #expect(terminal.contains(#"\r\x1b[Kscanned 5 of 9 repositories"#), "\(terminal)")
        #expect(!terminal.contains("] complete: score"), "no log lines on a terminal")
        #expect(lines[2].hasPrefix("## OSSRLint scan: 9 repositories\n"))
    }

    // MARK: The README's GitLab jobs

    /// The README's GitLab CI block: the YAML block that defines `ossrlint-scan`.
    private static func readmeGitLabBlock() throws -> String {
        let readme = try String(contentsOf: PackageRoot.url.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] + "\n" }
        return try #require(blocks.first { $0.contains("ossrlint-scan:") }, "README.md has no YAML block with the scan jobs")
    }

    @Test func theReadmeGitLabJobsValidateAndTheirCommandsMergeIntoTheUnshardedTable() throws {
        let fixture = try ScanFixture()
        let work = try RepositoryFolder()
        let ci = work.url.appendingPathComponent(".gitlab-ci.yml")
        try Data(try Self.readmeGitLabBlock().utf8).write(to: ci)
        let validated = try ProcessRunner.run("/usr/bin/env", ["check-jsonschema", "--builtin-schema", "vendor.gitlab-ci", ci.path], in: work.url)
        #expect(validated.status == 0, "check-jsonschema vendor.gitlab-ci: \(validated.standardOutput)\(validated.standardError)")

        let read = "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))"
        let parsed = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", read, ci.path], in: work.url)
        try #require(parsed.status == 0, "\(parsed.standardError)")
        let jobs = try #require(try JSONSerialization.jsonObject(with: Data(parsed.standardOutput.utf8)) as? [String: Any])
        let scan = try #require(jobs["ossrlint-scan"] as? [String: Any])
        let report = try #require(jobs["ossrlint-report"] as? [String: Any])
        let total = try #require(scan["parallel"] as? Int)
        #expect(report["needs"] as? [String] == ["ossrlint-scan"])

        try FileManager.default.createSymbolicLink(at: work.url.appendingPathComponent("mirrors"), withDestinationURL: fixture.folder.url)
        let executable = try #require(OSSRLintExecutable.url)
        func shell(_ lines: [String], _ variables: [String: String]) throws -> ProcessRunner.Result {
            var environment = ProcessInfo.processInfo.environment.merging(variables) { $1 }
            environment["PATH"] = executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            environment["NO_COLOR"] = "1"
            return try ProcessRunner.run("/bin/sh", ["-ec", lines.joined(separator: "\n")], in: work.url, environment: environment)
        }
        let allowed = (scan["allow_failure"] as? [String: Any])?["exit_codes"] as? Int
        for index in 1...total {
            let result = try shell(scan["script"] as? [String] ?? [], ["CI_NODE_INDEX": "\(index)", "CI_NODE_TOTAL": "\(total)"])
            #expect(result.status == 0 || result.status == Int32(allowed ?? 0), "shard \(index): \(result.standardError)")
        }
        let merged = try shell(report["script"] as? [String] ?? [], [:])
        #expect(merged.status == 3, "\(merged.standardError)")
        let paths = ((report["artifacts"] as? [String: Any])?["paths"] as? [String]) ?? []
        #expect(!paths.isEmpty)
        for path in paths {
            #expect(FileManager.default.fileExists(atPath: work.url.appendingPathComponent(path).path), "the job keeps '\(path)' but did not write it")
        }
        let unsharded = try Self.run(["scan", "--folder", "mirrors", "--format", "json"], in: work.url)
        #expect(try String(contentsOf: work.url.appendingPathComponent("scan.json"), encoding: .utf8) == unsharded.standardOutput)
    }
}
