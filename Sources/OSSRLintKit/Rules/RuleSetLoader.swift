import Foundation
import Yams

/// Reads rule files (shipped by name, or by path from `files`), resolves `extends`, and reports
/// every mistake as a positioned `ConfigurationError`. Nothing is linted with a broken set.
public struct RuleSetLoader {
    /// Where rule files named by path are found: the disk for the command line's `--rules`, the
    /// linted revision for what a repository's own configuration names.
    public var files: RuleFiles

    public init(files: RuleFiles = .disk) {
        self.files = files
    }

    /// A loader reading files named by path with `readFile` (tests), resolved as on disk.
    public init(readFile: @escaping (String) throws -> String) {
        files = RuleFiles(read: readFile, locate: RuleFiles.disk.locate)
    }

    /// Loads a shipped set (`ossr`) or a file (anything with a `/` or ending in `.yml`/`.yaml`).
    public func load(_ reference: String) throws(ConfigurationError) -> RuleSet {
        var stack: [String] = []
        return try resolve(reference, from: nil, stack: &stack)
    }

    /// Loads the profile a repository's configuration names; mistakes about the reference
    /// point at the configuration's `profile:` line.
    public func load(_ reference: String, namedIn configuration: RepositoryConfiguration) throws(ConfigurationError) -> RuleSet {
        var stack: [String] = []
        let text = SourceText(file: configuration.file, yaml: configuration.sourceLines.joined(separator: "\n"))
        return try resolve(reference, from: (text, configuration.profilePosition), stack: &stack)
    }

    /// Loads a rule set from YAML text already in hand, named `file` in messages.
    public func load(yaml: String, file: String) throws(ConfigurationError) -> RuleSet {
        var stack = [file]
        return try resolve(parse(yaml, file: file), in: SourceText(file: file, yaml: yaml), stack: &stack)
    }

    static func isPath(_ reference: String) -> Bool {
        reference.contains("/") || reference.hasSuffix(".yml") || reference.hasSuffix(".yaml")
    }

    /// Resolves a reference written in `site` (an `extends` entry), or given on the command line
    /// when `site` is nil; mistakes about the reference point at the entry.
    private func resolve(_ reference: String, from site: (text: SourceText, position: SourcePosition?)?, stack: inout [String]) throws(ConfigurationError) -> RuleSet {
        func failure(_ message: String, file fallback: String) -> ConfigurationError {
            site.map { $0.text.error(at: $0.position, message) } ?? ConfigurationError(file: fallback, message: message)
        }
        let file: String
        let yaml: String
        if Self.isPath(reference) {
            do { file = try files.locate(reference, site?.text.file) } catch {
                throw failure(error.message, file: RepositoryConfiguration.fileName)
            }
            do { yaml = try files.read(file) } catch let refusal as RuleFileRefusal {
                throw failure(refusal.message, file: file)
            } catch {
                throw failure("cannot read rule file '\(file)': \(error.localizedDescription)", file: file)
            }
        } else {
            guard let source = ShippedRuleSets.source(named: reference) else {
                throw failure("no shipped rule set named '\(reference)' (shipped: \(ShippedRuleSets.names.joined(separator: ", "))); give a file path to use your own", file: "<command line>")
            }
            file = "Rules/\(reference).yml"
            yaml = source
        }
        if stack.contains(file) {
            throw failure("'extends' cycle: \((stack + [file]).joined(separator: " -> "))", file: file)
        }
        stack.append(file)
        defer { stack.removeLast() }
        return try resolve(parse(yaml, file: file), in: SourceText(file: file, yaml: yaml), stack: &stack)
    }

