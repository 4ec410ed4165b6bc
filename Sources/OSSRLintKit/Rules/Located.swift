import Yams

/// A decoded value and where it was written, for mistakes found only after decoding (an
/// `extends` cycle, a dropped rule no parent has), so that they too point at their line.
struct Located<Value: Decodable>: Decodable {
    var value: Value
    var position: SourcePosition?

    init(from decoder: any Decoder) throws {
        value = try Value(from: decoder)
        position = decoder.position
    }
}
