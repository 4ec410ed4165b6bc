// libyaml, which Yams builds into its product: its events are read here directly. Yams imports
// it with `internal import`, so this module names it itself.
import CYaml

/// Composes YAML text straight from libyaml's events, into ``YAMLNode``s for the rule decoder or
/// typed ``PositionedValue``s for CITATION.cff (``YAMLEventTree``), for the documents made only
/// of mappings with text keys, lists and untagged scalars: every shipped rule set and
/// CITATION.cff. Anything else (an error, a second document, an anchor or alias, a tag, a key
/// that is not text or is written twice) is `.unsupported`, left to Yams' `compose`, which
/// composes these documents to the same nodes and words the errors.
///
/// Why not `compose` for all: it makes an event object, a tag object and a node per scalar and
/// hashes each mapping's keys after resolving their types, which cost more than libyaml's own
/// parsing.
enum YAMLEventComposer {
    enum Outcome<Value> {
        /// The document; nil when the text holds none.
        case document(Value?)
        case unsupported
    }

    static func compose<Tree: YAMLEventTree>(_ text: String, as tree: Tree.Type) -> Outcome<Tree.Value> {
        var text = text
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .unsupported }
            defer { yaml_parser_delete(&parser) }
            // As Yams sets it up, so that libyaml reads the same bytes the same way.
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var builder = Builder<Tree>()
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

    /// Builds the nodes from events, keeping open mappings and lists on a stack.
    private struct Builder<Tree: YAMLEventTree> {
        enum Step { case more, done, unsupported }

        private struct Open {
            var position: SourcePosition
            var isMapping: Bool
            var pairs: [Tree.Pair] = []
            /// The keys of `pairs`, to find one written twice.
            var keys: [String] = []
            var items: [Tree.Value] = []
            /// A mapping's key whose value comes next.
            var key: (text: String, isPlain: Bool, position: SourcePosition)?
        }

        private(set) var root: Tree.Value?
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
                let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                if isAtKey {
                    let top = stack.count - 1
                    // Yams calls two keys of the same text the same key, unless their types
                    // differ: only Yams can tell, and it words the error.
                    guard !stack[top].keys.contains(text) else { return .unsupported }
                    stack[top].keys.append(text)
                    stack[top].key = (text, isPlain, position)
                    return .more
                }
                return add(Tree.scalar(text, isPlain: isPlain, at: position))
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
                return add(open.isMapping ? Tree.mapping(open.pairs, at: open.position) : Tree.sequence(open.items, at: open.position))
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

        private mutating func add(_ node: Tree.Value) -> Step {
            let top = stack.count - 1
            guard top >= 0 else {
                root = node
                return .more
            }
            if stack[top].isMapping {
                guard let key = stack[top].key else { return .unsupported }
                stack[top].pairs.append(Tree.pair(key: key.text, isPlain: key.isPlain, at: key.position, value: node))
                stack[top].key = nil
            } else {
                stack[top].items.append(node)
            }
            return .more
        }
    }
}

/// What ``YAMLEventComposer`` makes of a document's nodes. A protocol rather than one tree
/// converted afterwards: CITATION.cff's typed values are built directly, a large file's
/// intermediate nodes having cost a tenth of its validation.
protocol YAMLEventTree {
    associatedtype Value
    associatedtype Pair
    static func scalar(_ text: String, isPlain: Bool, at position: SourcePosition) -> Value
    static func pair(key: String, isPlain: Bool, at position: SourcePosition, value: Value) -> Pair
    static func mapping(_ pairs: [Pair], at position: SourcePosition) -> Value
    static func sequence(_ items: [Value], at position: SourcePosition) -> Value
}
