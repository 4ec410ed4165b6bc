import Foundation
import Yams

/// Passes when a JSON or YAML file has every listed key, each with a non-empty value.
///
/// ```yaml
/// check: key-present
/// options: { path: CITATION.cff, keys: [title, authors, "identifiers"] }
/// ```
/// Keys may be dotted (`about.license`) to reach nested mappings.
public struct KeyPresentCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var path: String
        var keys: [String]
        var ignoreCase: Bool?
    }

    public static let id = "key-present"
    public static let summary = "A JSON or YAML file has the listed keys, with non-empty values."
    public static let optionsHelp = [
        OptionHelp("path", "the file (a glob; the first match is read); JSON when it ends in .json, else YAML"),
        OptionHelp("keys", "keys that must be present and non-empty; dotted for nesting"),
        OptionHelp("ignoreCase", "match the path case-insensitively (default false)"),
    ]
    public static let examples = [
        CheckExample("all keys there", options: "{path: 'a.json', keys: [name, 'x.y']}", files: ["a.json": "{\"name\": \"n\", \"x\": {\"y\": 1}}"], expected: .pass),
        CheckExample("an empty value", options: "{path: 'a.json', keys: [name]}", files: ["a.json": "{\"name\": \"\"}"], expected: .fail),
        CheckExample("no such file", options: "{path: 'c.yml', keys: [title]}", files: ["a.json": "{}"], expected: .notApplicable),
        CheckExample("a missing YAML key", options: "{path: 'c.yml', keys: [title, version]}", files: ["c.yml": "title: t\n"], expected: .fail),
    ]

    let file: PathPatterns
    let keys: [[String]]

    public init(options: Options) throws(CheckOptionsError) {
        file = try PathPatterns([options.path], ignoreCase: options.ignoreCase ?? false, anyDepth: false, exclude: [])
        guard !options.keys.isEmpty else { throw CheckOptionsError("'keys' must list at least one key") }
        keys = options.keys.map { $0.split(separator: ".").map(String.init) }
    }

    public var needs: FactNeeds { .files(file) }

    public var scope: PathScope { .of(file) }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        // The first match in path order (the patterns may match at several depths).
        guard let entry = file.select(in: facts).filter(\.kind.hasContent).min(by: { $0.path < $1.path }) else {
            return .notApplicable("no file matches '\(file.description)'")
        }
        let name = entry.path.displayName
        let document: StructuredValue
        do {
            let text = try facts.text(of: entry)
            guard let parsed = entry.path.name.lowercased().hasSuffix(".json") ? StructuredValue(json: text) : StructuredValue(yaml: text) else {
                return .fail("'\(name)' cannot be parsed", evidence: [.path(name)])
            }
            document = parsed
        } catch {
            return error.outcome
        }
        var missing: [Evidence] = []
        for key in keys {
            let dotted = key.joined(separator: ".")
            switch document.value(at: key) {
            case nil: missing.append(.value(dotted, "missing"))
            case let value? where value.isEmpty: missing.append(.value(dotted, "empty"))
            default: break
            }
        }
        if missing.isEmpty { return .pass("'\(name)' has every required key", evidence: [.path(name)]) }
        let names = missing.map { "'\($0.subject)' (\($0.detail ?? ""))" }.joined(separator: ", ")
        return .fail("'\(name)' lacks \(names)", evidence: [.path(name)] + missing)
    }
}

/// A parsed JSON or YAML document, reduced to what presence checks need.
enum StructuredValue {
    case mapping([String: StructuredValue])
    case sequence([StructuredValue])
    case scalar(String)
    case null

    init?(json text: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { return nil }
        self.init(foundation: object)
    }

    init?(yaml text: String) {
        guard (try? YAMLAliasGuard.refuseAliasedKeys(in: text)) != nil, let node = (try? Yams.compose(yaml: text)) ?? nil,
              (try? YAMLAliasGuard.checkExpansion(node)) != nil else { return nil }
        self.init(node: node)
    }

    private init(foundation object: Any) {
        switch object {
        case let dictionary as [String: Any]: self = .mapping(dictionary.mapValues(StructuredValue.init(foundation:)))
        case let array as [Any]: self = .sequence(array.map(StructuredValue.init(foundation:)))
        case is NSNull: self = .null
        default: self = .scalar("\(object)")
        }
    }

    private init(node: Node) {
        switch node {
        case .mapping(let mapping):
            var values: [String: StructuredValue] = [:]
            for (key, value) in mapping { values[key.string ?? ""] = StructuredValue(node: value) }
            self = .mapping(values)
        case .sequence(let sequence): self = .sequence(sequence.map(StructuredValue.init(node:)))
        case .scalar(let scalar): self = scalar.string == "" || (scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string)) ? .null : .scalar(scalar.string)
        case .alias: self = .null
        }
    }

    func value(at path: [String]) -> StructuredValue? {
        var current = self
        for key in path {
            guard case .mapping(let mapping) = current, let next = mapping[key] else { return nil }
            current = next
        }
        return current
    }

    /// Empty string, empty list, empty mapping or null: present but saying nothing.
    var isEmpty: Bool {
        switch self {
        case .mapping(let mapping): mapping.isEmpty
        case .sequence(let sequence): sequence.isEmpty
        case .scalar(let text): text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .null: true
        }
    }
}
