/// Prose that points at a licence without being one, e.g. a README's "licensed under the MIT
/// License". Recorded as evidence; it never overrides a licence file.
public struct LicencePointer: Sendable, Equatable, Codable {
    public var path: String
    /// The sentence fragment that points, as found.
    public var text: String
    /// The licence it names, as an SPDX expression, when that is recognisable.
    public var spdx: String?

    public init(path: String, text: String, spdx: String?) {
        self.path = path
        self.text = text
        self.spdx = spdx
    }
}
