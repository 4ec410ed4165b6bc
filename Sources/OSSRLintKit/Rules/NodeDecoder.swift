/// Decodes typed values straight from a composed YAML node: rule files and `.ossrlint.yml`.
///
/// Why not `YAMLDecoder`: it resolves every scalar's implicit type with regular expressions and
/// looks keys up by comparing resolved nodes, which made it most of the time to load the
/// shipped profile. Here a key is found by its text, and a scalar is read as the type the
/// `Decodable` asks for (`YAMLScalar` says how): a plain `no` is `false` only where a Boolean is
/// wanted, `1.10` stays the string "1.10" where a string is wanted. Errors are the standard
/// `DecodingError`s with the coding path, which `RuleSetLoader` turns into positions.
struct NodeDecoder: Decoder {
    let node: YAMLNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ node: YAMLNode, codingPath: [any CodingKey] = []) {
        self.node = node
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let pairs) = node.content else {
            throw DecodingError.typeMismatch([String: Any].self, .init(codingPath: codingPath, debugDescription: "expected a mapping"))
        }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(mapping: node, pairs: pairs, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let items) = node.content else {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "expected a list"))
        }
        return NodeUnkeyedContainer(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { NodeSingleValueContainer(decoder: self) }

    /// A node standing for a key that is not there (`superDecoder(forKey:)` of a missing key).
    static func absent(at position: SourcePosition?) -> YAMLNode {
        YAMLNode(.scalar("", isPlain: true), at: position)
    }

    /// Decodes options from `{}`: the defaults of a check that a rule gives no options.
    static var emptyMapping: NodeDecoder { NodeDecoder(YAMLNode(.mapping([]), at: nil)) }
}

extension Decoder {
    /// Where this decoder's node starts, when the decoder reads YAML.
    var position: SourcePosition? {
        (self as? NodeDecoder)?.node.position
    }
}

/// Reads one node as the scalar types; anything else decodes through a `NodeDecoder`.
private struct NodeSingleValueContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { YAMLScalar.isNull(decoder.node) }

    func decode(_ type: Bool.Type) throws -> Bool { try read(type, YAMLScalar.bool) }
    func decode(_ type: String.Type) throws -> String { try read(type, YAMLScalar.string) }
    func decode(_ type: Double.Type) throws -> Double { try read(type, YAMLScalar.double) }
    func decode(_ type: Float.Type) throws -> Float { Float(try read(Double.self, YAMLScalar.double)) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: decoder)
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let wide = try read(Int64.self, YAMLScalar.integer)
        guard let value = T(exactly: wide) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "\(wide) does not fit"))
        }
        return value
    }

    private func read<T>(_ type: T.Type, _ interpret: (String, Bool) -> T?) throws -> T {
        guard case let .scalar(text, isPlain) = decoder.node.content else {
            throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected a single value"))
        }
        if YAMLScalar.isNull(decoder.node) && type != String.self {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "found null"))
        }
        guard let value = interpret(text, isPlain) else {
            throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "cannot read '\(text)' as \(type)"))
        }
        return value
    }
}

/// A mapping's values by key text (the first, should a key repeat). Mappings in rule files
/// have a handful of keys, and a node is one reference, so a scan of the pairs costs less than
/// building a dictionary for every mapping, though `decodeIfPresent` asks three times per key.
private struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let mapping: YAMLNode
    let pairs: [YAMLNode.Pair]
    let codingPath: [any CodingKey]

    var allKeys: [Key] {
        pairs.compactMap { pair in pair.key.scalarText.flatMap(Key.init(stringValue:)) }
    }

    func contains(_ key: Key) -> Bool { value(for: key) != nil }

    private func value(for key: Key) -> YAMLNode? {
        let text = key.stringValue
        return pairs.first { $0.key.scalarText == text }?.value
    }

    private func decoder(for key: Key) throws -> NodeDecoder {
        guard let value = value(for: key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no key '\(key.stringValue)'"))
        }
        return NodeDecoder(value, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool { try YAMLScalar.isNull(decoder(for: key).node) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder(for: key).singleValueContainer().decode(type)
    }

    // `decodeIfPresent` is the protocol's default: absent or null is nil.

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        NodeDecoder(mapping, codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        NodeDecoder(value(for: key) ?? NodeDecoder.absent(at: mapping.position), codingPath: codingPath + [key])
    }
}

/// A sequence's items in order.
private struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [YAMLNode]
    let codingPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(items: [YAMLNode], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next(_ type: Any.Type) throws -> NodeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "the list has no more items"))
        }
        defer { currentIndex += 1 }
        return NodeDecoder(items[currentIndex], codingPath: codingPath + [IndexKey(currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, YAMLScalar.isNull(items[currentIndex]) else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next(type).singleValueContainer().decode(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next(type).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next([Any].self).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try next(Any.self)
    }
}

/// The coding key of a list item.
private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}
