/// A normalised text prepared for template matching: its words as vocabulary numbers, and per
/// word whether it is a term word or a list marker.
///
/// Term words carry a licence's legal content ("not", "non", "commercial", "law", "shall",
/// "terminate" …): a template wildcard may not absorb them, so a wildcard standing for a
/// copyright holder's name cannot hide an inserted restriction or governing-law clause.
struct LicenceMatchText: Sendable {
    /// Vocabulary numbers; words outside the vocabulary are numbered from its size on.
    var ids: [Int32]
    var isTerm: [Bool]
    /// Per word, whether it is a weak term word (see `weakTermWords`).
    var isWeakTerm: [Bool]
    /// Per word, whether it may be part of a bullet (see `isBulletWord`).
    var isMarker: [Bool]
    /// Per vocabulary word, whether it is a list marker (for template words).
    var markerVocabulary: [Bool]
    /// The vocabulary number of "a", a marker-shaped word that is mostly the article.
    var articleID: Int32

    func isMarkerID(_ id: Int32) -> Bool {
        id >= 0 && Int(id) < markerVocabulary.count && markerVocabulary[Int(id)]
    }

    static let termWords: Set<String> = [
        "not", "non", "noncommercial", "commercial", "law", "laws", "jurisdiction", "court", "courts", "governed",
        "terminate", "terminates", "terminated", "termination", "prohibited", "forbidden", "military", "revoke",
        "revoked", "fee", "fees", "royalty", "pay", "payment", "exclusively", "unless", "cannot",
    ]
    /// Term words that a wildcard standing for a whole clause (see `clauseWildcard`) may hold,
    /// since such clauses are written with them ("neither the name … may be used … without").
    static let weakTermWords: Set<String> = ["shall", "must", "no", "without", "except", "only", "nor", "neither", "never"]
    /// Wildcards of at least this many words stand for a clause, not a name.
    static let clauseWildcard = 30

    /// Words that introduce a numbered part ("Article 3", "Section 2.1", "第 1 条"): with the
    /// marker they make a list bullet.
    static let partWords: Set<String> = ["article", "section", "part", "chapter", "clause", "appendix", "exhibit", "schedule", "annex", "第", "条", "条款"]

    /// Whether a word may be part of a bullet: a list marker or a part word.
    static func isBulletWord(_ word: String) -> Bool {
        isMarkerWord(word) || partWords.contains(word)
    }

    /// Whether a word is a list marker: a number of up to three digits, one letter, a short
    /// roman numeral, or such parts joined by dots ("2.1", "ii.1", "2.a": a numbered clause's
    /// part, which the tokenizer keeps as one word).
    static func isMarkerWord(_ word: String) -> Bool {
        var word = word
        return word.withUTF8(isMarkerWord(bytes:))
    }

    /// `isMarkerWord` on a word's UTF-8: the index asks it of every vocabulary word on load.
    static func isMarkerWord(bytes word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty, word.count <= 8, word.allSatisfy({ $0 < 0x80 }) else { return false }
        var start = 0
        for end in 0...word.count where end == word.count || word[end] == UInt8(ascii: ".") {
            guard isMarkerPart(UnsafeBufferPointer(rebasing: word[start..<end])) else { return false }
            start = end + 1
        }
        return true
    }

    private static func isMarkerPart(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !part.isEmpty else { return false }
        if part.count == 1 { return true }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        // "3a", "12b": a numbered clause's lettered part.
        if part.count <= 3, let last = part.last, last >= UInt8(ascii: "a") && last <= UInt8(ascii: "z"), part.dropLast().allSatisfy(isDigit) {
            return true
        }
        if part.allSatisfy(isDigit) { return part.count <= 3 }
        return part.count <= 4 && part.allSatisfy { "ivxl".utf8.contains($0) }
    }
}
