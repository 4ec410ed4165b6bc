import Yams

/// A node of a CI file: like ``PositionedValue``, but every node knows its file (GitLab merges
/// included files into one configuration) and a GitLab `!reference [.job, key]` tag is kept as
/// a reference to resolve, not read as a list of two words.
struct CINode: Sendable, Hashable {
    struct Member: Sendable, Hashable {
        var key: String
        var keyLocation: CILocation
        var value: CINode
    }

    enum Kind: Sendable, Hashable {
        case mapping([Member])
        case sequence([CINode])
        case scalar(String)
        case null
        /// `!reference [.job, key, …]`: the path to the value it stands for.
        case reference([String])
    }

    var kind: Kind
    var location: CILocation

    subscript(key: String) -> CINode? { member(key)?.value }

    func member(_ key: String) -> Member? {
        guard case .mapping(let members) = kind else { return nil }
        return members.last { $0.key == key }
    }

    var members: [Member] {
        if case .mapping(let members) = kind { return members }
        return []
    }

    var isMapping: Bool {
        if case .mapping = kind { return true }
        return false
    }

    var text: String? {
        if case .scalar(let text) = kind { return text }
        return nil
    }

    /// The node as a list: a sequence's items, nothing for null, else the node alone
    /// (`only: tags` means `only: [tags]`).
    var list: [CINode] {
        switch kind {
        case .sequence(let items): items
        case .null: []
        default: [self]
        }
    }

    /// `override`'s keys over this mapping's, mappings merged key by key (GitLab's deep merge
    /// of includes and `extends:`); anything else is replaced whole.
    func merged(with override: CINode) -> CINode {
        guard case .mapping(var members) = kind, case .mapping(let overriding) = override.kind else { return override }
        for member in overriding {
            if let index = members.lastIndex(where: { $0.key == member.key }) {
                members[index].value = members[index].value.merged(with: member.value)
            } else {
                members.append(member)
            }
        }
        return CINode(kind: .mapping(members), location: location)
    }

    // MARK: From Yams

    /// The file's document read through the project's positioned YAML reader (aliases guarded,
    /// errors positioned), `<<` merge keys applied.
    static func read(_ text: String, path: String) throws(YAMLPositionedReader.SyntaxError) -> CINode? {
        try YAMLPositionedReader.node(of: text).map { convert($0, path: path, depth: 0) }
    }

    private static func convert(_ node: Node, path: String, depth: Int) -> CINode {
        let location = CILocation(path: path, position: YAMLPositionedReader.position(node.mark))
        // The alias guard bounds depth and size; this keeps the recursion safe on its own.
        guard depth < YAMLAliasGuard.depthLimit else { return CINode(kind: .null, location: location) }
        switch node {
        case .mapping(let mapping):
            var members: [Member] = []
            var merged: [Member] = []
            for (key, value) in mapping {
                if Tag.Name(rawValue: key.tag.rawValue) == .merge, key.scalar?.style == .plain {
                    // `<<: *defaults` or `<<: [*a, *b]`: the first mapping named wins, and the
                    // mapping's own keys win over all of them.
                    for source in value.sequence.map(Array.init) ?? [value] {
                        for member in convert(source, path: path, depth: depth + 1).members where !merged.contains(where: { $0.key == member.key }) {
                            merged.append(member)
                        }
                    }
                    continue
                }
                let keyLocation = CILocation(path: path, position: YAMLPositionedReader.position(key.mark))
                members.append(Member(key: key.scalar?.string ?? "", keyLocation: keyLocation, value: convert(value, path: path, depth: depth + 1)))
            }
            let own = Set(members.map(\.key))
            return CINode(kind: .mapping(merged.filter { !own.contains($0.key) } + members), location: location)
        case .sequence(let sequence):
            if node.tag.rawValue == "!reference" {
                return CINode(kind: .reference(sequence.compactMap { $0.scalar?.string }), location: location)
            }
            return CINode(kind: .sequence(sequence.map { convert($0, path: path, depth: depth + 1) }), location: location)
        case .scalar(let scalar):
            if case .null = YAMLPositionedReader.kind(of: scalar, tag: Tag.Name(rawValue: node.tag.rawValue)) { return CINode(kind: .null, location: location) }
            return CINode(kind: .scalar(scalar.string), location: location)
        case .alias:
            return CINode(kind: .null, location: location)
        }
    }
}
