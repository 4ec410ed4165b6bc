/// A coding key for any string: used to see which keys a mapping really has.
struct AnyCodingKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

extension Decoder {
    /// Throws for the first key of this mapping that is not in `known`, pointing at it and
    /// suggesting the closest known key.
    func rejectUnknownKeys(_ known: [String], in what: @autoclosure () -> String) throws {
        // The common case, every key known, read straight off the YAML mapping: a keyed
        // container would first index every value (this runs for each rule and its options).
        if let decoder = self as? NodeDecoder, case let .mapping(pairs) = decoder.node.content,
           pairs.allSatisfy({ pair in pair.key.scalarText.map(known.contains) ?? false }) {
            return
        }
        let container = try self.container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys where !known.contains(key.stringValue) {
            let valuePosition = try? container.superDecoder(forKey: key).position
            var message = "unknown key '\(key.stringValue)' in \(what())"
            if let suggestion = Spelling.closest(to: key.stringValue, among: known) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += " (expected one of: \(known.joined(separator: ", ")))"
            }
            let keyPosition = valuePosition?.ofKey(key.stringValue)
            throw PositionedError(message: message, position: keyPosition, unknownKey: (codingPath.map(PositionedError.Step.init), key.stringValue))
        }
    }

    /// A semantic error at this node.
    func error(_ message: String) -> PositionedError {
        PositionedError(message: message, position: position)
    }
}
