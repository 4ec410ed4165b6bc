/// Builds the short "what differed" word diff between a text and its closest reference licence.
///
/// Rather than a quadratic alignment, the diff works on bigrams: a run of reference bigrams that
/// the text lacks marks words the text removed, a run of text bigrams the reference lacks marks
/// words it added. Only the words inside a run are reported, since its two ends are the shared
/// context around the change.
enum LicenceWordDiff {
    static let maximumRuns = 3
    static let maximumWordsPerRun = 8

    static func nearMiss(reference: LicenceReference, similarity: Double, vocabulary: [String], placeholder: Int?,
                         inputWords: [String], inputIndices: [Int], known: [UInt32]) -> LicenceNearMiss {
        let referenceIndices = reference.words.map(Int.init)
        let referenceWords = referenceIndices.map { $0 == placeholder ? "[…]" : $0 < vocabulary.count ? vocabulary[$0] : "?" }
        let removed = runs(words: referenceWords, indices: referenceIndices, limit: vocabulary.count) {
            LicenceReference.sortedContains(known, $0)
        }
        let added = runs(words: inputWords, indices: inputIndices, limit: vocabulary.count) {
            reference.contains($0)
        }
        return LicenceNearMiss(spdx: reference.id, similarity: similarity, removed: removed, added: added)
    }

    private static func runs(words: [String], indices: [Int], limit: Int, isShared: (UInt32) -> Bool) -> [String] {
        guard indices.count >= 2 else { return [] }
        var result: [String] = []
        var runStart: Int?
        func close(at end: Int) {
            guard let start = runStart else { return }
            runStart = nil
            // Bigrams start...end are missing; words start+1...end are the changed ones.
            guard end >= start + 1 else { return }
            let changed = Array(words[(start + 1)...end])
            var text = changed.prefix(maximumWordsPerRun).joined(separator: " ")
            if changed.count > maximumWordsPerRun {
                text += " …"
            }
            result.append(text)
        }
        for position in 0..<(indices.count - 1) {
            let a = indices[position]
            let b = indices[position + 1]
            let present = a < limit && b < limit && isShared(UInt32(a) << 16 | UInt32(b))
            if present {
                close(at: position - 1)
            } else if runStart == nil {
                runStart = position
            }
            if result.count >= maximumRuns { return result }
        }
        close(at: indices.count - 2)
        return Array(result.prefix(maximumRuns))
    }
}
