import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// `ossrlint history`: every tag (or the last commits) scored as `ossrlint check --rev` scores
/// it, in every format, each read back by the program it is meant for.
@Suite struct HistoryCommandTests {
    /// Tags where compliance changes: a LICENSE at v0.2, a CITATION.cff at v0.3, a broken
    /// `.ossrlint.yml` at v0.4, mended with a waiver at v0.5; a tag named so that every format
    /// must escape it.
    private static func makeReleases() throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        try GrowingProject.commitFirstThreeReleases(in: repo)
        try repo.commit("broken configuration", files: [".ossrlint.yml": "disable: [\n"])
        try repo.tag("v0.4.0")
        try repo.commit("mended", files: [".ossrlint.yml": "disable:\n  - rule: container-recipe-present\n    reason: a library\n"])
        try repo.tag("v0.5.0", annotated: true)
        try repo.tag("x,\"<&>|`y")
        return repo
    }

    private static let tags = ["v0.1.0", "v0.2.0", "v0.3.0", "v0.4.0", "v0.5.0", "x,\"<&>|`y"]

    private static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    private static func tool(_ arguments: [String], in folder: URL) throws -> ProcessRunner.Result {
        try ProcessRunner.run("/usr/bin/env", arguments, in: folder)
    }

    /// A point of the JSON history: its revision, overall score and category scores (nil for null).
    private struct Point: Equatable {
        var revision: String
        var score: Double?
        var categories: [String: Double?]
        var error: String?

        init(_ object: [String: Any]) {
            revision = object["revision"] as? String ?? ""
            score = object["score"] as? Double
            categories = (object["categories"] as? [String: Any] ?? [:]).mapValues { $0 as? Double }
            error = object["error"] as? String
        }

        /// The score of category `id`; nil when null or absent.
        func category(_ id: String) -> Double? { categories[id] ?? nil }
    }

    @Test func everyFormatShowsEachTagScoredAsCheckScoresIt() throws {
        let repo = try Self.makeReleases()
        let out = repo.root
        let files = ["json", "csv", "svg", "markdown"].map { ($0, out.appendingPathComponent("history.\($0)").path) }
        let result = try OSSRLintExecutable.run(["history", repo.path] + files.flatMap { ["--format", "\($0.0)=\($0.1)"] }, in: out)
        #expect(result.status == 0, "\(result.standardError)")
        let text = { (format: String) in try String(contentsOfFile: out.appendingPathComponent("history.\(format)").path, encoding: .utf8) }

        // JSON: each tag as check scores it, and valid against the schema.
        let history = try Self.json(try text("json"))
        let points = (history["points"] as? [[String: Any]] ?? []).map(Point.init)
        #expect(points.map(\.revision) == Self.tags)
        #expect(history["stage"] as? String == "release")
        for point in points {
            let check = try OSSRLintExecutable.run(["check", "--rev", point.revision, "--format", "json", "--fail-on", "never", repo.path], in: out)
            if point.revision == "v0.4.0" {
                #expect(check.status == 2)
                #expect(point.error == check.standardError.trimmingCharacters(in: .newlines), "the row carries check's error")
                #expect(point.score == nil)
                continue
            }
            #expect(check.status == 0, "\(point.revision): \(check.standardError)")
            let score = try #require(try Self.json(check.standardOutput)["score"] as? [String: Any])
            #expect(point.score == score["overall"] as? Double, "\(point.revision)")
            let categories = (score["categories"] as? [[String: Any]] ?? []).map { ($0["id"] as? String ?? "", $0["score"] as? Double) }
            #expect(point.categories == Dictionary(uniqueKeysWithValues: categories), "\(point.revision)")
            #expect(point.error == nil)
        }
        #expect(points[0].category("licensing") == 0 && points[1].category("licensing") == 100, "the licence arrives at v0.2")
        #expect((points[2].category("metadata") ?? 0) > (points[1].category("metadata") ?? 0), "the citation file arrives at v0.3")
        let schema = try Self.tool(["check-jsonschema", "--schemafile", PackageRoot.url.appendingPathComponent("Reports/ossrlint-history.schema.json").path, files[0].1], in: out)
        #expect(schema.status == 0, "\(schema.standardOutput)\(schema.standardError)")

        // CSV, read back by Python's csv module: the same rows as the JSON.
        let reader = "import csv, json, sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let parsed = try Self.tool(["python3", "-c", reader, files[1].1], in: out)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(parsed.standardOutput.utf8)) as? [[String]], "\(parsed.standardError)")
        let categoryIDs = (history["categories"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(rows.first == ["revision", "commit", "date", "profile", "score", "grade"] + categoryIDs + ["error"])
        #expect(rows.count == points.count + 1)
        for (row, point) in zip(rows.dropFirst(), points) {
            #expect(row[0] == point.revision)
            #expect(Double(row[4]) == point.score && row[4].isEmpty == (point.score == nil))
            #expect(zip(categoryIDs, row[6...]).allSatisfy { id, cell in Double(cell) == point.category(id) })
            #expect(row.last == (point.error ?? ""))
        }

        // SVG: well-formed, and each series' points at the heights of the JSON's numbers.
        let lint = try Self.tool(["xmllint", "--noout", files[2].1], in: out)
        #expect(lint.status == 0, "\(lint.standardError)")
        let chart = try XMLDocument(data: Data(try text("svg").utf8))
        #expect(try chart.nodes(forXPath: "/*[local-name()='svg']/*[1][local-name()='title']").first?.stringValue == "OSSRLint score history of \(repo.path)")
        #expect(try chart.nodes(forXPath: "//*[local-name()='script' or local-name()='image' or local-name()='style' or local-name()='foreignObject']").isEmpty)
        #expect(try chart.nodes(forXPath: "//@*[contains(name(), 'href') or starts-with(name(), 'on')]").isEmpty, "no link to fetch, no event handler")
        let plotted = try Self.plottedSeries(try text("svg"))
        #expect(Set(plotted.keys) == Set(["overall"] + categoryIDs))
        for (series, values) in plotted {
            let expected = points.map { series == "overall" ? $0.score : $0.category(series) }
            #expect(values.count == expected.count, "\(series)")
            for (value, number) in zip(values, expected) {
                #expect((value == nil) == (number == nil), "\(series): plotted \(String(describing: value)), scored \(String(describing: number))")
                if let value, let number { #expect(abs(value - number) < 0.01, "\(series): plotted \(value), scored \(number)") }
            }
        }

        // Markdown, read by cmark-gfm: one table, a row per tag, the tag's name whole.
        let markdown = try Self.tool(["cmark-gfm", "-e", "table", "--to", "xml", files[3].1], in: out)
        #expect(markdown.status == 0, "\(markdown.standardError)")
        let document = try XMLDocument(data: Data(markdown.standardOutput.utf8))
        let tableRows = try document.nodes(forXPath: "//*[local-name()='table_row']")
        #expect(tableRows.count == points.count)
        let firstCells = try tableRows.map { row in try row.nodes(forXPath: "*[local-name()='table_cell'][1]").first?.stringValue ?? "" }
        #expect(firstCells == Self.tags)
        let scoreCells = try tableRows.map { row in try row.nodes(forXPath: "*[local-name()='table_cell'][4]").first?.stringValue ?? "" }
        #expect(scoreCells == points.map { $0.score.map { String(format: "%.1f", $0) } ?? "error" })

        // The console table on standard output: a row per tag with its score.
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        for point in points {
            let row = try #require(lines.first { $0.hasPrefix("  " + point.revision + " ") }, "\(point.revision)")
            let cells = row.split(separator: " ").map(String.init)
            #expect(cells[3] == (point.score.map { String(format: "%.1f", $0) } ?? "error"), "\(row)")
        }
        #expect(result.standardOutput.contains("v0.4.0 could not be scored: .ossrlint.yml:"), "\(result.standardOutput)")

        // The same history gives the same bytes.
        let again = out.appendingPathComponent("again.svg").path
        #expect(try OSSRLintExecutable.run(["history", repo.path, "--format", "svg=\(again)"], in: out).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == (try Data(contentsOf: URL(fileURLWithPath: files[2].1))))
    }

    /// Each series of the chart (by its `data-series`), as the scores its points are drawn at:
    /// heights turned back into scores through the y axis's labelled grid lines, positions
    /// matched to the x axis's labels; nil where a revision has no point.
    private static func plottedSeries(_ svg: String) throws -> [String: [Double?]] {
        let document = try XMLDocument(data: Data(svg.utf8))
        // By name among the attributes: FoundationXML's `attribute(forName:)` finds none in the
        // SVG namespace.
        let attribute = { (node: XMLNode, name: String) in (node as? XMLElement)?.attributes?.first { $0.name == name }?.stringValue }
        let number = { (node: XMLNode, name: String) in Double(attribute(node, name) ?? "") }
        let gridLines = try document.nodes(forXPath: "//*[@class='y-axis']/*[local-name()='line']")
        let gridLabels = try document.nodes(forXPath: "//*[@class='y-axis']/*[local-name()='text']")
        var heights: [Double: Double] = [:]
        for (line, label) in zip(gridLines, gridLabels) {
            if let score = Double(label.stringValue ?? ""), let y = number(line, "y1") { heights[score] = y }
        }
        let zero = try #require(heights[0]), hundred = try #require(heights[100])
        let labels = try document.nodes(forXPath: "//*[@class='x-axis']/*[local-name()='text']")
        let positions = labels.compactMap { number($0, "x") }
        #expect(labels.compactMap(\.stringValue) == tags, "the x axis names every tag")
        var series: [String: [Double?]] = [:]
        for group in try document.nodes(forXPath: "//*[@class='series']") {
            guard let key = attribute(group, "data-series") else { continue }
            var values = [Double?](repeating: nil, count: positions.count)
            for circle in try group.nodes(forXPath: "*[local-name()='circle']") {
                let x = try #require(number(circle, "cx")), y = try #require(number(circle, "cy"))
                let index = try #require(positions.firstIndex { abs($0 - x) < 0.01 }, "a point at x \(x) under no label")
                values[index] = 100 * (zero - y) / (zero - hundred)
            }
            series[key] = values
        }
        return series
    }

    @Test func theLastCommitsAreScoredAtTheMergeRequestStage() throws {
        let repo = try TemporaryRepository()
        try repo.commit("one", files: ["README.md": "# skytool\n\nReduces images.\n"])
        try repo.commit("two", files: ["LICENSE": CompleteOSSRRepository.mitLicence])
        try repo.branch("side")
        try repo.commit("side", files: ["CONTRIBUTING.md": "# Contributing\n"])
        try repo.checkout("main")
        try repo.commit("three", files: ["CHANGELOG.md": "# Changelog\n"])
        try repo.git("merge", "--quiet", "--no-ff", "--no-edit", "side")
        let result = try OSSRLintExecutable.run(["history", "--last", "3", "--format", "json"], in: repo.url)
        #expect(result.status == 0, "\(result.standardError)")
        let history = try Self.json(result.standardOutput)
        #expect(history["stage"] as? String == "merge-request")
        #expect((history["selection"] as? [String: Any])?["last"] as? Int == 3)
        let points = history["points"] as? [[String: Any]] ?? []
        #expect(points.compactMap { $0["revision"] as? String } == ["HEAD~2", "HEAD~1", "HEAD"])
        let firstParents = try repo.git("rev-list", "--first-parent", "--max-count", "3", "--reverse", "HEAD").split(separator: "\n").map(String.init)
        #expect(points.compactMap { $0["commit"] as? String } == firstParents)
        for point in points {
            let revision = try #require(point["revision"] as? String)
            let check = try OSSRLintExecutable.run(["check", "--rev", revision, "--format", "json", "--fail-on", "never"], in: repo.url)
            let score = try #require(try Self.json(check.standardOutput)["score"] as? [String: Any])
            #expect(point["score"] as? Double == score["overall"] as? Double, "\(revision)")
            #expect(try Self.json(check.standardOutput)["stage"] as? String == "merge-request")
        }
    }

    @Test func aRepositoryWithoutTagsIsAUsageErrorThatSuggestsLast() throws {
        let repo = try TemporaryRepository()
        try repo.commit("one", files: ["README.md": "# x\n"])
        let result = try OSSRLintExecutable.run(["history"], in: repo.url)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("has no tag of a commit, so there is no release to score"), "\(result.standardError)")
        #expect(result.standardError.contains("--last N"))
        let empty = try TemporaryRepository()
        let unborn = try OSSRLintExecutable.run(["history", "--last", "5"], in: empty.url)
        #expect(unborn.status == 2)
        #expect(unborn.standardError.contains("no commits yet"), "\(unborn.standardError)")
        let both = try OSSRLintExecutable.run(["history", "--tags", "--last", "5"], in: repo.url)
        #expect(both.status == 2)
        #expect(both.standardError.contains("choose one of --tags and --last N"), "\(both.standardError)")
    }

    @Test func aRuleFileThatCannotBeReadStopsTheRunOnce() throws {
        let repo = try Self.makeReleases()
        let result = try OSSRLintExecutable.run(["history", "--rules", "missing.yml"], in: repo.url)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
    }
}
