import Foundation
import Testing
import TestSupport

/// The publishing rules read the CI configuration committed in a real repository: GitLab's
/// local includes from the same revision, GitHub's release trigger, and a token pasted into a
/// CI file reported by its place and never by its text, in every report format.
@Suite struct CIPublishingTests {
    private static let upload = """
        zenodo:
          image: gitlab-registry.in2p3.fr/escape2020/wp3/eossr:v2.0
          script:
            - eossr-upload-repository -t $ZENODO_TOKEN -i $CI_PROJECT_DIR

        """

    private func report(_ result: ProcessRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any], "\(result.standardOutput)\(result.standardError)")
    }

    private func result(of rule: String, in report: [String: Any]) -> [String: Any]? {
        (report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == rule }
    }

    /// A project with a tag and `files`, linted at the tag (the release stage) as JSON.
    private func lintTag(_ files: [String: String], formats: [String] = []) throws -> (TemporaryRepository, [String: Any]) {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: CompleteOSSRRepository.files().merging(files) { $1 })
        try repository.tag("v1.0.0", annotated: true, message: "v1.0.0")
        let run = try OSSRLintExecutable.run(["check", "--rev", "v1.0.0", "--format", "json"] + formats.flatMap { ["--format", $0] }, in: repository.url)
        return (repository, try report(run))
    }

    @Test func aGitLabUploadInALocalIncludeEnabledOnTagsPasses() throws {
        let (_, report) = try lintTag([
            ".gitlab-ci.yml": "include:\n  - local: /ci/release.yml\ntest:\n  image: python:3.12\n  script: [pytest]\n",
            "ci/release.yml": Self.upload + "  rules:\n    - if: $CI_COMMIT_TAG\n",
        ])
        let publishes = try #require(result(of: "ci-publishes-on-tag", in: report))
        #expect(publishes["status"] as? String == "pass", "\(publishes)")
        let evidence = try #require((publishes["evidence"] as? [[String: Any]])?.first)
        // The job is written in the included file, at line 1; its upload line at 4:7.
        #expect(evidence["subject"] as? String == "ci/release.yml")
        #expect(evidence["line"] as? Int == 4)
        #expect(evidence["column"] as? Int == 7)
    }

    @Test func aGitHubWorkflowOnPublishedReleasesPasses() throws {
        let workflow = """
            name: Release
            on:
              release:
                types: [published]
            jobs:
              zenodo:
                runs-on: ubuntu-24.04
                steps:
                  - uses: actions/checkout@v4
                  - uses: zenodraft/action@0.13.3
                    with:
                      publish: true
                    env:
                      ZENODO_ACCESS_TOKEN: ${{ secrets.ZENODO_ACCESS_TOKEN }}

            """
        let (_, report) = try lintTag([".github/workflows/release.yml": workflow])
        let publishes = try #require(result(of: "ci-publishes-on-tag", in: report))
        #expect(publishes["status"] as? String == "pass", "\(publishes)")
        #expect((publishes["message"] as? String)?.contains("job 'zenodo'") == true)
        #expect(result(of: "ci-token-from-variable", in: report)?["status"] as? String == "pass")
    }

    @Test func anUploadOnEveryBranchFails() throws {
        let (_, report) = try lintTag([".gitlab-ci.yml": Self.upload])
        let publishes = try #require(result(of: "ci-publishes-on-tag", in: report))
        #expect(publishes["status"] as? String == "fail")
        #expect(publishes["severity"] as? String == "error")
        #expect((publishes["message"] as? String)?.contains("on branches") == true, "\(publishes)")
    }

    @Test func aTokenPastedIntoTheCIFileIsAnErrorWithItsLineAndNeverShown() throws {
        let token = "Qw7Er5Ty3Ui1Op9As7Df5Gh3Jk1Lz9Xc7Vb5Nm3Qw1Er9Ty7Ui5Op3As1Df9Gh7"
        let ci = Self.upload + "  variables:\n    ZENODO_TOKEN: \"\(token)\"\n  only: [tags]\n"
        let (repository, report) = try lintTag([".gitlab-ci.yml": ci], formats: ["sarif=out.sarif", "junit=out.xml", "markdown=out.md"])
        let secret = try #require(result(of: "ci-token-from-variable", in: report))
        #expect(secret["status"] as? String == "fail")
        #expect(secret["severity"] as? String == "error")
        let evidence = try #require((secret["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["subject"] as? String == ".gitlab-ci.yml")
        #expect(evidence["line"] as? Int == 6, "the line of ZENODO_TOKEN")
        #expect(evidence["column"] as? Int == 20, "where the token starts, after the quote")
        // No value of the parsed JSON report holds the token, nor does any other report.
        let json = try JSONSerialization.data(withJSONObject: report)
        #expect(!String(decoding: json, as: UTF8.self).contains(token))
        for name in ["out.sarif", "out.xml", "out.md"] {
            let text = try String(contentsOf: repository.url.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains(token), "\(name) repeats the token")
            #expect(!text.contains(String(token.prefix(12))), "\(name) repeats part of the token")
        }
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: repository.url.appendingPathComponent("out.sarif"))) as? [String: Any])
        let sarifResults = ((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let finding = try #require(sarifResults.first { $0["ruleId"] as? String == "ci-token-from-variable" })
        let region = ((finding["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 6)
    }

    @Test func theTokenIsAnErrorAtTheCommitStageToo() throws {
        let repository = try TemporaryRepository()
        try repository.write(CompleteOSSRRepository.files().merging([".gitlab-ci.yml": Self.upload + "  variables:\n    ZENODO_TOKEN: \(String(repeating: "Ab1Cd2Ef3G", count: 6))\n"]) { $1 })
        _ = try repository.git("add", "-A")
        let run = try OSSRLintExecutable.run(["check", "--staged", "--format", "json"], in: repository.url)
        #expect(run.status == 1)
        let report = try report(run)
        #expect(result(of: "ci-token-from-variable", in: report)?["status"] as? String == "fail")
        #expect(result(of: "ci-token-from-variable", in: report)?["severity"] as? String == "error")
    }

    @Test func aMalformedCIFileIsAFindingWithItsPosition() throws {
        let (_, report) = try lintTag([".gitlab-ci.yml": "zenodo:\n  script: [eossr-upload-repository\n  only: [tags]\n"])
        let publishes = try #require(result(of: "ci-publishes-on-tag", in: report))
        #expect(publishes["status"] as? String == "fail")
        let evidence = try #require((publishes["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["subject"] as? String == ".gitlab-ci.yml")
        #expect(evidence["line"] as? Int != nil)
        #expect((evidence["detail"] as? String)?.hasPrefix("invalid YAML") == true, "\(evidence)")
    }
}
