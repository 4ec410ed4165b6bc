/// `REUSE.toml`, as far as licences go: each annotation's licence and the paths it covers.
struct ReuseTomlDocument: Decodable {
    struct Annotation: Decodable {
        var licence: String?
        /// `path` as written: one pattern or a list of them.
        var paths: [String]

        enum CodingKeys: String, CodingKey {
            case licence = "SPDX-License-Identifier"
            case path
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            licence = try container.decodeIfPresent(String.self, forKey: .licence)
            if let list = try? container.decode([String].self, forKey: .path) {
                paths = list
            } else {
                paths = (try container.decodeIfPresent(String.self, forKey: .path)).map { [$0] } ?? []
            }
        }

        /// Whether every path it covers is documentation, metadata or media rather than the
        /// software: such an annotation says nothing of the software's licence (hermes
        /// licenses its docs CC-BY-SA-4.0 and its metadata files CC0-1.0, its code Apache-2.0).
        var coversOnlyOtherFiles: Bool {
            !paths.isEmpty && paths.allSatisfy(ReuseTomlDocument.isOtherFiles)
        }
    }

    var annotations: [Annotation]?

    private static let otherFolders = ["doc/", "docs/", "documentation/", ".github/", ".gitlab/", "LICENSES/", ".reuse/", "assets/", "images/", "img/", "logo/"]
    private static let otherSuffixes = [".md", ".rst", ".txt", ".png", ".svg", ".jpg", ".jpeg", ".gif", ".ico", ".pdf", ".cff", ".toml", ".json",
                                        ".yml", ".yaml", ".cfg", ".ini", ".lock", ".license", "README", "CHANGELOG", ".gitignore"]

    static func isOtherFiles(_ pattern: String) -> Bool {
        otherFolders.contains { pattern.hasPrefix($0) } || otherSuffixes.contains { pattern.hasSuffix($0) }
    }
}
