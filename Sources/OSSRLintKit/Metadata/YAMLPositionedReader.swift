import Foundation
import Yams

/// Turns YAML text into a ``PositionedValue``, keeping each node's mark: from libyaml's events
/// (``YAMLEventComposer``) when the document is plain data, else through Yams' composed nodes,
/// which also say what is wrong with a broken file. Plain scalars are typed the way
/// Yams' default resolver (YAML 1.1 style, like PyYAML) types them; quoted scalars are strings;
/// timestamps stay strings, as JSON has no date type (PyYAML turns them into dates that a JSON
/// conversion writes back as the same text).
enum YAMLPositionedReader {
    struct SyntaxError: Error, Sendable {
        var message: String
        var position: SourcePosition?
    }

    static func read(_ data: Data) throws(SyntaxError) -> PositionedValue? {
        guard let text = String(data: data, encoding: .utf8) else {
            throw SyntaxError(message: "the file is not valid UTF-8", position: nil)
        }
        if case let .document(value) = YAMLEventComposer.compose(text, as: PositionedValue.self) { return value }
        return try composed(text)
    }

    /// The value through Yams' composed nodes: any YAML, and the errors of broken YAML.
    static func composed(_ text: String) throws(SyntaxError) -> PositionedValue? {
        try node(of: text).map(convert)
    }

    /// Yams' composed node of `text`, aliases guarded and errors positioned: for readers that
    /// need more than plain data (CI files' `!reference` tags and `<<` merge keys).
    static func node(of text: String) throws(SyntaxError) -> Node? {
        let node: Node?
        do {
            // Anchors and aliases reach this path only: a file from anyone's merge request must
            // not expand into a billion values (see `YAMLAliasGuard`).
            try YAMLAliasGuard.refuseAliasedKeys(in: text)
            node = try Yams.compose(yaml: text)
            if let node { try YAMLAliasGuard.checkExpansion(node) }
        } catch let refusal as YAMLAliasGuard.Refusal {
            throw SyntaxError(message: refusal.message, position: SourcePosition(line: refusal.line, column: refusal.column))
        } catch let error as YamlError {
            throw describe(error)
        } catch {
            throw SyntaxError(message: "\(error)", position: nil)
        }
        return node
    }

