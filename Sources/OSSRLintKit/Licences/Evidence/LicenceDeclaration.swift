/// A licence stated in metadata rather than shown as licence text: a packaging field, a trove
/// classifier, an `SPDX-License-Identifier:` line, a REUSE annotation.
public struct LicenceDeclaration: Sendable, Equatable, Codable {
    /// Where it was read, e.g. "package.json license" or "src/a.c SPDX-License-Identifier".
    public var source: String
    /// The value as written.
    public var value: String

    public init(source: String, value: String) {
        self.source = source
        self.value = value
    }
}
