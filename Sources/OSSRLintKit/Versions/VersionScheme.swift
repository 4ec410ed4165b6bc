/// The versioning scheme a tag name or version string was recognised as.
///
/// The schemes overlap (`2024.1.15` is valid SemVer syntax, `1.2` is valid PEP 440), so a
/// string gets the most specific scheme that explains it: CalVer when the first component
/// looks like a year (`2024.01`, `2024.1.15`, or `24.04` with a zero-padded month), SemVer
/// for exactly three numeric parts without leading zeros (plus SemVer pre-release and build
/// parts), two-part for `X.Y`, and PEP 440 for everything else PEP 440 accepts (epochs,
/// `a`/`b`/`rc`, `.postN`, `.devN`, one or four and more release parts, local labels).
public enum VersionScheme: String, Sendable, Hashable, CaseIterable, Codable {
    /// Semantic Versioning 2.0: `1.2.3`, `1.2.3-rc.1+build.5`.
    case semVer = "semver"
    /// Two numeric parts: `2.1`.
    case twoPart = "two-part"
    /// PEP 440 (Python): `1.2.3a1`, `1.2.3.dev4`, `1.2.3.post1`, `1!2.0`.
    case pep440 = "pep440"
    /// Calendar versioning: `2024.01`, `2024.1.15`, `24.04`.
    case calVer = "calver"
}