    private func resolve(_ spec: RuleFileSpec, in text: SourceText, stack: inout [String]) throws(ConfigurationError) -> RuleSet {
        var set = RuleSet(name: spec.name, description: spec.description, categories: [], rules: [])
        for parent in spec.extends {
            let inherited = try resolve(parent.value, from: (text, parent.position), stack: &stack)
            set.scoring = inherited.scoring
            for category in inherited.categories where !set.categories.contains(where: { $0.id == category.id }) {
                set.categories.append(category)
            }
            for rule in inherited.rules {
                if let index = set.rules.firstIndex(where: { $0.id == rule.id }) { set.rules[index] = rule } else { set.rules.append(rule) }
            }
        }
        if let scoring = spec.scoring { set.scoring = scoring.policy }
        for category in spec.categories {
            let resolved = LintReport.Category(id: category.id, title: category.title, weight: category.weight)
            if let index = set.categories.firstIndex(where: { $0.id == category.id }) { set.categories[index] = resolved } else { set.categories.append(resolved) }
        }
        for id in spec.drop {
            guard set.rules.contains(where: { $0.id == id.value }) else {
                throw text.error(at: id.position, "'drop' names rule '\(id.value)', which no extended set has" + Self.suggestion(for: id.value, among: set.rules))
            }
            set.rules.removeAll { $0.id == id.value }
        }
        for override in spec.overrides {
            guard let index = set.rules.firstIndex(where: { $0.id == override.id }) else {
                throw text.error(at: override.idPosition, "'override' names rule '\(override.id)', which no extended set has" + Self.suggestion(for: override.id, among: set.rules))
            }
            if let severity = override.severity { set.rules[index].setSeverity(severity) }
            if let weight = override.weight { set.rules[index].weight = weight }
            if let decoder = override.optionsDecoder {
                do {
                    set.rules[index].check = try CheckRegistry.configure(type(of: set.rules[index].check), from: decoder)
                } catch {
                    // Recomposed only on this error path, so that an unknown key points at itself.
                    throw Self.convert(error, file: text.file, yaml: text.yaml, root: try? Self.compose(text.yaml))
                }
            }
        }
        var seen: Set<String> = []
        for rule in spec.rules {
            guard seen.insert(rule.id).inserted, !set.rules.contains(where: { $0.id == rule.id }) else {
                throw text.error(at: rule.idPosition, "duplicate rule id '\(rule.id)'; ids must be unique (use 'override' to change an inherited rule)")
            }
            guard set.categories.contains(where: { $0.id == rule.category }) else {
                throw text.error(at: rule.categoryPosition, "rule '\(rule.id)' names category '\(rule.category)', which is not declared under 'categories'")
            }
            set.rules.append(rule.rule(origin: text.file))
        }
        return set
    }

