/// The annotations of a REUSE.toml, each naming paths and their licence.
struct ReuseTomlDocument: Decodable {
    struct Annotation: Decodable {
        var licence: String?

        enum CodingKeys: String, CodingKey {
            case licence = "SPDX-License-Identifier"
        }
    }

    var annotations: [Annotation]?
}
