/// "Did you mean" suggestions by edit distance, for rule files, configuration and metadata keys.
public enum Spelling {
    /// The candidate closest to `word` when it is close enough to be a plausible typo: at most a
    /// third of the word's length, and at least 2 edits allowed. Ties go to the first candidate
    /// in sorted order so suggestions are stable.
    public static func closest(to word: String, among candidates: some Collection<String>) -> String? {
        let limit = max(2, word.count / 3)
        var best: (candidate: String, distance: Int)?
        let length = word.count
        for candidate in candidates.sorted() {
            // The distance is at least the difference in length: a value far longer than every
            // candidate (a 200 KB string where a licence id belongs) is compared with none.
            guard abs(candidate.count - length) <= limit else { continue }
            let distance = editDistance(word, candidate)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Optimal-string-alignment distance (insertions, deletions, substitutions and adjacent
    /// transpositions), case-insensitive, so `licence`→`license` is 1 and `Lisence`→`license` 1.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.lowercased()), b = Array(rhs.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { best = min(best, previousPrevious[j - 2] + 1) }
                current[j] = best
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
