/// Passes when the CI configuration, read as jobs (`CIPipeline`), has a job that runs on the
/// given events and does what the options describe: a script line, an image or a `uses:`
/// reference matching a pattern. A matching job that also runs on a forbidden event fails
/// (an upload on every branch publishes untagged work); so does a secret written into a CI
/// file, and a CI file that cannot be read, each with FILE:LINE:COLUMN.
///
/// ```yaml
/// check: ci-job
/// options: {on: [tags], scriptMatches: "eossr-upload-repository", notOn: [branches], refuseLiteralSecrets: true}
/// ```
public struct CIJobCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var on: [CIEvent]?
        var notOn: [CIEvent]?
        var scriptMatches: String?
        var imageMatches: String?
        var usesMatches: String?
        var refuseLiteralSecrets: Bool?
        var when: [String]?
        var integration: Integration?
        var what: String?
    }

    /// Another way to pass: one of `paths` exists and some job runs on one of `on` (Zenodo's
    /// GitHub integration archives each published release described by `.zenodo.json`).
    public struct Integration: Decodable, Sendable {
        var paths: [String]
        var on: [CIEvent]
        var what: String?
    }

    public static let id = "ci-job"
    public static let summary = "A CI job that runs on the given events runs a matching command, image or action."
    public static let optionsHelp = [
        OptionHelp("on", "events the job must run on, any of tags, branches, merge-requests, release (default [tags])"),
        OptionHelp("notOn", "events a matching job must not run on (default none)"),
        OptionHelp("scriptMatches", "a regular expression a script line (GitLab script, GitHub run:) matches"),
        OptionHelp("imageMatches", "a regular expression the job's image (image:, container:) matches"),
        OptionHelp("usesMatches", "a regular expression a GitHub 'uses:' reference matches"),
        OptionHelp("refuseLiteralSecrets", "fail when a token or key is written into a CI file (default false)"),
        OptionHelp("when", "glob patterns: the rule applies only when one of these paths exists"),
        OptionHelp("integration", "{paths, on, what}: also pass when one of paths exists and some job runs on one of on"),
        OptionHelp("what", "what the job does, for messages (\"a Zenodo upload\")"),
    ]

    static let upload = "{on: [tags, release], notOn: [branches], scriptMatches: 'eossr-upload-repository', refuseLiteralSecrets: true}"
    static let uploadJob = "upload:\n  image: gitlab-registry.in2p3.fr/escape2020/wp3/eossr:v2.0\n  script:\n    - eossr-upload-repository -t $ZENODO_TOKEN -i $CI_PROJECT_DIR\n"
    public static let examples = [
        CheckExample("a GitLab upload on tags", options: upload, files: [".gitlab-ci.yml": uploadJob + "  rules:\n    - if: $CI_COMMIT_TAG\n"], expected: .pass),
        CheckExample("a GitLab upload written in a local include", options: upload,
                     files: [".gitlab-ci.yml": "include:\n  - local: ci/zenodo.yml\n", "ci/zenodo.yml": uploadJob + "  only: [tags]\n"], expected: .pass),
        CheckExample("an upload extending a template", options: upload,
                     files: [".gitlab-ci.yml": ".zenodo:\n  script: [eossr-upload-repository -t $ZENODO_TOKEN -i .]\n  only: [tags]\nrelease:\n  extends: .zenodo\n"], expected: .pass),
        CheckExample("an upload's script taken by !reference", options: upload,
                     files: [".gitlab-ci.yml": ".eossr:\n  script:\n    - eossr-upload-repository -t $ZENODO_TOKEN -i .\nzenodo:\n  script:\n    - echo publishing\n    - !reference [.eossr, script]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n      when: never\n    - if: $CI_COMMIT_TAG\n"],
                     expected: .pass),
        CheckExample("an upload merged from an anchor", options: upload,
                     files: [".gitlab-ci.yml": ".tags-only: &tags-only\n  only: [tags]\nzenodo:\n  <<: *tags-only\n  script: [eossr-upload-repository -t $ZENODO_TOKEN -i .]\n"], expected: .pass),
        CheckExample("an upload on every branch", options: upload, files: [".gitlab-ci.yml": uploadJob], expected: .fail),
        CheckExample("an upload on the default branch", options: upload, files: [".gitlab-ci.yml": uploadJob + "  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n"], expected: .fail),
        CheckExample("only a remote include, not read offline", options: upload,
                     files: [".gitlab-ci.yml": "include:\n  - project: escape2020/templates\n    file: zenodo.yml\n"], expected: .fail),
        CheckExample("an upload never run on tags", options: upload, files: [".gitlab-ci.yml": uploadJob + "  except: [tags]\n"], expected: .fail),
        CheckExample("a GitHub workflow on published releases", options: "{on: [release], usesMatches: '(zenodo|zenodraft)'}",
                     files: [".github/workflows/release.yml": "on:\n  release:\n    types: [published]\njobs:\n  zenodo:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: zenodraft/action@0.13.3\n"], expected: .pass),
        CheckExample("a step limited to tags", options: "{on: [tags], notOn: [branches], scriptMatches: 'twine upload'}",
                     files: [".github/workflows/ci.yml": "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python -m build\n      - if: startsWith(github.ref, 'refs/tags/')\n        run: twine upload dist/*\n"], expected: .pass),
        CheckExample("a token pasted into the CI file", options: upload,
                     files: [".gitlab-ci.yml": uploadJob.replacingOccurrences(of: "$ZENODO_TOKEN", with: "$TOKEN") + "  only: [tags]\n  variables:\n    ZENODO_TOKEN: \(String(repeating: "aB3dE5fG7h", count: 6))\n"],
                     expected: .fail),
        CheckExample("CI files without secrets", options: "{refuseLiteralSecrets: true}", files: [".gitlab-ci.yml": uploadJob], expected: .pass),
        CheckExample("a token in an included file", options: "{refuseLiteralSecrets: true}",
                     files: [".gitlab-ci.yml": "include: ci/release.yml\n", "ci/release.yml": "upload:\n  variables:\n    ZENODO_TOKEN: \(String(repeating: "Zx9Yw8Vu7T", count: 6))\n  script: [eossr-upload-repository -t $ZENODO_TOKEN -i .]\n"], expected: .fail),
        CheckExample("a CI file that is not YAML", options: upload, files: [".gitlab-ci.yml": "upload:\n  script: [eossr-upload-repository\n"], expected: .fail),
        CheckExample("a container recipe pushed on tags", options: "{on: [tags], scriptMatches: '/kaniko/executor', when: [Dockerfile]}",
                     files: ["Dockerfile": "FROM python:3.12-slim\n", ".gitlab-ci.yml": "image:\n  name: gcr.io/kaniko-project/executor:v1.23.2-debug\n  entrypoint: ['']\nbuild:\n  rules:\n    - if: $CI_COMMIT_TAG\n  script:\n    - /kaniko/executor --context $CI_PROJECT_DIR --destination $CI_REGISTRY_IMAGE:$CI_COMMIT_TAG\n"],
                     expected: .pass),
        CheckExample("no container recipe", options: "{on: [tags], scriptMatches: 'docker push', when: [Dockerfile]}", files: ["README.md": "# x\n"], expected: .notApplicable),
        CheckExample("Zenodo's GitHub integration", options: "{on: [tags], scriptMatches: 'eossr-upload-repository', integration: {paths: [.zenodo.json], on: [release]}}",
                     files: [".zenodo.json": "{}\n", ".github/workflows/tests.yml": "on:\n  push:\n  release:\n    types: [published]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n"],
                     expected: .pass),
    ]

    let events: Set<CIEvent>
    let forbidden: Set<CIEvent>
    let script: CompiledPattern?
    let image: CompiledPattern?
    let uses: CompiledPattern?
    let refusesLiteralSecrets: Bool
    let when: PathPatterns?
    let integration: (paths: PathPatterns, events: Set<CIEvent>, what: String)?
    let what: String

    public init(options: Options) throws(CheckOptionsError) {
        events = Set(options.on ?? [.tags])
        forbidden = Set(options.notOn ?? [])
        guard events.isDisjoint(with: forbidden) else { throw CheckOptionsError("'on' and 'notOn' name the same event") }
        func compile(_ source: String?) throws(CheckOptionsError) -> CompiledPattern? {
            guard let source else { return nil }
            return try CompiledPattern(option: source, ignoreCase: false)
        }
        script = try compile(options.scriptMatches)
        image = try compile(options.imageMatches)
        uses = try compile(options.usesMatches)
        refusesLiteralSecrets = options.refuseLiteralSecrets ?? false
        // Without a pattern the rule is about the CI files alone (no secrets, readable).
        guard script != nil || image != nil || uses != nil || refusesLiteralSecrets else {
            throw CheckOptionsError("name at least one of 'scriptMatches', 'imageMatches' and 'usesMatches', or set 'refuseLiteralSecrets'")
        }
        when = try options.when.map { paths throws(CheckOptionsError) in try PathPatterns(paths, ignoreCase: false, anyDepth: false, exclude: []) }
        integration = try options.integration.map { integration throws(CheckOptionsError) in
            (try PathPatterns(integration.paths, ignoreCase: false, anyDepth: false, exclude: []), Set(integration.on),
             integration.what ?? "\(integration.paths.joined(separator: " or ")) and a workflow \(CIEvent.describe(Set(integration.on)))")
        }
        what = options.what ?? "a matching job"
    }

    public var needs: FactNeeds { .pipeline }

    /// A matching script line, image or action, and the events it runs on.
    struct Match {
        var job: CIJob
        var value: CIValue
    }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        if let when, when.firstPresent(in: facts) == nil { return .notApplicable("no file the rule applies to (\(when.description))") }
        let pipeline: CIPipeline
        do { pipeline = try facts.ciPipeline() } catch { return error.outcome }
        if refusesLiteralSecrets, let first = pipeline.literalSecrets.first {
            // The evidence names the kind of secret and its place, never its text.
            return .fail("\(first.text) at \(first.location.description): load it from a protected CI variable instead",
                         evidence: pipeline.literalSecrets.map { $0.location.evidence("\($0.text) (not shown)") })
        }
        if let first = pipeline.problems.first {
            return .fail("the CI configuration cannot be read: \(first.location.description): \(first.text)", evidence: pipeline.problems.map { $0.location.evidence($0.text) })
        }
        if script == nil, image == nil, uses == nil {
            guard !pipeline.isEmpty else { return .notApplicable("no CI configuration") }
            return .pass("no token or key written into \(pipeline.files.count) CI file\(pipeline.files.count == 1 ? "" : "s")", evidence: pipeline.files.map { .path($0, "read") })
        }
        let matches = pipeline.jobs.flatMap(matches(in:))
        if let leak = matches.first(where: { !$0.value.events.isDisjoint(with: forbidden) }) {
            let on = CIEvent.describe(leak.value.events.intersection(forbidden))
            return .fail("job '\(leak.job.name)' runs \(what) \(on) (\(leak.value.location.description)); run it \(CIEvent.describe(events)) only",
                         evidence: [leak.value.location.evidence("job '\(leak.job.name)', \(CIEvent.describe(leak.value.events))")])
        }
        let offline = pipeline.notCheckedOffline.map { $0.location.evidence("\($0.text): not checked offline") }
        if let found = matches.first(where: { !$0.value.events.isDisjoint(with: events) }) {
            return .pass("job '\(found.job.name)' runs \(what) \(CIEvent.describe(found.value.events)) (\(found.value.location.description))",
                         evidence: [found.value.location.evidence("job '\(found.job.name)'")])
        }
        if let integration, let file = integration.paths.firstPresent(in: facts),
           let job = pipeline.jobs.first(where: { !$0.events.isDisjoint(with: integration.events) }) {
            return .pass("\(integration.what): '\(file.path.displayName)' and job '\(job.name)' \(CIEvent.describe(job.events))",
                         evidence: [.entry(file), job.location.evidence("job '\(job.name)'")])
        }
        guard !pipeline.isEmpty else { return .fail("no CI configuration (.gitlab-ci.yml or .github/workflows/*.yml) to run \(what)") }
        let note = offline.isEmpty ? "" : "; \(offline.count) include\(offline.count == 1 ? "" : "s") not checked offline"
        if let idle = matches.first {
            return .fail("job '\(idle.job.name)' runs \(what) \(CIEvent.describe(idle.value.events)), not \(CIEvent.describe(events).dropFirst(3))\(note)",
                         evidence: [idle.value.location.evidence("job '\(idle.job.name)'")] + offline)
        }
        return .fail("no CI job runs \(what) \(CIEvent.describe(events))\(note)", evidence: pipeline.files.map { .path($0, "read") } + offline)
    }

    private func matches(in job: CIJob) -> [Match] {
        var found: [Match] = []
        if let script { found += job.script.filter { script.matches($0.text) }.map { Match(job: job, value: $0) } }
        if let image, let value = job.image, image.matches(value.text) { found.append(Match(job: job, value: value)) }
        if let uses { found += job.uses.filter { uses.matches($0.text) }.map { Match(job: job, value: $0) } }
        return found
    }
}
