/// The generated payload in `LicenceIndexData`, written by the generator as Swift values.
struct LicenceIndexPayload: Sendable {
    /// One reference licence as the generator wrote it.
    struct Licence: Sendable {
        var id: String
        var title: String
        var suffixed: Bool
        var twins: [String]
        /// Base64 of little-endian `UInt16` positions in `keys` of the body's bigram keys, ascending.
        var body: String
        /// Base64 of the positions in `keys` of the appendix bigram keys that are not in the body, ascending.
        var appendix: String
        /// Base64 of the body bigram keys found in none of the near twins, sorted.
        var distinctive: String
        /// Base64 of the body bigram keys that the SPDX template lets vary (`<alt>`, `<optional>`), sorted.
        var variable: String
        /// Base64 of little-endian `UInt16` vocabulary indices of the body words.
        var words: String
    }

    var source: String
    var vocabulary: String
    /// Base64 of little-endian `UInt32`: every bigram key of any body or appendix, sorted.
    var keys: String
    /// The word that stands for a placeholder such as "[project]" in the reference texts.
    var placeholder: String
    var licences: [Licence]
}
