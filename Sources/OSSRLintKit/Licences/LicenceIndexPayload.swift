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
    /// The word programs' values (see `LicenceProgram` for the instructions), packed as
    /// `PackedDigits`, one program after another. Templates with identical text share one program.
    var programs: String
    /// Three values per program: its length in digits, its number of required words, and of
    /// distinct required words (the words every match needs, outside optional parts and choices).
    var programTable: String
    /// Per vocabulary word in order: how many programs require it, then their numbers, each as
    /// the gap from the one before (the first from 0).
    var postings: String
}
