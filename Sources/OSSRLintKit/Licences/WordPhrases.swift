/// Phrase search over word sequences, which avoids bridging whole texts to Foundation strings.
enum WordPhrases {
    /// The positions where `phrase` (space-separated words) starts in `words`.
    static func positions(of phrase: String, in words: [String]) -> [Int] {
        let parts = phrase.split(separator: " ").map(String.init)
        guard let first = parts.first, words.count >= parts.count else { return [] }
        var found: [Int] = []
        for start in 0...(words.count - parts.count) where words[start] == first {
            var matches = true
            for offset in 1..<parts.count where words[start + offset] != parts[offset] {
                matches = false
                break
            }
            if matches { found.append(start) }
        }
        return found
    }

    static func contains(_ phrase: String, in words: [String]) -> Bool {
        !positions(of: phrase, in: words).isEmpty
    }

    /// Lower-cased runs of letters and digits of `text`, without any other normalisation.
    static func plainWords(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if LicenceTextNormaliser.isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
