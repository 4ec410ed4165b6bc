import Foundation

/// Decides whether text that matches no known licence still reads as a licence, and whether it
/// restricts redistribution.
///
/// A text counts as licence-like when it grants or withholds permission, speaks of copying or
/// distributing, and disclaims warranty or states a restriction, with those words dense enough
/// that a README merely mentioning its licence does not qualify.
struct CustomLicenceHeuristics {
    var isLicenceLike: Bool
    var restrictsRedistribution: Bool
    var notes: [String]

    private static let grantWords: Set<String> = ["permission", "permitted", "granted", "grant", "grants", "licensee", "licensor", "license", "licensed"]
    private static let useWords: Set<String> = ["copy", "copies", "redistribute", "redistribution", "distribute", "distribution", "modify", "modification", "use", "reproduce"]
    private static let disclaimerWords: Set<String> = ["warranty", "warranties", "liable", "liability", "damages"]
    private static let restrictionPhrases = ["may not", "must not", "shall not", "prohibited", "not permitted", "forbidden",
                                             "without prior written", "all rights reserved", "proprietary", "confidential"]
    private static let redistributionRestrictions = ["not redistribute", "not be redistributed", "not distribute", "not be distributed",
                                                     "redistribution is prohibited", "redistribution is not permitted",
                                                     "distribution is prohibited", "distribution is not permitted",
                                                     "all rights reserved", "proprietary", "confidential"]

    /// Notes for the redistribution restrictions among words added to a known licence, quoting them.
    static func restrictionNotes(in added: [String]) -> [String] {
        guard let restriction = redistributionRestrictions.first(where: { WordPhrases.contains($0, in: added) }) else { return [] }
        return ["the added words restrict redistribution ('\(restriction)'); the modified licence is not an open-source licence"]
    }

    static func assess(words: [String], rawText: String) -> CustomLicenceHeuristics {
        // Copyright lines ("All rights reserved") are gone from the normalised words; look in the raw words too.
        let raw = WordPhrases.plainWords(of: rawText)
        let hasGrant = words.contains { grantWords.contains($0) }
        let hasUse = words.contains { useWords.contains($0) }
        let hasDisclaimer = words.contains { disclaimerWords.contains($0) }
        let hasRestriction = restrictionPhrases.contains { WordPhrases.contains($0, in: words) || WordPhrases.contains($0, in: raw) }
        let hits = words.reduce(0) { $0 + (grantWords.contains($1) || useWords.contains($1) || disclaimerWords.contains($1) ? 1 : 0) }
        let dense = words.count >= 20 && Double(hits) >= 0.03 * Double(words.count)
        let isLicenceLike = dense && hasGrant && hasUse && (hasDisclaimer || hasRestriction)
        let restriction = redistributionRestrictions.first { WordPhrases.contains($0, in: words) || WordPhrases.contains($0, in: raw) }
        var notes: [String] = []
        if isLicenceLike, let restriction {
            notes.append("the text restricts redistribution ('\(restriction)'); it is not an open-source licence")
        }
        return CustomLicenceHeuristics(isLicenceLike: isLicenceLike, restrictsRedistribution: isLicenceLike && restriction != nil, notes: notes)
    }
}
