/// Passes when every container image named — by CI jobs (`image:`, `container:`) or by
/// container recipes (a Dockerfile's `FROM`, a Singularity/Apptainer `From:`) — carries a
/// version tag or a digest: not `latest`, `dev` or another moving tag, and not bare (which
/// means `latest`). Images built from variables (`$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG`) and
/// earlier build stages cannot be judged and are left out.
///
/// ```yaml
/// check: image-pinned
/// options: {source: ci}
/// ```
public struct ImagePinnedCheck: CheckKind {
    /// Where the images are named: CI jobs, or container recipes.
    public enum Source: String, Decodable, Sendable {
        case ci
        case recipes
    }

    public struct Options: Decodable, Sendable {
        var source: Source
        var movingTags: [String]?
    }

    public static let id = "image-pinned"
    public static let summary = "Container images named by CI jobs or container recipes carry a version tag or a digest."
    public static let optionsHelp = [
        OptionHelp("source", "where images are named: ci (jobs' image:, container:) or recipes (Dockerfile FROM, Singularity From:)"),
        OptionHelp("movingTags", "tags that do not pin a version (default [latest, dev, devel, main, master, nightly, edge, stable])"),
    ]
    public static let examples = [
        CheckExample("CI images with versions", options: "{source: ci}",
                     files: [".gitlab-ci.yml": "test:\n  image: python:3.12-slim\n  script: [pytest]\nupload:\n  image: gitlab-registry.in2p3.fr/escape2020/wp3/eossr:v2.0\n  script: [eossr-upload-repository -h]\n"], expected: .pass),
        CheckExample("a CI image on latest", options: "{source: ci}", files: [".gitlab-ci.yml": "test:\n  image: python:latest\n  script: [pytest]\n"], expected: .fail),
        CheckExample("a GitHub container without a tag", options: "{source: ci}",
                     files: [".github/workflows/ci.yml": "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    container: condaforge/miniforge3\n    steps:\n      - run: pytest\n"], expected: .fail),
        CheckExample("no image named in CI", options: "{source: ci}", files: [".github/workflows/ci.yml": "on: push\njobs:\n  t:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: make\n"], expected: .notApplicable),
        CheckExample("a multi-stage Dockerfile pinned by tag and digest", options: "{source: recipes}",
                     files: ["Dockerfile": "FROM --platform=$BUILDPLATFORM python:3.12-slim AS build\nRUN pip wheel .\nFROM debian@sha256:\(String(repeating: "ab", count: 32))\nCOPY --from=build /w /w\n"], expected: .pass),
        CheckExample("a Dockerfile from python:latest", options: "{source: recipes}", files: ["Dockerfile": "FROM python:latest\n"], expected: .fail),
        CheckExample("an Apptainer definition without a tag", options: "{source: recipes}", files: ["env/tool.def": "Bootstrap: docker\nFrom: ubuntu\n"], expected: .fail),
    ]

    let source: Source
    let movingTags: Set<String>
    let recipes: PathPatterns?

    public init(options: Options) throws(CheckOptionsError) {
        source = options.source
        movingTags = Set((options.movingTags ?? ["latest", "dev", "devel", "main", "master", "nightly", "edge", "stable"]).map { $0.lowercased() })
        recipes = source == .recipes
            ? try PathPatterns(["{Dockerfile,Containerfile}{,.*}", "*.{Dockerfile,Containerfile}", "{Singularity,Apptainer}{,.*}", "*.def"],
                               ignoreCase: true, anyDepth: true, exclude: [])
            : nil
    }

    public var needs: FactNeeds {
        guard let recipes else { return .pipeline }
        return .files(recipes, limit: 256 * 1024)
    }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        let images: [CIValue]
        switch source {
        case .ci:
            do { images = try facts.ciPipeline().jobs.compactMap(\.image) } catch { return error.outcome }
        case .recipes:
            guard let recipes else { return .notApplicable("no recipes") }
            var found: [CIValue] = []
            for entry in recipes.select(in: facts) where entry.kind.hasContent {
                do throws(FileContentProblem) {
                    found += Self.baseImages(in: try facts.text(of: entry), path: entry.path.displayName)
                } catch {
                    return error.outcome
                }
            }
            images = found
        }
        let judged = images.filter { !$0.text.contains("$") }
        guard !judged.isEmpty else { return .notApplicable(source == .ci ? "no CI job names a container image" : "no container recipe names a base image") }
        let moving = judged.filter { !isPinned($0.text) }
        guard let first = moving.first else {
            return .pass("\(judged.count) image\(judged.count == 1 ? "" : "s") pinned to a version or digest", evidence: judged.map { $0.location.evidence($0.text) })
        }
        return .fail("'\(first.text)' at \(first.location.description) is not pinned to a version or a digest\(moving.count > 1 ? " (and \(moving.count - 1) more)" : "")",
                     evidence: moving.map { $0.location.evidence("'\($0.text)' is not pinned") })
    }

    /// A digest, or a tag other than a moving one; a name without either means `latest`.
    func isPinned(_ image: String) -> Bool {
        let reference = image.hasPrefix("docker://") ? String(image.dropFirst(9)) : image
        if reference.contains("@sha256:") { return true }
        let lastComponent = reference.split(separator: "/").last.map(String.init) ?? reference
        guard let colon = lastComponent.lastIndex(of: ":") else { return false }
        let tag = lastComponent[lastComponent.index(after: colon)...].lowercased()
        return !tag.isEmpty && !movingTags.contains(tag)
    }

    /// The images a Dockerfile's `FROM` lines or a Singularity definition's `From:` line name,
    /// with their positions; earlier stages (`FROM build`) and `scratch` are not images.
    static func baseImages(in text: String, path: String) -> [CIValue] {
        var images: [CIValue] = []
        var stages: Set<String> = ["scratch"]
        var isSingularity = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let words = trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let keyword = words.first?.lowercased() else { continue }
            if keyword == "bootstrap:" { isSingularity = true }
            if isSingularity, keyword == "from:", words.count > 1 {
                let column = (line.range(of: words[1]).map { line.distance(from: line.startIndex, to: $0.lowerBound) } ?? 0) + 1
                images.append(CIValue(words[1], at: CILocation(path: path, position: SourcePosition(line: index + 1, column: column))))
            } else if !isSingularity, keyword == "from" {
                let arguments = words.dropFirst().filter { !$0.hasPrefix("--") }
                guard let image = arguments.first else { continue }
                if arguments.count >= 3, arguments[arguments.startIndex + 1].lowercased() == "as" { stages.insert(arguments[arguments.startIndex + 2].lowercased()) }
                guard !stages.contains(image.lowercased()) || image.contains(":") else { continue }
                let column = (line.range(of: image).map { line.distance(from: line.startIndex, to: $0.lowerBound) } ?? 0) + 1
                images.append(CIValue(image, at: CILocation(path: path, position: SourcePosition(line: index + 1, column: column))))
            }
        }
        return images
    }
}
