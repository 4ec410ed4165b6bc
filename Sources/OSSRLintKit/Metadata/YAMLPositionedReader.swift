import Foundation
import Yams

/// Turns YAML text into a ``PositionedValue``, keeping each node's mark: through libyaml's
/// events (``YAMLEventReader``) when the document is plain data, else through Yams' composed
/// nodes, which also say what is wrong with a broken file. Plain scalars are typed the way
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
        if case let .document(value) = YAMLEventReader.read(text) { return value }
        return try composed(text)
    }

    /// The value through Yams' composed nodes: any YAML, and the errors of broken YAML.
    static func composed(_ text: String) throws(SyntaxError) -> PositionedValue? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw describe(error)
        } catch {
            throw SyntaxError(message: "\(error)", position: nil)
        }
        return node.map(convert)
    }

    private static func describe(_ error: YamlError) -> SyntaxError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let suffix = context.map { " (\($0.text))" } ?? ""
            return SyntaxError(message: "invalid YAML: \(problem)\(suffix)", position: SourcePosition(line: mark.line, column: mark.column))
        case let .reader(problem, _, _, _):
            return SyntaxError(message: "invalid YAML: \(problem)", position: nil)
        default:
            return SyntaxError(message: "invalid YAML: \(error)", position: nil)
        }
    }

    private static func position(_ mark: Mark?) -> SourcePosition {
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

    private static func kind(of scalar: Node.Scalar, tag: Tag.Name) -> PositionedValue.Kind {
        switch tag {
        case .null: return .null
        case .bool: return Bool.construct(from: scalar).map { .bool($0) } ?? .string(scalar.string)
        case .int:
            if let value = Int.construct(from: scalar) { return .number(Double(value), text: scalar.string) }
            return .string(scalar.string)
        case .float:
            if let value = Double.construct(from: scalar) { return .number(value, text: scalar.string) }
            return .string(scalar.string)
        default: return .string(scalar.string)
        }
    }
}
