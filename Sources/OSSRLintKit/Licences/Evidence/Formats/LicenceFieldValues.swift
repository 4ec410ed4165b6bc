/// A licence field that metadata formats write as a string, a list, or an object with an id,
/// URL, name or type (`{"@id": "https://spdx.org/licenses/MIT"}`, `{"type": "MIT"}`).
struct LicenceFieldValues: Decodable {
    var values: [String]

    private struct Object: Decodable {
        var id: String?
        var atID: String?
        var url: String?
        var identifier: String?
        var name: String?
        var type: String?
        var text: String?

        enum CodingKeys: String, CodingKey {
            case id, url, identifier, name, type, text
            case atID = "@id"
        }

        var value: String? { identifier ?? atID ?? id ?? url ?? type ?? name ?? text }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let single = try? container.decode(String.self) {
            values = [single]
        } else if let object = try? container.decode(Object.self) {
            values = object.value.map { [$0] } ?? []
        } else if let list = try? container.decode([LicenceFieldValues].self) {
            values = list.flatMap(\.values)
        } else {
            values = []
        }
    }

    /// The same reading of a value parsed with positions (CITATION.cff): a scalar as its text,
    /// an object by its first naming key, a list flattened; null and anything else give nothing.
    init(positioned value: PositionedValue) {
        switch value.kind {
        case .object:
            let text = ["identifier", "@id", "id", "url", "type", "name", "text"].lazy.compactMap { value[$0]?.scalarText }.first
            values = text.map { [$0] } ?? []
        case .array(let elements):
            values = elements.flatMap { LicenceFieldValues(positioned: $0).values }
        default:
            values = value.scalarText.map { [$0] } ?? []
        }
    }
}
