/// How a declared version (in codemeta.json, CITATION.cff …) relates to a release tag.
public enum VersionAgreement: String, Sendable, Hashable, Codable {
    /// The same version spelled the same way once a `v` prefix and PEP 440 spelling variants
    /// are set aside: `2.1` and `v2.1`, `1.0-RC1` and `1.0rc1`.
    case identical
    /// The same version by precedence but spelled differently: `2.1.0` and `v2.1`, or
    /// `1.0.0+build.7` and `1.0.0`. Archives show the declared text, so this is worth a note
    /// but not a failure.
    case equivalent
    /// Different versions, or a declared value that is not a version at all.
    case different
}
