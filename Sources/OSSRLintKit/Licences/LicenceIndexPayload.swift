/// The generated payload in `LicenceIndexData`, written by `Scripts/generate-licence-index.py`.
struct LicenceIndexPayload: Sendable {
    /// The SPDX License List release the templates and facts come from.
    var source: String
    /// The word that stands for a placeholder such as "[project]"; no text contains it.
    var placeholder: String
    /// Every template word, most frequent first, separated by spaces; a word's position is its number.
    var vocabulary: String
    /// One template a line: `id<TAB>kind<TAB>program`, kind `l` (licence) or `e` (exception)
    /// with `d` appended when SPDX deprecated the id; `program` numbers the program in `programs`.
    var templates: String
    /// Base64 of the word programs, each a varint length in bytes and then its varints (see
    /// `LicenceProgram` for the instructions). Templates with identical text share one program.
    var programs: String
}
