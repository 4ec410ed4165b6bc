/// A known licence found in a text.
public struct LicenceMatch: Sendable, Equatable, Codable {
    /// The SPDX id reported for this match, with `-only` / `-or-later` when wording decided it.
    public var spdx: String
    /// The reference id the text matched (choosealicense's id, e.g. the bare family `GPL-3.0`).
    public var referenceID: String
    /// The share of the reference licence's word bigrams found in the text, from 0 to 1.
    public var confidence: Double
    /// Sørensen–Dice similarity of the whole text's word bigrams to the reference, from 0 to 1;
    /// lower than `confidence` when the text also holds other material.
    public var similarity: Double

    public init(spdx: String, referenceID: String, confidence: Double, similarity: Double) {
        self.spdx = spdx
        self.referenceID = referenceID
        self.confidence = confidence
        self.similarity = similarity
    }
}
