import Foundation
import Testing
import TestSupport

/// A report quotes what the repository holds, within bounds: a long value is cut with the count
/// of what was left out, and a YAML error names the key instead of echoing the document.
@Suite struct QuotedValueTests {
    private func citationResult(_ citation: String) throws -> (result: [String: Any], reportSize: Int) {
        let repository = try TemporaryRepository()
        var files = CompleteOSSRRepository.files()
        files["CITATION.cff"] = citation
        try repository.commit("Import", files: files)
        let run = try OSSRLintExecutable.run(["check", "--format", "json"], in: repository.url)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any], "\(run.standardError)")
        let result = try #require((report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "citation-cff-valid" })
        return (result, run.standardOutput.utf8.count)
    }

    @Test func aLongValueIsQuotedToALimit() throws {
        let citation = "cff-version: 1.2.0\nmessage: x\ntitle: t\nauthors: [{name: a}]\nlicense: " + String(repeating: "A", count: 200_000) + "\n"
        let (result, size) = try citationResult(citation)
        #expect(result["status"] as? String == "fail")
        let message = try #require(result["message"] as? String)
        #expect(message.count < 1_100 && message.hasSuffix("more characters)"), "\(message.prefix(200))")
        #expect(size < 60_000, "the report quoted the value whole: \(size) bytes")
    }

    @Test func aRepeatedKeyIsNamedNotTheWholeFileEchoed() throws {
        let citation = "cff-version: 1.2.0\nmessage: x\ntitle: t\nabstract: " + String(repeating: "word ", count: 4_000) + "\ntitle: again\n"
        let (result, _) = try citationResult(citation)
        #expect(result["message"] as? String == "CITATION.cff:3:1: invalid YAML: the key 'title' appears twice in one mapping")
    }
}
