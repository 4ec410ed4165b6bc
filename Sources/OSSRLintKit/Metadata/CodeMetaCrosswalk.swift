/// The ESCAPE OSSR CodeMeta crosswalk (from eossr, see ``eossrVersion``): which keys each
/// CodeMeta version allows, which of them the OSSR requires or recommends, and how they map to
/// Zenodo. The data is generated from `shared/ossr/escape_codemeta_crosswalk.csv`.
public struct CodeMetaCrosswalk: Sendable {
    /// How strongly the OSSR asks for a key.
    public enum Requirement: String, Sendable, Hashable, Codable {
        case required
        case recommended
        case optional
    }

    /// One line of the crosswalk. Version columns are empty where a version lacks the key.
    public struct Row: Sendable, Hashable {
        public let parentType: String
        public let property: String
        public let codeMeta1: String
        public let codeMeta2: String
        public let codeMeta3: String
        public let type: String
        public let zenodo: String
        public let zenodoContributorType: String
        public let requirement: Requirement

        /// The key this row has in a CodeMeta version, or nil.
        public func key(in version: CodeMetaVersion) -> String? {
            let key = switch version {
            case .v1: codeMeta1
            case .v2: codeMeta2
            case .v3: codeMeta3
            }
            return key.isEmpty ? nil : key
        }
    }

    /// The eossr release the table reflects.
    public static let eossrVersion = CodeMetaCrosswalkData.eossrVersion
    /// Every crosswalk line, in file order.
    public static let rows = CodeMetaCrosswalkData.rows

    /// JSON-LD keywords a codemeta.json may use at its top level besides crosswalk keys.
    public static let keywords: Set<String> = ["@context", "@type"]

    private static let allowedByVersion: [CodeMetaVersion: Set<String>] = Dictionary(
        uniqueKeysWithValues: CodeMetaVersion.allCases.map { version in
            (version, Set(rows.compactMap { $0.key(in: version) }).union(keywords))
        }
    )

    /// The top-level keys a version allows, JSON-LD keywords included.
    public static func allowedKeys(in version: CodeMetaVersion) -> Set<String> {
        allowedByVersion[version] ?? keywords
    }

    /// The keys of a version at a requirement level, in crosswalk order.
    public static func keys(_ requirement: Requirement, in version: CodeMetaVersion) -> [String] {
        rows.filter { $0.requirement == requirement }.compactMap { $0.key(in: version) }
    }

    /// The row holding `key` in `version`, if any.
    public static func row(forKey key: String, in version: CodeMetaVersion) -> Row? {
        rows.first { $0.key(in: version) == key }
    }
}
