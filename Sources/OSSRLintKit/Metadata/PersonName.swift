/// A person's name split into given and family name, for sources that write it whole (commit
/// authors, packaging metadata).
///
/// "Lovelace, Ada" is family-comma-given, as BibTeX and many `author` fields write it. Otherwise
/// the family name starts at a lower-case particle ("Hugo van Kemenade" → "van Kemenade",
/// "Ludwig van der Rohe" → "van der Rohe"), else it is the last word.
struct PersonName: Sendable, Hashable {
    var given: String?
    var family: String
    /// Whether the split is a guess a person should confirm (more than two words, or a particle).
    var isGuess: Bool

    /// Lower-case words that begin a family name in Dutch, German, French, Italian, Spanish and
    /// Portuguese names.
    static let particles: Set<String> = ["van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "des", "la", "le", "ten", "ter", "dos", "das", "zu"]

    init(_ whole: String) {
        let name = whole.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let comma = name.firstIndex(of: ",") {
            let family = name[..<comma].trimmingCharacters(in: .whitespaces)
            let given = name[name.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            if !family.isEmpty, !given.isEmpty, !given.contains(",") {
                self.init(given: given, family: family, isGuess: false)
                return
            }
        }
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2 else {
            self.init(given: nil, family: name, isGuess: false)
            return
        }
        if let start = words.indices.dropFirst().dropLast().first(where: { Self.particles.contains(words[$0]) }) {
            self.init(given: words[..<start].joined(separator: " "), family: words[start...].joined(separator: " "), isGuess: true)
            return
        }
        self.init(given: words.dropLast().joined(separator: " "), family: words[words.count - 1], isGuess: words.count > 2)
    }

    init(given: String?, family: String, isGuess: Bool) {
        self.given = given
        self.family = family
        self.isGuess = isGuess
    }
}
