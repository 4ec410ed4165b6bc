/// What one licence file was identified as.
public struct LicenceFileVerdict: Sendable, Equatable, Codable {
    public var path: String
    /// The SPDX expression for the file: known ids, `LicenseRef-…` for a custom licence,
    /// `NOASSERTION` when the file matches nothing known.
    public var spdx: String
    /// How much of the licence text was found, from 0 to 1 (the lowest over the file's licences).
    public var confidence: Double

    public init(path: String, spdx: String, confidence: Double) {
        self.path = path
        self.spdx = spdx
        self.confidence = confidence
    }
}
