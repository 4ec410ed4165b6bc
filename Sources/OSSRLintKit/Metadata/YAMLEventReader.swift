// libyaml, which Yams builds into its product: its events are read here directly. Yams imports
// it with `internal import`, so this module names it itself.
import CYaml
import Yams

/// Reads YAML text into a ``PositionedValue`` straight from libyaml's events, for the documents
/// made only of mappings with text keys, lists and untagged scalars: every CITATION.cff. Anything
/// else (an error, a second document, an anchor or alias, a tag, a key that is not text or is
/// written twice) is `.unsupported`, and ``YAMLPositionedReader`` leaves it to Yams' `compose`,
/// which these documents read exactly as it does.
///
/// Why not `compose` for all: it makes an event object, a tag object and a node per scalar and
/// hashes each mapping's keys after resolving their types, which cost twice libyaml's own
/// parsing on a large file.
enum YAMLEventReader {
    enum Outcome {
        /// The document's value; nil when the text holds no document.
        case document(PositionedValue?)
        case unsupported
    }

    static func read(_ text: String) -> Outcome {
        var text = text
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .unsupported }
            defer { yaml_parser_delete(&parser) }
            // As Yams sets it up, so that libyaml reads the same bytes the same way.
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var builder = Builder()
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return .unsupported }
                defer { yaml_event_delete(&event) }
                switch builder.take(event) {
                case .more: continue
                case .done: return .document(builder.root)
                case .unsupported: return .unsupported
                }
            }
        }
    }

    /// Builds the value from events, keeping open mappings and lists on a stack.
    private struct Builder {
        enum Step { case more, done, unsupported }

        private struct Open {
            var position: SourcePosition
            var isMapping: Bool
            var members: [PositionedValue.Member] = []
            var elements: [PositionedValue] = []
            /// A mapping's key whose value comes next, and where it is.
            var key: String?
            var keyPosition = SourcePosition(line: 1, column: 1)
        }

        private(set) var root: PositionedValue?
        private var documents = 0
        private var stack: [Open] = []

        mutating func take(_ event: yaml_event_t) -> Step {
            let position = SourcePosition(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                return .more
            case YAML_STREAM_END_EVENT:
                return .done
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                return documents == 1 ? .more : .unsupported
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil, scalar.tag == nil else { return .unsupported }
                let text = scalar.length == 0 ? "" : String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                if isAtKey {
                    let top = stack.count - 1
                    // Yams would call two keys of the same text the same key, unless their
                    // implicit types differ: only Yams can tell.
                    guard !stack[top].members.contains(where: { $0.key == text }) else { return .unsupported }
                    stack[top].key = text
                    stack[top].keyPosition = position
                    return .more
                }
                let kind = scalar.style == YAML_PLAIN_SCALAR_STYLE ? Self.plainKind(text) : .string(text)
                return add(PositionedValue(kind: kind, position: position))
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                guard start.anchor == nil, start.tag == nil, !isAtKey else { return .unsupported }
                stack.append(Open(position: position, isMapping: false))
                return .more
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                guard start.anchor == nil, start.tag == nil, !isAtKey else { return .unsupported }
                stack.append(Open(position: position, isMapping: true))
                return .more
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let open = stack.popLast() else { return .unsupported }
                return add(PositionedValue(kind: open.isMapping ? .object(open.members) : .array(open.elements), position: open.position))
            default:
                // Aliases.
                return .unsupported
            }
        }

        /// Whether the next node is a mapping's key (a list or mapping there is not text).
        private var isAtKey: Bool {
            let top = stack.count - 1
            return top >= 0 && stack[top].isMapping && stack[top].key == nil
        }

        private mutating func add(_ value: PositionedValue) -> Step {
            guard !stack.isEmpty else {
                root = value
                return .more
            }
            let top = stack.count - 1
            if stack[top].isMapping {
                guard let key = stack[top].key else { return .unsupported }
                stack[top].members.append(PositionedValue.Member(key: key, keyPosition: stack[top].keyPosition, value: value))
                stack[top].key = nil
            } else {
                stack[top].elements.append(value)
            }
            return .more
        }

        /// A plain scalar typed as Yams' default resolver types it, its value read by Yams'
        /// own constructors (which leave a scalar they cannot read as text, as `convert` does).
        private static func plainKind(_ text: String) -> PositionedValue.Kind {
            switch YAMLImplicitType(of: text) {
            case .bool: return Bool.construct(from: scalar(text, .bool)).map { .bool($0) } ?? .string(text)
            case .null: return .null
            case .int:
                if let value = decimal(text) { return .number(Double(value), text: text) }
                return Int.construct(from: scalar(text, .int)).map { .number(Double($0), text: text) } ?? .string(text)
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

        /// A plain scalar with its resolved tag, for Yams' constructors. The resolver and
        /// constructor are given so that Yams' defaults are not built: its default resolver
        /// compiles seven regular expressions.
        private static func scalar(_ text: String, _ tag: Tag.Name) -> Node.Scalar {
            Node.Scalar(text, Tag(tag, .basic, Constructor([:], [:], [:])), .plain)
        }
    }
}
