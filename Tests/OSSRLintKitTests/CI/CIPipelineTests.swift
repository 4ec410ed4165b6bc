@testable import OSSRLintKit
import Testing

/// The CI configuration read as jobs: the events each job runs on as GitLab's and GitHub's
/// documentation define them, and positions for every value and every problem.
@Suite struct CIPipelineTests {
    private func pipeline(_ files: [String: String]) throws -> CIPipeline {
        try CheckExample("pipeline", files: files, expected: .pass).facts(needs: .pipeline).ciPipeline()
    }

    private func job(_ name: String, in pipeline: CIPipeline) throws -> CIJob {
        try #require(pipeline.jobs.first { $0.name == name }, "\(pipeline.jobs.map(\.name))")
    }

    /// GitLab: without rules a job runs on branches and tags, not in merge-request pipelines;
    /// `only: [tags]` on tags; `except: [tags]` on branches; `only: {variables: [$CI_COMMIT_TAG]}` on tags.
    @Test func gitLabJobsRunOnTheEventsTheirKeywordsName() throws {
        let ci = """
            plain:
              script: [make]
            tagged:
              script: [make]
              only: [tags]
            untagged:
              script: [make]
              except: [tags]
            variable:
              script: [make]
              only:
                variables: [$CI_COMMIT_TAG]
            reviewed:
              script: [make]
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            .hidden:
              script: [make]

            """
        let pipeline = try pipeline([".gitlab-ci.yml": ci])
        #expect(try job("plain", in: pipeline).events == [.branches, .tags])
        #expect(try job("tagged", in: pipeline).events == [.tags])
        #expect(try job("untagged", in: pipeline).events == [.branches])
        #expect(try job("variable", in: pipeline).events == [.tags])
        #expect(try job("reviewed", in: pipeline).events == [.mergeRequests])
        #expect(!pipeline.jobs.contains { $0.name == ".hidden" }, "a hidden job is a template")
    }

    /// `workflow: rules:` filters every job: a pipeline only for tags makes a plain job tag-only.
    @Test func workflowRulesNarrowEveryJob() throws {
        let pipeline = try pipeline([".gitlab-ci.yml": "workflow:\n  rules:\n    - if: $CI_COMMIT_TAG\nbuild:\n  script: [make]\n"])
        #expect(try job("build", in: pipeline).events == [.tags])
    }

    /// Jobs and templates defined in a local include are merged beneath the file, whose own
    /// keys win; every value keeps the file and position it was written at.
    @Test func aLocalIncludeIsMergedAndKeepsItsPositions() throws {
        let pipeline = try pipeline([
            ".gitlab-ci.yml": "include: '/ci/*.yml'\nupload:\n  rules:\n    - if: $CI_COMMIT_TAG\n",
            "ci/upload.yml": "upload:\n  image: alpine:3.20\n  script:\n    - echo one\n    - echo two\n  rules:\n    - if: $CI_COMMIT_BRANCH\n",
        ])
        #expect(pipeline.files == [".gitlab-ci.yml", "ci/upload.yml"])
        let upload = try job("upload", in: pipeline)
        #expect(upload.events == [.tags], "the including file's rules: win")
        #expect(upload.script.map(\.text) == ["echo one", "echo two"])
        #expect(upload.script.last?.location == CILocation(path: "ci/upload.yml", position: SourcePosition(line: 5, column: 7)))
        #expect(upload.image?.location.path == "ci/upload.yml")
    }

    @Test func aMissingLocalIncludeAndAnUnknownTemplateAreProblemsWithPositions() throws {
        let pipeline = try pipeline([".gitlab-ci.yml": "include:\n  - local: ci/gone.yml\n  - remote: https://example.org/ci.yml\nbuild:\n  extends: .nowhere\n  script: [make]\n"])
        #expect(pipeline.problems.map(\.text) == ["the local include 'ci/gone.yml' names no file of this revision", "'build' extends '.nowhere', which is not defined"])
        #expect(pipeline.problems.map(\.location.position) == [SourcePosition(line: 2, column: 12), SourcePosition(line: 5, column: 12)])
        #expect(pipeline.notCheckedOffline.map(\.text) == ["remote include 'https://example.org/ci.yml'"])
    }

    /// GitHub: a push limited to tags runs on tags only, a release of other types than
    /// published does not count, and a job's `if:` narrows the workflow's events.
    @Test func gitHubJobsRunOnTheirTriggersNarrowedByIf() throws {
        let pipeline = try pipeline([
            ".github/workflows/tags.yml": "on:\n  push:\n    tags: ['v*']\njobs:\n  a:\n    runs-on: x\n    steps: [{run: make}]\n",
            ".github/workflows/draft.yml": "on:\n  release:\n    types: [edited]\njobs:\n  b:\n    runs-on: x\n    steps: [{run: make}]\n",
            ".github/workflows/all.yml": "on: [push, pull_request]\njobs:\n  c:\n    runs-on: x\n    if: github.event_name == 'pull_request'\n    steps: [{run: make}]\n  d:\n    runs-on: x\n    if: ${{ !startsWith(github.ref, 'refs/tags/') }}\n    steps: [{run: make}]\n",
        ])
        #expect(try job("a", in: pipeline).events == [.tags])
        #expect(try job("b", in: pipeline).events == [])
        #expect(try job("c", in: pipeline).events == [.mergeRequests])
        #expect(try job("d", in: pipeline).events == [.branches, .mergeRequests])
    }

    @Test func aBrokenWorkflowIsAProblemAtItsPosition() throws {
        let pipeline = try pipeline([".github/workflows/ci.yml": "on: push\njobs:\n  test:\n    steps:\n      - run: [unclosed\n"])
        let problem = try #require(pipeline.problems.first)
        #expect(problem.location.path == ".github/workflows/ci.yml")
        #expect((problem.location.position?.line ?? 0) >= 5, "at or after the unclosed bracket")
        #expect(problem.text.hasPrefix("invalid YAML"))
        #expect(pipeline.jobs.isEmpty)
    }
}
