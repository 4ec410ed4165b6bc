/// What `LicenceIndex.identify(_:)` concluded about one text.
public struct LicenceIdentification: Sendable, Equatable, Codable {
    /// The SPDX expression for the text: known licences joined by `AND` (or `OR` when the text
    /// offers a choice), `LicenseRef-custom` for licence-like text that matches no known
    /// licence, or nil when the text is not a licence.
    public var expression: String?
    /// The known licences found, in the order they appear in the text.
    public var matches: [LicenceMatch]
    /// The closest known licence when nothing matched and something came near.
    public var closestNonMatch: LicenceNearMiss?
    /// Whether the GPL-family wording in the text itself decided `-only` or `-or-later`.
    public var laterVersionWording: LicenceVersionWording?
    /// Human-readable remarks: assumptions made, restrictions seen, licences folded together.
    public var notes: [String]

    public init(expression: String?, matches: [LicenceMatch], closestNonMatch: LicenceNearMiss?,
                laterVersionWording: LicenceVersionWording?, notes: [String]) {
        self.expression = expression
        self.matches = matches
        self.closestNonMatch = closestNonMatch
        self.laterVersionWording = laterVersionWording
        self.notes = notes
    }

    /// Whether the text was recognised as a licence that is not a known one.
    public var isCustomLicence: Bool {
        expression?.hasPrefix("LicenseRef-") ?? false
    }
}
