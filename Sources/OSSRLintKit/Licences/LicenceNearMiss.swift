/// The known licence closest to a text (or part of one) that does not match it, and the words
/// that differ from its SPDX template.
public struct LicenceNearMiss: Sendable, Equatable, Codable {
    /// The SPDX id of the closest reference licence.
    public var spdx: String
    /// Sørensen–Dice similarity of the text's distinct words to that licence's, from 0 to 1.
    public var similarity: Double
    /// Runs of the template's required words missing from the text, in template order.
    public var removed: [String]
    /// Runs of the text's words the template neither has nor lets vary, in text order.
    public var added: [String]

    public init(spdx: String, similarity: Double, removed: [String], added: [String]) {
        self.spdx = spdx
        self.similarity = similarity
        self.removed = removed
        self.added = added
    }

    /// A one-line summary such as "closest to 'MIT' (81%); removed 'subject to …'; added 'not'".
    public var summary: String {
        (["closest to '\(spdx)' (\(Int((similarity * 100).rounded()))%)"] + differenceParts).joined(separator: "; ")
    }

    /// The differing words alone, such as "removed 'free of charge'; added 'not'".
    public var differences: String {
        let parts = differenceParts
        return parts.isEmpty ? "no differing words" : parts.joined(separator: "; ")
    }

    private var differenceParts: [String] {
        var parts: [String] = []
        if !removed.isEmpty {
            parts.append("removed " + removed.map { "'\($0)'" }.joined(separator: ", "))
        }
        if !added.isEmpty {
            parts.append("added " + added.map { "'\($0)'" }.joined(separator: ", "))
        }
        return parts
    }
}