    private static func describe(_ error: YamlError) -> SyntaxError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let suffix = context.map { " (\($0.text))" } ?? ""
            return SyntaxError(message: "invalid YAML: \(problem)\(suffix)", position: SourcePosition(line: mark.line, column: mark.column))
        case let .reader(problem, _, _, _):
            return SyntaxError(message: "invalid YAML: \(problem)", position: nil)
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams' own description holds the whole document: a 1 MB file with a repeated key
            // made a 4.4 MB JUnit report.
            return SyntaxError(message: "invalid YAML: the key '\(shortened(duplicates.first ?? "?"))' appears twice in one mapping",
                               position: SourcePosition(line: context.mark.line, column: context.mark.column))
        default:
            return SyntaxError(message: shortened("invalid YAML: \(error)"), position: nil)
        }
    }

    /// Text from the file, cut so that a message stays a line (the file is the evidence).
    private static func shortened(_ text: String, to limit: Int = 120) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }

    static func position(_ mark: Mark?) -> SourcePosition {
        SourcePosition(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    static func convert(_ node: Node) -> PositionedValue {
        switch node {
        case let .mapping(mapping):
            let members = mapping.map { key, value in
                PositionedValue.Member(key: key.scalar?.string ?? "", keyPosition: position(key.mark), value: convert(value))
            }
            return PositionedValue(kind: .object(members), position: position(mapping.mark))
        case let .sequence(sequence):
            return PositionedValue(kind: .array(sequence.map(convert)), position: position(sequence.mark))
        case let .scalar(scalar):
            return PositionedValue(kind: kind(of: scalar, tag: Tag.Name(rawValue: node.tag.rawValue)), position: position(scalar.mark))
        case let .alias(alias):
            return PositionedValue(kind: .null, position: position(alias.mark))
        }
    }

    /// A plain scalar from events: untagged, so it has the type Yams' default resolver gives it
    /// (``YAMLImplicitType``), read by Yams' own constructors.
    fileprivate static func plainKind(_ text: String) -> PositionedValue.Kind {
        switch YAMLImplicitType(of: text) {
        case .bool: return Bool.construct(from: scalar(text, .bool)).map { .bool($0) } ?? .string(text)
        case .null: return .null
        case .int:
            if let value = decimal(text) { return .number(Double(value), text: text) }
            return integer(text).map { .number($0, text: text) } ?? .string(text)
        case .float: return Double.construct(from: scalar(text, .float)).map { .number($0, text: text) } ?? .string(text)
        case .string: return .string(text)
        }
    }

    /// Digits alone, no leading zero: what Yams' `Int.construct` reads with `Int(text)` once it
    /// has found no sign, `_`, radix prefix or `:`, without its Foundation-based clean-up.
    private static func decimal(_ text: String) -> Int? {
        let digits = text.utf8
        guard (1...18).contains(digits.count), digits.first != UInt8(ascii: "0") || digits.count == 1,
              digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return Int(text)
    }

    /// A plain scalar resolved as an integer, read as Yams' `Int.construct` reads it, except
    /// that a base-60 integer (`1:30`) is summed in floating point: Yams sums it in `Int`
    /// arithmetic that traps on overflow (Yams 6.2.2), so one line of a merge request's
    /// CITATION.cff (`year: 222222222222222222:0`) ended the run with SIGILL. The value is kept
    /// as a `Double` anyway. Found by the citation fuzzer (FuzzFindingTests).
    static func integer(_ text: String) -> Double? {
        var digits = Substring(text.replacingOccurrences(of: "_", with: ""))
        var sign = 1.0
        if digits.hasPrefix("-") { sign = -1 }
        if digits.hasPrefix("-") || digits.hasPrefix("+") { digits = digits.dropFirst() }
        // Yams tries the radix prefixes (0x, 0b, 0o, 0) before base 60, so "012:30" is no number.
        guard digits.contains(":"), !digits.hasPrefix("0") else {
            return Int.construct(from: scalar(text, .int)).map(Double.init)
        }
        var value = 0.0
        for part in digits.split(separator: ":", omittingEmptySubsequences: false) {
            guard let digit = Int(part, radix: 10) else { return nil }
            value = value * 60 + Double(digit)
        }
        return sign * value
    }

    /// A plain scalar with its resolved tag, for Yams' constructors. The resolver and
    /// constructor are given so that Yams' defaults are not built: its default resolver
    /// compiles seven regular expressions.
    private static func scalar(_ text: String, _ tag: Tag.Name) -> Node.Scalar {
        Node.Scalar(text, Tag(tag, .basic, Constructor([:], [:], [:])), .plain)
    }

    static func kind(of scalar: Node.Scalar, tag: Tag.Name) -> PositionedValue.Kind {
        switch tag {
        case .null: return .null
        case .bool: return Bool.construct(from: scalar).map { .bool($0) } ?? .string(scalar.string)
        case .int:
            return integer(scalar.string).map { .number($0, text: scalar.string) } ?? .string(scalar.string)
        case .float:
            if let value = Double.construct(from: scalar) { return .number(value, text: scalar.string) }
            return .string(scalar.string)
        default: return .string(scalar.string)
        }
    }
}

/// Values composed from events: a quoted scalar is a string, a plain one typed
/// (`YAMLPositionedReader.plainKind`); keys are text.
extension PositionedValue: YAMLEventTree {
    static func scalar(_ text: String, isPlain: Bool, at position: SourcePosition) -> PositionedValue {
        PositionedValue(kind: isPlain ? YAMLPositionedReader.plainKind(text) : .string(text), position: position)
    }

    static func pair(key: String, isPlain: Bool, at position: SourcePosition, value: PositionedValue) -> Member {
        Member(key: key, keyPosition: position, value: value)
    }

    static func mapping(_ pairs: [Member], at position: SourcePosition) -> PositionedValue {
        PositionedValue(kind: .object(pairs), position: position)
    }

    static func sequence(_ items: [PositionedValue], at position: SourcePosition) -> PositionedValue {
        PositionedValue(kind: .array(items), position: position)
    }
}
