import Yams

/// The check kinds a rule may name, by id. A constant table: adding a kind means adding it here.
public enum CheckRegistry {
    public static let kinds: [any CheckKind.Type] = [
        PathExistsCheck.self,
        PathAbsentCheck.self,
        ContentMatchesCheck.self,
        ContentAbsentCheck.self,
        SecretsAbsentCheck.self,
        KeywordVocabularyCheck.self,
        JSONValidCheck.self,
        YAMLValidCheck.self,
        KeyPresentCheck.self,
        TagExistsCheck.self,
        BlobSizeLimitCheck.self,
        CommitRecencyCheck.self,
        ContainerRecipeCheck.self,
        DocumentationCheck.self,
        CIConfigCheck.self,
        CIJobCheck.self,
        ImagePinnedCheck.self,
        TestsPresentCheck.self,
        ReleaseTagsCheck.self,
        CodeMetaCheck.self,
        CitationFileCheck.self,
        ZenodoJSONCheck.self,
        ReleaseVersionsCheck.self,
        LicenceCheck.self,
    ]

    static let byID: [String: any CheckKind.Type] = Dictionary(uniqueKeysWithValues: kinds.map { ($0.id, $0) })

    public static func kind(named id: String) -> (any CheckKind.Type)? { byID[id] }

    /// Decodes `kind`'s options from `decoder` (a missing `options` key means all defaults),
    /// rejecting keys the kind does not document, and configures the check.
    static func configure(_ kind: any CheckKind.Type, from decoder: (any Decoder)?) throws -> any CheckKind {
        try configure(kind: kind, decoder: decoder)
    }

    private static func configure<Kind: CheckKind>(kind: Kind.Type, decoder: (any Decoder)?) throws -> any CheckKind {
        let options: Kind.Options
        if let decoder {
            try decoder.rejectUnknownKeys(Kind.optionsHelp.map(\.name), in: "the options of check '\(Kind.id)'")
            options = try Kind.Options(from: decoder)
        } else {
            options = try Kind.Options(from: NodeDecoder.emptyMapping)
        }
        do {
            return try Kind(options: options)
        } catch {
            throw PositionedError(message: error.message, position: decoder?.position)
        }
    }
}
