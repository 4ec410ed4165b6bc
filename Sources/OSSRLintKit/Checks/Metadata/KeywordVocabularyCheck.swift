import Foundation

/// Passes when a JSON metadata file's keywords name at least one term of each vocabulary group:
/// the OSSR asks for a project keyword (CTA, KM3NeT, LOFAR …) and a domain keyword (Astronomy,
/// Particle physics …), and `jupyter-notebook` when notebooks are shipped. A community writes
/// its own groups in YAML.
///
/// ```yaml
/// check: keywords-vocabulary
/// options:
///   path: codemeta.json
///   groups:
///     - {name: a project, terms: [CTA, KM3NeT, LOFAR]}
///     - {name: the notebook keyword, terms: [jupyter-notebook], when: ["*.ipynb"]}
/// ```
public struct KeywordVocabularyCheck: CheckKind {
    public struct Group: Decodable, Sendable {
        var name: String
        var terms: [String]
        var when: [String]?
    }

    public struct Options: Decodable, Sendable {
        var path: String?
        var key: String?
        var groups: [Group]
    }

    public static let id = "keywords-vocabulary"
    public static let summary = "The metadata's keywords name a term of each vocabulary group."
    public static let optionsHelp = [
        OptionHelp("path", "the JSON file at the root (default codemeta.json)"),
        OptionHelp("key", "the key holding the keywords, a list or a comma-separated string (default keywords)"),
        OptionHelp("groups", "each {name, terms, when}: one of the terms (case-blind) must be a keyword; 'when' (globs, any depth) makes a group apply only when a path matches"),
    ]
    static let options = "{groups: [{name: a project, terms: [CTA, LOFAR]}, {name: a domain, terms: [Astronomy]}, {name: the notebook keyword, terms: [jupyter-notebook], when: ['*.ipynb']}]}"
    public static let examples = [
        CheckExample("a project and a domain keyword", options: options, files: ["codemeta.json": #"{"keywords": ["cta", "Astronomy", "gamma rays"]}"#], expected: .pass),
        CheckExample("no project keyword", options: options, files: ["codemeta.json": #"{"keywords": "Astronomy, pipelines"}"#], expected: .fail),
        CheckExample("notebooks without the notebook keyword", options: options,
                     files: ["codemeta.json": #"{"keywords": ["LOFAR", "Astronomy"]}"#, "examples/demo.ipynb": "{}"], expected: .fail),
        CheckExample("no codemeta.json", options: options, files: ["README.md": "# x\n"], expected: .notApplicable),
    ]

    struct CompiledGroup: Sendable {
        var name: String
        var terms: [String]
        var lowered: Set<String>
        var condition: PathPatterns?
    }

    let file: String
    let key: String
    let groups: [CompiledGroup]

    public init(options: Options) throws(CheckOptionsError) {
        file = options.path ?? "codemeta.json"
        key = options.key ?? "keywords"
        guard !options.groups.isEmpty else { throw CheckOptionsError("'groups' must list at least one group") }
        var groups: [CompiledGroup] = []
        for group in options.groups {
            guard !group.terms.isEmpty else { throw CheckOptionsError("group '\(group.name)' lists no terms") }
            let condition = try group.when.map { patterns throws(CheckOptionsError) in try PathPatterns(patterns, ignoreCase: true, anyDepth: true, exclude: []) }
            groups.append(CompiledGroup(name: group.name, terms: group.terms, lowered: Set(group.terms.map { $0.lowercased() }), condition: condition))
        }
        self.groups = groups
    }

    public var needs: FactNeeds { MetadataFileCheck.need(file) }

    public var scope: PathScope { groups.contains { $0.condition != nil } ? .tree : .root }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        guard let entry = MetadataFileCheck.entry(file, in: facts) else { return .notApplicable("there is no \(file)") }
        let data: Data
        do { data = try facts.data(of: entry) } catch { return error.outcome }
        guard case let .parsed(result) = JSONSyntaxCheck.read(data), let value = result.value[key] else {
            return .fail("\(file) has no '\(key)'", evidence: [.path(file)])
        }
        let keywords = value.asList.compactMap(\.string).flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let present = Set(keywords)
        var missing: [String] = []
        for group in groups {
            if let condition = group.condition, condition.firstPresent(in: facts) == nil { continue }
            if group.lowered.isDisjoint(with: present) {
                let shown = group.terms.prefix(8).joined(separator: ", ") + (group.terms.count > 8 ? ", …" : "")
                missing.append("\(group.name) (one of: \(shown))")
            }
        }
        let position = value.position
        guard missing.isEmpty else {
            return .fail("'\(key)' in \(file) lacks " + missing.joined(separator: "; "), evidence: [.path(file, "'\(key)'", line: position.line, column: position.column)])
        }
        return .pass("'\(key)' in \(file) names a term of every vocabulary group", evidence: [.path(file, keywords.joined(separator: ", "), line: position.line, column: position.column)])
    }
}
