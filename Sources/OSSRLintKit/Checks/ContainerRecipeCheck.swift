import GitKit

/// Passes when the repository has a container recipe: a Dockerfile or Containerfile (also
/// `*.Dockerfile`, `Dockerfile.*`), a compose file, or a Singularity/Apptainer definition
/// recognised by its `Bootstrap:` header. A file merely named like one (`containers.py`) is not.
///
/// ```yaml
/// check: container-recipe
/// ```
public struct ContainerRecipeCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var rootOnly: Bool?
    }

    public static let id = "container-recipe"
    public static let summary = "A Dockerfile, Containerfile, compose file or Singularity/Apptainer recipe exists."
    public static let optionsHelp = [OptionHelp("rootOnly", "only recipes at the root count (default false)")]
    public static let examples = [
        CheckExample("a Dockerfile", files: ["Dockerfile": "FROM debian:12\n"], expected: .pass),
        CheckExample("a Singularity definition", files: ["env/image.def": "Bootstrap: docker\nFrom: debian:12\n"], expected: .pass),
        CheckExample("a source file about containers", files: ["src/containers.py": "class Container: pass\n"], expected: .fail),
        CheckExample("a .def file that is not a recipe", files: ["a.def": "LIBRARY x\nEXPORTS\n"], expected: .fail),
        CheckExample("only a recipe in a folder, root only", options: "{rootOnly: true}", files: ["docker/Dockerfile": "FROM debian:12\n"], expected: .fail),
        CheckExample("a compose file at the root, root only", options: "{rootOnly: true}", files: ["compose.yaml": "services: {}\n"], expected: .pass),
    ]

    let rootOnly: Bool
    /// The files that may be Singularity/Apptainer definitions, whose header is read.
    let singularityCandidates: PathPatterns
    /// Every name `recipeKind` or `mayBeSingularity` accepts, as patterns the collector selects
    /// with the other rules' paths: a walk over every entry here, testing names, came after
    /// collection with nothing beside it (25 ms of a million-file lint).
    let candidates: PathPatterns

    public init(options: Options) throws(CheckOptionsError) {
        rootOnly = options.rootOnly ?? false
        let singularity = "{singularity,singularity.*,apptainer,apptainer.*,*.def}"
        singularityCandidates = try PathPatterns([singularity], ignoreCase: true, anyDepth: !rootOnly, exclude: [])
        candidates = try PathPatterns(["{dockerfile,containerfile}{,.*}", "*.{dockerfile,containerfile}", "{docker-compose,compose}.y{,a}ml", singularity],
                                      ignoreCase: true, anyDepth: !rootOnly, exclude: [])
    }

    /// The first 4 KiB of each candidate: enough for the `Bootstrap:` line after any comments.
    public var needs: FactNeeds { FactNeeds.prefixes(singularityCandidates, limit: 4096).union(.selection(candidates)) }

    public var scope: PathScope { rootOnly ? .root : .tree }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        var found: [Evidence] = []
        var unreadable: [Evidence] = []
        for entry in candidates.select(in: facts) where entry.kind == .file || entry.kind == .executable {
            let name = String(decoding: entry.path.nameBytes.map { ByteSearch.fold($0, true) }, as: UTF8.self)
            if let kind = Self.recipeKind(ofName: name) {
                found.append(.entry(entry, kind))
            } else if Self.mayBeSingularity(name) {
                do throws(FileContentProblem) {
                    if Self.hasBootstrapHeader(try facts.leadingText(of: entry)) {
                        found.append(.entry(entry, "Singularity/Apptainer definition"))
                    }
                } catch {
                    unreadable.append(error.evidence)
                }
            }
        }
        guard !found.isEmpty else {
            // A candidate that could not be read might be the recipe: say so rather than "none".
            if !unreadable.isEmpty { return .error("\(unreadable.count) possible recipe\(unreadable.count == 1 ? "" : "s") could not be read", evidence: unreadable) }
            return .fail("no container recipe (Dockerfile, Containerfile, compose file or Singularity/Apptainer definition)")
        }
        return .pass("found \(found.count == 1 ? "'\(found[0].subject)'" : "\(found.count) container recipes")", evidence: found)
    }

    static func recipeKind(ofName name: String) -> String? {
        if name == "dockerfile" || name.hasPrefix("dockerfile.") || name.hasSuffix(".dockerfile") { return "Dockerfile" }
        if name == "containerfile" || name.hasPrefix("containerfile.") || name.hasSuffix(".containerfile") { return "Containerfile" }
        let composeNames = ["docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml"]
        if composeNames.contains(name) { return "compose file" }
        return nil
    }

    /// Names worth opening to look for a `Bootstrap:` line.
    static func mayBeSingularity(_ name: String) -> Bool {
        name == "singularity" || name.hasPrefix("singularity.") || name == "apptainer" || name.hasPrefix("apptainer.") || name.hasSuffix(".def")
    }

    /// The first non-blank, non-comment line is `Bootstrap: …`.
    static func hasBootstrapHeader(_ text: String) -> Bool {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            return trimmed.lowercased().hasPrefix("bootstrap:")
        }
        return false
    }
}
