/// A JSON-shaped value read from codemeta.json, .zenodo.json or CITATION.cff, where every
/// value and every object key keeps the position it was written at, so findings can point at
/// the offending text. JSON files get here through ``JSONScanner``, YAML files through Yams'
/// composed nodes.
struct PositionedValue: Sendable {
    struct Member: Sendable {
        var key: String
        var keyPosition: SourcePosition
        var value: PositionedValue
    }

    enum Kind: Sendable {
        case object([Member])
        case array([PositionedValue])
        case string(String)
        /// The number and its source text; `isInteger` when the text has no fraction or exponent
        /// or its value is whole (JSON Schema draft-07 counts `1.0` as an integer).
        case number(Double, text: String)
        case bool(Bool)
        case null
    }

    var kind: Kind
    var position: SourcePosition

    subscript(key: String) -> PositionedValue? { member(key)?.value }

    func member(_ key: String) -> Member? {
        guard case let .object(members) = kind else { return nil }
        return members.last { $0.key == key }
    }

    var members: [Member] {
        if case let .object(members) = kind { return members }
        return []
    }

    var elements: [PositionedValue]? {
        if case let .array(elements) = kind { return elements }
        return nil
    }

    var string: String? {
        if case let .string(text) = kind { return text }
        return nil
    }

    /// Strings as they are, numbers in their source spelling; nil for other kinds.
    var scalarText: String? {
        switch kind {
        case let .string(text): text
        case let .number(_, text): text
        case let .bool(value): value ? "true" : "false"
        default: nil
        }
    }

    /// Empty strings (also blank ones), empty arrays, empty objects and null count as empty.
    var isEmpty: Bool {
        switch kind {
        case let .string(text): text.allSatisfy(\.isWhitespace)
        case let .array(elements): elements.isEmpty
        case let .object(members): members.isEmpty
        case .null: true
        case .number, .bool: false
        }
    }

    /// The JSON type name used in messages and by the schema evaluator.
    var typeName: String {
        switch kind {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case let .number(value, _): value.rounded() == value && value.isFinite ? "integer" : "number"
        case .bool: "boolean"
        case .null: "null"
        }
    }

    /// The type name with its article: "an array", "a string".
    var typeNameWithArticle: String {
        let name = typeName
        return "aeiou".contains(name.first ?? "x") ? "an \(name)" : "a \(name)"
    }

    /// The value itself when it is an array, else the value as a one-element list; a JSON-LD
    /// `{"@list": [...]}` container is unwrapped.
    var asList: [PositionedValue] {
        if let list = self["@list"]?.elements, members.count == 1 { return list }
        return elements ?? [self]
    }
}
