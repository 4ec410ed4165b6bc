import Yams

/// A composed YAML node, as the rule-file decoder (``NodeDecoder``) reads it: a scalar's text
/// and whether it was plain (only plain scalars have implicit types), a mapping's pairs, a
/// list's items, each with the position it starts at.
///
/// Why not Yams' `Node`: an enum of structs that hold a tag object and an anchor, so each step
/// of decoding copied and retained them; here a node is one reference. ``YAMLEventComposer``
/// builds these from libyaml's events; documents only Yams can compose (anchors, tags, errors)
/// come from Yams' nodes (`init(_:)`).
final class YAMLNode: Sendable {
    enum Content: Sendable {
        case scalar(String, isPlain: Bool)
        case mapping([Pair])
        case sequence([YAMLNode])
    }

    struct Pair: Sendable {
        let key: YAMLNode
        let value: YAMLNode
    }

    let content: Content
    /// Where the node starts; nil for nodes made up rather than read (`NodeDecoder.emptyMapping`).
    let position: SourcePosition?

    init(_ content: Content, at position: SourcePosition?) {
        self.content = content
        self.position = position
    }

    /// The node Yams composed, its tag left behind: rule files have no use for tags, and Yams
    /// rewrites a scalar's tag in place once anything resolves it.
    convenience init(_ node: Yams.Node) {
        let position = node.mark.map { SourcePosition(line: $0.line, column: $0.column) }
        switch node {
        case let .scalar(scalar):
            self.init(.scalar(scalar.string, isPlain: scalar.style == .plain || scalar.style == .any), at: position)
        case let .mapping(mapping):
            self.init(.mapping(mapping.map { Pair(key: YAMLNode($0.key), value: YAMLNode($0.value)) }), at: position)
        case let .sequence(sequence):
            self.init(.sequence(sequence.map(YAMLNode.init)), at: position)
        case .alias:
            // `compose` replaces an alias by the node it names; an alias is never left here.
            self.init(.scalar("", isPlain: true), at: position)
        }
    }

    /// The text of a scalar; nil for a mapping or a list.
    var scalarText: String? {
        if case let .scalar(text, _) = content { return text }
        return nil
    }
}

extension YAMLNode: YAMLEventTree {
    static func scalar(_ text: String, isPlain: Bool, at position: SourcePosition) -> YAMLNode {
        YAMLNode(.scalar(text, isPlain: isPlain), at: position)
    }

    static func pair(key: String, isPlain: Bool, at position: SourcePosition, value: YAMLNode) -> Pair {
        Pair(key: scalar(key, isPlain: isPlain, at: position), value: value)
    }

    static func mapping(_ pairs: [Pair], at position: SourcePosition) -> YAMLNode {
        YAMLNode(.mapping(pairs), at: position)
    }

    static func sequence(_ items: [YAMLNode], at position: SourcePosition) -> YAMLNode {
        YAMLNode(.sequence(items), at: position)
    }
}
