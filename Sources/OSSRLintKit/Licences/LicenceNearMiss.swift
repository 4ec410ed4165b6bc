/// The known licence closest to a text that matched none, and what differed.
public struct LicenceNearMiss: Sendable, Equatable, Codable {
    /// The SPDX id of the closest reference licence.
    public var spdx: String
    /// Sørensen–Dice similarity of the text's word bigrams to that licence, from 0 to 1.
    public var similarity: Double
    /// Short runs of the reference's normalised words missing from the text, in reference order.
    public var removed: [String]
    /// Short runs of the text's normalised words that the reference lacks, in text order.
    public var added: [String]

    public init(spdx: String, similarity: Double, removed: [String], added: [String]) {
        self.spdx = spdx
        self.similarity = similarity
        self.removed = removed
        self.added = added
    }

    /// A one-line summary such as "closest to 'MIT' (81%): removed 'subject to …'; added 'not'".
    public var summary: String {
        var parts = ["closest to '\(spdx)' (\(Int((similarity * 100).rounded()))%)"]
        if !removed.isEmpty {
            parts.append("removed " + removed.map { "'\($0)'" }.joined(separator: ", "))
        }
        if !added.isEmpty {
            parts.append("added " + added.map { "'\($0)'" }.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}
