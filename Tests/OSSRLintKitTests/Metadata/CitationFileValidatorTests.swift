import Foundation
import OSSRLintKit
import Testing

@Suite struct CitationFileValidatorTests {
    static let folder = MetadataTestSupport.fixtures.appendingPathComponent("cff")

    static func fixtures(_ kind: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(kind).path)) ?? []
        return names.filter { $0.hasSuffix(".cff") }.sorted()
    }

    static func findings(_ kind: String, _ name: String) throws -> [MetadataFinding] {
        CitationFileValidator().validate(try Data(contentsOf: folder.appendingPathComponent(kind).appendingPathComponent(name)))
    }

    @Test func corpusHasAtLeastEightFilesOfEachKind() {
        #expect(Self.fixtures("valid").count >= 8)
        #expect(Self.fixtures("invalid").count >= 8)
    }

    @Test(arguments: fixtures("valid"))
    func validFixturePasses(name: String) throws {
        #expect(try Self.findings("valid", name) == [])
    }

    @Test(arguments: fixtures("invalid"))
    func invalidFixtureFails(name: String) throws {
        let found = try Self.findings("invalid", name)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.rule == "citation-cff-valid" && $0.line != nil })
    }

    @Test func findingsPointAtTheOffendingNode() throws {
        let expected: [String: [String]] = [
            "bad-date.cff": ["CITATION.cff:6:16: error: 'date-released' '02-02-2022' does not match the pattern '^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$'"],
            "impossible-date.cff": ["CITATION.cff:6:16: error: 'date-released' '2023-02-29' is not a valid date"],
            "missing-title.cff": ["CITATION.cff:1:1: error: missing required key 'title'"],
            "person-unknown-key.cff": ["CITATION.cff:6:5: error: key 'given-name' is not allowed here; did you mean 'given-names'?"],
            "unknown-key.cff": ["CITATION.cff:6:1: error: key 'licence' is not allowed here; did you mean 'license'?"],
            "boolean-title.cff": ["CITATION.cff:3:8: error: 'title' must be a string, found a boolean (true)"],
            "numeric-cff-version.cff": ["CITATION.cff:1:14: error: 'cff-version' must be a string, found a number (1.2)"],
            "duplicate-keywords.cff": ["CITATION.cff:8:5: error: 'keywords[1]' repeats an earlier item ('astro')"],
            "empty-authors.cff": ["CITATION.cff:4:10: error: 'authors' must not be an empty list"],
            "syntax-error.cff": ["CITATION.cff:4:8: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"],
            "bad-email.cff": ["CITATION.cff:6:12: error: 'authors[0].email' 'doe@localhost' does not match the pattern '^[\\S]+@[\\S]+\\.[\\S]{2,}$'"],
        ]
        for (name, lines) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(try Self.findings("invalid", name).map(\.description) == lines, "\(name)")
        }
    }

    @Test func committedSchemaDataIsNotStale() throws {
        let result = try MetadataTestSupport.regenerate(
            script: "Scripts/generate-cff-schema.py",
            committed: "Sources/OSSRLintKit/Metadata/Generated/CFFSchemaData.swift")
        #expect(!result.generated.isEmpty, "generator failed: \(result.output)")
        #expect(result.generated == result.committed, "stale: run python3 Scripts/generate-cff-schema.py ../shared Sources/OSSRLintKit/Metadata/Generated/CFFSchemaData.swift")
    }

    /// A large collaboration's file (astropy's is 69 KB with 317 persons) is valid: every
    /// author takes the person branch of `anyOf`, and `uniqueItems` finds no two alike.
    @Test func largeCollaborationFileHasNoFindings() throws {
        let text = Self.largeCollaborationFile(authors: 300, references: 30)
        #expect(text.utf8.count > 60_000)
        #expect(CitationFileValidator().validate(Data(text.utf8)) == [])
    }

    /// A CFF 1.2.0 file with `authors` persons (names, ORCID, affiliation) and `references`
    /// articles, each with three authors of their own and a DOI. Every person is distinct.
    static func largeCollaborationFile(authors: Int, references: Int) -> String {
        func person(_ number: Int, indent: String) -> String {
            func digits(_ value: Int, _ width: Int) -> String {
                let text = String(value)
                return String(repeating: "0", count: max(0, width - text.count)) + text
            }
            let orcid = "0000-0002-\(digits(number % 10_000, 4))-\(digits(number % 1_000, 3))\(number % 7 == 0 ? "X" : "1")"
            return """
            \(indent)- family-names: Family\(number)
            \(indent)  given-names: Given M.
            \(indent)  orcid: https://orcid.org/\(orcid)
            \(indent)  affiliation: Department of Physics, University \(number % 40), 02138 City

            """
        }
        var text = """
            cff-version: 1.2.0
            message: If you use this software, please cite it using the metadata from this file.
            title: A large collaboration's package
            version: "5.3"
            date-released: "2023-05-23"
            license: BSD-3-Clause
            repository-code: https://example.org/collaboration/package
            authors:

            """
        for number in 0..<authors { text += person(number, indent: "  ") }
        text += "references:\n"
        for number in 0..<references {
            text += """
                  - type: article
                    title: Paper number \(number) of the collaboration
                    journal: The Astronomical Journal
                    year: \(1990 + number % 30)
                    volume: \(100 + number)
                    doi: 10.3847/1538-3881/ac\(7000 + number)
                    authors:

                """
            for author in 0..<3 { text += person(number * 3 + author, indent: "      ") }
        }
        return text
    }

    /// A CFF 1.3.0 file listed the consequence ("key 'contributors' is not allowed") before the
    /// cause; the version comes first, in words, wherever it is written.
    @Test func anotherCFFVersionIsNamedFirstAsTheCause() {
        let text = "title: Tool\nmessage: Cite it.\ncontributors:\n  - family-names: Babbage\n    given-names: Charles\nauthors:\n  - family-names: Lovelace\n    given-names: Ada\ncff-version: 1.3.0\n"
        let found = CitationFileValidator().validate(Data(text.utf8)).map(\.description)
        #expect(found == [
            "CITATION.cff:9:14: error: cff-version 1.3.0 is not supported by this schema (1.2.0); the problems that follow are read against 1.2.0 and may only be differences between the versions — write 'cff-version: 1.2.0' if the file follows it",
            "CITATION.cff:3:1: error: key 'contributors' is not allowed here",
        ])
    }

    @Test func emptyFileIsOneFinding() {
        #expect(CitationFileValidator().validate(Data()).map(\.message) == ["the file is empty; CITATION.cff needs 'cff-version', 'message', 'title' and 'authors'"])
    }

    /// The verdicts must be those of a real JSON Schema validator on the same schema. Every
    /// fixture is converted from YAML to JSON with PyYAML (dates written back as text, which is
    /// what a YAML date means in a CFF file) and checked by check-jsonschema in one run.
    @Test func verdictsAgreeWithCheckJSONSchema() throws {
        guard let checker = MetadataTestSupport.which("check-jsonschema"), let python = MetadataTestSupport.which("python3") else {
            print("skipping: check-jsonschema or python3 is not on PATH")
            return
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("ossrlint-cff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var sources: [(name: String, ours: Bool)] = []
        for kind in ["valid", "invalid"] {
            for name in Self.fixtures(kind) {
                sources.append(("\(kind)/\(name)", try Self.findings(kind, name).isEmpty))
            }
        }
        let convert = """
        import json, sys, yaml
        source, target = sys.argv[1], sys.argv[2]
        for name in sys.argv[3:]:
            try:
                with open(f"{source}/{name}", encoding="utf-8") as handle:
                    data = yaml.safe_load(handle)
            except yaml.YAMLError:
                print(name)
                continue
            with open(f"{target}/{name.replace('/', '__')}.json", "w", encoding="utf-8") as handle:
                json.dump(data, handle, default=str)
        """
        let conversion = try MetadataTestSupport.run(python, ["-c", convert, Self.folder.path, work.path] + sources.map(\.name))
        #expect(conversion.status == 0, "\(conversion.output)")
        let unreadable = Set(conversion.output.split(separator: "\n").map(String.init))
        let converted = sources.filter { !unreadable.contains($0.name) }
        let files = converted.map { work.appendingPathComponent($0.name.replacingOccurrences(of: "/", with: "__") + ".json").path }
        let schema = MetadataTestSupport.shared.appendingPathComponent("cff/schema-1.2.0.json").path
        let check = try MetadataTestSupport.run(checker, ["--schemafile", schema, "--output-format", "json"] + files)
        let report = try JSONDecoder().decode(CheckReport.self, from: Data(check.output.utf8))
        let failing = Set((report.errors ?? []).map(\.filename) + (report.parseErrors ?? []).map(\.filename))
        for source in sources {
            let file = work.appendingPathComponent(source.name.replacingOccurrences(of: "/", with: "__") + ".json").path
            let theirs = !unreadable.contains(source.name) && !failing.contains(file)
            #expect(source.ours == theirs, "\(source.name): ossrlint says \(source.ours ? "valid" : "invalid"), check-jsonschema says \(theirs ? "valid" : "invalid")")
            #expect(source.ours == source.name.hasPrefix("valid/"), "\(source.name) is in the wrong folder")
        }
    }

    private struct CheckReport: Decodable {
        struct Entry: Decodable { var filename: String }
        var errors: [Entry]?
        var parseErrors: [Entry]?
        enum CodingKeys: String, CodingKey {
            case errors
            case parseErrors = "parse_errors"
        }
    }
}
