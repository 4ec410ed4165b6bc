/// One SPDX licence or exception template the index knows.
struct LicenceTemplate: Sendable {
    /// The SPDX id, e.g. `GPL-2.0-only` or `Classpath-exception-2.0`.
    var id: String
    /// Whether this is a licence exception (used after `WITH`), not a licence.
    var isException: Bool
    /// Whether SPDX deprecated the id (another id names the same text).
    var isDeprecated: Bool
    /// The index of the template's word program in `LicenceIndex.programs`.
    var program: Int
}