    private static func suggestion(for id: String, among rules: [Rule]) -> String {
        Spelling.closest(to: id, among: rules.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Parses and decodes one rule file, turning every failure into a positioned error.
    func parse(_ yaml: String, file: String) throws(ConfigurationError) -> RuleFileSpec {
        try Self.decode(RuleFileSpec.self, yaml: yaml, file: file)
    }

    /// No implicit-type rules when Yams composes: each is a regular expression run on every
    /// scalar, and `NodeDecoder` reads each scalar as the type asked for instead (see
    /// `YAMLScalar`).
    static let resolver = Resolver.basic

    /// The document in `yaml` (nil when it has none): from libyaml's events when it is plain
    /// data, else from Yams, which also throws the errors (`YamlError`). Only the Yams path can
    /// meet anchors and aliases, so it alone is guarded (`YAMLAliasGuard.Refusal`), before the
    /// aliases are expanded into `YAMLNode`s.
    static func compose(_ yaml: String) throws -> YAMLNode? {
        if case let .document(node) = YAMLEventComposer.compose(yaml, as: YAMLNode.self) { return node }
        try YAMLAliasGuard.refuseAliasedKeys(in: yaml)
        guard let node = try Yams.compose(yaml: yaml, resolver) else { return nil }
        try YAMLAliasGuard.checkExpansion(node)
        return YAMLNode(node)
    }

    /// Strict typed decoding of YAML text with positioned errors (shared with `.ossrlint.yml`).
    static func decode<T: Decodable>(_ type: T.Type, yaml: String, file: String) throws(ConfigurationError) -> T {
        let node: YAMLNode
        do {
            guard let composed = try compose(yaml) else {
                throw ConfigurationError(file: file, line: 1, column: 1, message: "the file is empty")
            }
            node = composed
        } catch let refusal as YAMLAliasGuard.Refusal {
            throw SourceText(file: file, yaml: yaml).error(at: SourcePosition(line: refusal.line, column: refusal.column), refusal.message)
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw convert(error, file: file, yaml: yaml)
        }
        do {
            return try NodeDecoder(node).singleValueContainer().decode(T.self)
        } catch {
            throw convert(error, file: file, yaml: yaml, root: node)
        }
    }

    /// Any error met while reading YAML, as a `ConfigurationError` with a position when one can
    /// be found: libyaml's own marks, our `PositionedError`s, or the node a `DecodingError`'s
    /// coding path leads to.
    static func convert(_ error: any Error, file: String, yaml: String?, root: YAMLNode? = nil) -> ConfigurationError {
        let lines = yaml.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        func positioned(_ message: String, _ mark: Mark?) -> ConfigurationError {
            located(message, mark.map { SourcePosition(line: $0.line, column: $0.column) })
        }
        func located(_ message: String, _ mark: SourcePosition?) -> ConfigurationError {
            guard let mark else { return ConfigurationError(file: file, message: message) }
            var source: String?
            if let lines, lines.indices.contains(mark.line - 1) { source = lines[mark.line - 1] }
            return ConfigurationError(file: file, line: mark.line, column: mark.column, message: message, sourceLine: source)
        }
        switch error {
        case let error as ConfigurationError:
            return error
        case let error as PositionedError:
            if let key = error.unknownKey, case let .mapping(pairs) = root?.descend(key.mapping).content,
               let keyNode = pairs.first(where: { $0.key.scalarText == key.name })?.key {
                return located(error.message, keyNode.position)
            }
            return located(error.message, error.position)
        case let error as YamlError:
            switch error {
            case .scanner(let context, let problem, let mark, _):
                return positioned("YAML syntax: \(problem)" + (context.map { " \($0.text)" } ?? ""), mark)
            case .parser(let context, let problem, let mark, _):
                return positioned("YAML syntax: \(problem)" + (context.map { " \($0.text)" } ?? ""), mark)
            case .composer(let context, let problem, let mark, _):
                return positioned("YAML: \(problem)" + (context.map { " \($0.text)" } ?? ""), mark)
            case .duplicatedKeysInMapping(let duplicates, let context):
                return positioned("duplicate key '\(duplicates.first ?? "?")' in a mapping", context.mark)
            default:
                return ConfigurationError(file: file, message: "YAML: \(error)")
            }
        case let error as DecodingError:
            return convertDecoding(error, root: root, located: located)
        default:
            return ConfigurationError(file: file, message: "\(error)")
        }
    }

    private static func convertDecoding(_ error: DecodingError, root: YAMLNode?, located: (String, SourcePosition?) -> ConfigurationError) -> ConfigurationError {
        func describe(_ path: [any CodingKey]) -> String {
            let text = path.map { (key: any CodingKey) -> String in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            return String(text.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            let where_ = context.codingPath.isEmpty ? "at the top level" : "in '\(describe(context.codingPath))'"
            return located("missing required key '\(key.stringValue)' \(where_)", root?.descend(context.codingPath).position)
        case .typeMismatch(let type, let context):
            return located("'\(describe(context.codingPath))' should be \(typeName(type))", root?.descend(context.codingPath).position)
        case .valueNotFound(let type, let context):
            return located("'\(describe(context.codingPath))' should be \(typeName(type)), found nothing", root?.descend(context.codingPath).position)
        case .dataCorrupted(let context):
            return located("'\(describe(context.codingPath))': \(context.debugDescription)", root?.descend(context.codingPath).position)
        @unknown default:
            return located("\(error)", nil)
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Double.Type, is Int.Type: "a number"
        case is Bool.Type: "true or false"
        case is [String].Type: "a list of strings"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : (String(describing: type).hasPrefix("Dictionary") ? "a mapping" : "a \(type)")
        }
    }
}

extension YAMLNode {
    /// The node a coding path leads to, or the deepest node reached on the way.
    func descend(_ path: [any CodingKey]) -> YAMLNode {
        descend(path.map(PositionedError.Step.init))
    }

    /// The node a path of steps leads to, or the deepest node reached on the way.
    func descend(_ path: [PositionedError.Step]) -> YAMLNode {
        var node = self
        for step in path {
            switch (step, node.content) {
            case let (.index(index), .sequence(items)) where items.indices.contains(index):
                node = items[index]
            case let (.key(key), .mapping(pairs)):
                guard let value = pairs.first(where: { $0.key.scalarText == key })?.value else { return node }
                node = value
            default:
                return node
            }
        }
        return node
    }
}
