import Foundation

/// The derived licence index: identifies licence texts by comparing their normalised word
/// bigrams with those of 47 reference licences (choosealicense, SPDX ids).
///
/// A reference licence *matches* when most of its bigrams (`LicenceMatch.confidence` ≥ 0.8)
/// are present in the text and, if it has near twins, most of the bigrams that set it apart.
/// Several licences may match one text; they are taken greedily by Sørensen–Dice similarity,
/// and a further licence counts only when most of its bigrams are not already explained by the
/// licences taken before it. That keeps near twins apart (an MIT text also holds most of MIT-0,
/// a BSD-3-Clause text all of BSD-2-Clause) while a file that really holds two licences yields
/// both. The LGPL-3.0 incorporates the GPL-3.0, so a file carrying both texts is LGPL-3.0.
///
/// GNU-family licences (GPL, LGPL, AGPL, GFDL) are reported with `-or-later` or `-only` when
/// wording outside the licence text decides it (see `LicenceVersionWording`). When nothing
/// decides, the bare family id (e.g. `GPL-3.0`) is reported with a note, because assuming
/// `-only` is not safe; note that SPDX itself deprecated the bare ids, so callers should read
/// them as "version known, later-version choice unknown".
public struct LicenceIndex: Sendable {
    let vocabulary: [String]
    let wordIndex: [String: Int]
    let placeholderIndex: Int?
    let references: [LicenceReference]

    /// The SPDX License List release the facts table was generated from.
    public let source: String

    /// The generated index, decoded once per process on first use (a constant, not state). The
    /// SPDX facts table is warmed with it, since every analysis consults both.
    public static let shared: Result<LicenceIndex, any Error> = {
        _ = SPDXLicenceFacts.lookup("MIT")
        return Result { try load() }
    }()

    /// Decodes the generated index.
    public static func load() throws -> LicenceIndex {
        let payload: LicenceIndexPayload
        do {
            payload = try JSONDecoder().decode(LicenceIndexPayload.self, from: Data(LicenceIndexData.json.utf8))
        } catch {
            throw LicenceIndexError.malformedPayload(String(describing: error))
        }
        let vocabulary = payload.vocabulary.split(separator: " ").map(String.init)
        var wordIndex = [String: Int](minimumCapacity: vocabulary.count)
        for (index, word) in vocabulary.enumerated() {
            wordIndex[word] = index
        }
        let references = try payload.licences.map { licence in
            LicenceReference(
                id: licence.id, title: licence.title, isSuffixedFamily: licence.suffixed, twins: licence.twins,
                body: try LicenceReference.unpack32(licence.body, licence: licence.id, field: "body"),
                appendix: try LicenceReference.unpack32(licence.appendix, licence: licence.id, field: "appendix"),
                distinctive: try LicenceReference.unpack32(licence.distinctive, licence: licence.id, field: "distinctive"),
                variable: try LicenceReference.unpack32(licence.variable, licence: licence.id, field: "variable"),
                words: try LicenceReference.unpack16(licence.words, licence: licence.id, field: "words"))
        }
        return LicenceIndex(vocabulary: vocabulary, wordIndex: wordIndex, placeholderIndex: wordIndex[payload.placeholder],
                            references: references, source: payload.source)
    }

    /// The reference ids the index knows, as choosealicense spells them (bare GNU family ids).
    public var referenceIDs: [String] { references.map(\.id) }

    /// Identifies the licence or licences in `text`; see the type's documentation for the rules.
    public func identify(_ text: String) -> LicenceIdentification {
        identify(words: LicenceTextNormaliser.words(of: text), rawText: text)
    }

    static let candidateContainment = 0.8
    static let distinctiveShare = 0.5
    static let newMaterialShare = 0.5
    static let nearMissSimilarity = 0.2

    private struct Score {
        var reference: Int
        var shared: Int
        var containment: Double
        var similarity: Double
    }

    func identify(words: [String], rawText: String) -> LicenceIdentification {
        guard words.count >= 2 else {
            return LicenceIdentification(expression: nil, matches: [], closestNonMatch: nil, laterVersionWording: nil, notes: [])
        }
        let indices = wordIndices(words)
        let (known, distinctCount) = bigramKeys(indices)
        let scores = references.indices.map { score(reference: $0, known: known, inputCount: distinctCount) }
        let chosen = chooseMatches(scores: scores, known: known)

        var notes: [String] = []
        var matched = chosen
        // The LGPL-3.0 is a set of additional permissions on top of the GPL-3.0, and is often
        // shipped together with it; the pair is one licence, not two.
        if matched.contains(where: { references[$0.reference].id == "LGPL-3.0" }),
           let general = matched.firstIndex(where: { references[$0.reference].id == "GPL-3.0" }) {
            matched.remove(at: general)
            notes.append("the 'GPL-3.0' text is part of 'LGPL-3.0', which incorporates it")
        }
        if matched.isEmpty {
            return unmatched(words: words, rawText: rawText, indices: indices, known: known, scores: scores, notes: notes)
        }

        let coverage = coveredPositions(indices: indices, by: chosen)
        let residual = indices.indices.filter { !coverage.covered[$0] }.map { words[$0] }
        let wording = LicenceVersionWording.find(nearGNUMentionIn: residual, rawText: rawText)
        let offersChoice = Self.offersChoice(residual)

        let ordered = matched.sorted { (coverage.firstPosition[$0.reference] ?? .max) < (coverage.firstPosition[$1.reference] ?? .max) }
        var matches: [LicenceMatch] = []
        for item in ordered {
            let reference = references[item.reference]
            let spdx = Self.spdxID(for: reference, wording: wording, notes: &notes)
            matches.append(LicenceMatch(spdx: spdx, referenceID: reference.id,
                                        confidence: Self.rounded(item.containment), similarity: Self.rounded(item.similarity)))
        }
        let expression = LicenceExpressionJoiner.join(matches.map(\.spdx), offersChoice: offersChoice)
        // Terms added beside a known licence (an extra restriction, say) do not change the match
        // but must not pass unseen.
        if residual.count >= 20, CustomLicenceHeuristics.assess(words: residual, rawText: "").isLicenceLike {
            let excerpt = residual.prefix(12).joined(separator: " ")
            notes.append("the text adds licence-like terms beyond the matched licences: '\(excerpt) …'")
        }
        if offersChoice && matches.count > 1 {
            notes.append("the text offers a choice between the licences")
        }
        return LicenceIdentification(expression: expression, matches: matches, closestNonMatch: nil,
                                     laterVersionWording: wording, notes: notes)
    }

    /// The SPDX id for a matched reference: GNU families get `-only` / `-or-later` when decided.
    static func spdxID(for reference: LicenceReference, wording: LicenceVersionWording?, notes: inout [String]) -> String {
        guard reference.isSuffixedFamily else { return reference.id }
        switch wording {
        case .orLater: return reference.id + "-or-later"
        case .only: return reference.id + "-only"
        case nil:
            notes.append("no 'or later' statement found for '\(reference.id)'; assuming -only is not safe")
            return reference.id
        }
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }

    private func wordIndices(_ words: [String]) -> [Int] {
        var unknown: [String: Int] = [:]
        return words.map { word in
            if let index = wordIndex[word] { return index }
            if let index = unknown[word] { return index }
            let index = vocabulary.count + unknown.count
            unknown[word] = index
            return index
        }
    }

    /// The sorted unique keys of bigrams made only of vocabulary words, and the number of
    /// distinct bigrams overall.
    private func bigramKeys(_ indices: [Int]) -> ([UInt32], Int) {
        // Sorting arrays is cheaper than hashing every bigram into a set.
        var known: [UInt32] = []
        var other: [UInt64] = []
        known.reserveCapacity(indices.count)
        let limit = vocabulary.count
        for position in 0..<(indices.count - 1) {
            let first = indices[position]
            let second = indices[position + 1]
            if first < limit && second < limit {
                known.append(UInt32(first) << 16 | UInt32(second))
            } else {
                other.append(UInt64(first) << 32 | UInt64(second))
            }
        }
        let unique = Self.sortedUnique(known)
        return (unique, unique.count + Self.sortedUnique(other).count)
    }

    private static func sortedUnique<T: Comparable>(_ values: [T]) -> [T] {
        let sorted = values.sorted()
        var unique: [T] = []
        unique.reserveCapacity(sorted.count)
        for value in sorted where unique.last != value {
            unique.append(value)
        }
        return unique
    }

    private func score(reference index: Int, known: [UInt32], inputCount: Int) -> Score {
        let reference = references[index]
        let bodyCount = reference.body.count
        // A text with a quarter of the licence's bigrams cannot match it nor come near.
        guard bodyCount > 0, Double(known.count) >= 0.25 * Double(bodyCount) else {
            return Score(reference: index, shared: 0, containment: 0, similarity: 0)
        }
        let shared = LicenceReference.sharedCount(reference.body, known)
        let appendixShared = LicenceReference.sharedCount(reference.appendix, known)
        let effectiveInput = max(inputCount - appendixShared, 0)
        let similarity = 2 * Double(shared) / Double(bodyCount + effectiveInput)
        return Score(reference: index, shared: shared, containment: Double(shared) / Double(bodyCount), similarity: similarity)
    }

    private func chooseMatches(scores: [Score], known: [UInt32]) -> [Score] {
        let candidates = scores
            .filter {
                $0.containment >= Self.candidateContainment && $0.shared >= 8
                    && hasDistinctivePart(references[$0.reference], known: known)
                    && editCount(references[$0.reference], known: known) <= references[$0.reference].editBudget
            }
            .sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.reference < $1.reference }
        var chosen: [Score] = []
        var explained = Set<UInt32>()
        for candidate in candidates {
            let reference = references[candidate.reference]
            let shared = Self.sharedKeys(reference.body, known)
            let fresh = shared.reduce(0) { $0 + (explained.contains($1) ? 0 : 1) }
            if chosen.isEmpty || Double(fresh) >= Self.newMaterialShare * Double(reference.body.count) {
                chosen.append(candidate)
                explained.formUnion(shared)
                explained.formUnion(Self.sharedKeys(reference.appendix, known))
            }
        }
        return chosen
    }

    private func hasDistinctivePart(_ reference: LicenceReference, known: [UInt32]) -> Bool {
        guard reference.distinctive.count >= 5 else { return true }
        let found = LicenceReference.sharedCount(reference.distinctive, known)
        return Double(found) >= Self.distinctiveShare * Double(reference.distinctive.count)
    }

    /// Counts the separate places where the text departs from the reference: runs of reference
    /// bigrams the text lacks. An insertion, a deletion and a substitution each break at least one
    /// reference bigram, so every change is seen; runs that only touch a placeholder or a part the
    /// SPDX template lets vary are free.
    func editCount(_ reference: LicenceReference, known: [UInt32]) -> Int {
        let words = reference.words
        guard words.count >= 2 else { return 0 }
        let placeholder = placeholderIndex.map { UInt16($0) }
        var edits = 0
        var inRun = false
        var runIsPlaceholderOnly = true
        for position in 0..<(words.count - 1) {
            let a = words[position]
            let b = words[position + 1]
            let key = UInt32(a) << 16 | UInt32(b)
            if LicenceReference.sortedContains(known, key) {
                if inRun && !runIsPlaceholderOnly { edits += 1 }
                inRun = false
                runIsPlaceholderOnly = true
            } else {
                inRun = true
                if a != placeholder && b != placeholder && !LicenceReference.sortedContains(reference.variable, key) {
                    runIsPlaceholderOnly = false
                }
            }
        }
        if inRun && !runIsPlaceholderOnly { edits += 1 }
        return edits
    }

    static func sharedKeys(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var i = 0
        var j = 0
        var result: [UInt32] = []
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                result.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }

    private struct Coverage {
        var covered: [Bool]
        var firstPosition: [Int: Int]
    }

    static let licenceRunLength = 20

    /// Marks the words that belong to a matched licence's text. A word belongs to it when it lies
    /// in a run of at least `licenceRunLength` consecutive bigrams of that licence (body or
    /// appendix) that starts no earlier than the licence body itself: the first such run made
    /// mostly of body bigrams. Short runs are ordinary phrases ("any later version") that a
    /// statement outside the licence may share with it, and a copy of the how-to-apply wording
    /// placed before the licence is a statement, not the appendix.
    private func coveredPositions(indices: [Int], by matched: [Score]) -> Coverage {
        var covered = [Bool](repeating: false, count: indices.count)
        var first: [Int: Int] = [:]
        let limit = vocabulary.count
        for item in matched {
            let reference = references[item.reference]
            var runs: [(start: Int, end: Int, body: Int)] = []
            var runStart: Int?
            var bodyCount = 0
            for position in 0..<(indices.count - 1) {
                let a = indices[position]
                let b = indices[position + 1]
                let key = UInt32(truncatingIfNeeded: a) << 16 | UInt32(truncatingIfNeeded: b)
                let known = a < limit && b < limit
                let inBody = known && LicenceReference.sortedContains(reference.body, key)
                let member = inBody || (known && LicenceReference.sortedContains(reference.appendix, key))
                if member {
                    if runStart == nil { runStart = position; bodyCount = 0 }
                    if inBody { bodyCount += 1 }
                } else if let start = runStart {
                    runs.append((start, position - 1, bodyCount))
                    runStart = nil
                }
            }
            if let start = runStart {
                runs.append((start, indices.count - 2, bodyCount))
            }
            let long = runs.filter { $0.end - $0.start + 1 >= Self.licenceRunLength }
            let bodyStart = long.first { Double($0.body) >= 0.8 * Double($0.end - $0.start + 1) }?.start
                ?? long.first?.start ?? runs.first?.start
            if let bodyStart {
                first[item.reference] = bodyStart
            }
            for run in long where run.start >= (bodyStart ?? 0) {
                for position in run.start...(run.end + 1) {
                    covered[position] = true
                }
            }
        }
        return Coverage(covered: covered, firstPosition: first)
    }

    /// Whether words outside the licence texts offer a choice ("dual licensed", "at your option").
    static func offersChoice(_ residual: [String]) -> Bool {
        let phrases = ["dual licensed", "dual license", "dually licensed", "dual licensing", "licensed under either",
                       "under either of", "either of the following", "at your choice", "your choice of",
                       "choose either", "choice of license", "choice of the"]
        if phrases.contains(where: { WordPhrases.contains($0, in: residual) }) {
            return true
        }
        // "at your option" offers a choice unless it is about later versions.
        return WordPhrases.positions(of: "at your option", in: residual).contains { start in
            !residual[(start + 3)..<min(residual.count, start + 7)].contains("later")
        }
    }

    private func unmatched(words: [String], rawText: String, indices: [Int], known: [UInt32], scores: [Score], notes: [String]) -> LicenceIdentification {
        var notes = notes
        var nearMiss: LicenceNearMiss?
        if let best = scores.max(by: { $0.similarity < $1.similarity }), best.similarity >= Self.nearMissSimilarity {
            nearMiss = LicenceWordDiff.nearMiss(reference: references[best.reference], similarity: Self.rounded(best.similarity),
                                                vocabulary: vocabulary, placeholder: placeholderIndex,
                                                inputWords: words, inputIndices: indices, known: known)
        }
        let custom = CustomLicenceHeuristics.assess(words: words, rawText: rawText)
        var expression: String?
        if custom.isLicenceLike {
            expression = "LicenseRef-custom"
            notes.append("licence-like text that matches no known licence")
            notes.append(contentsOf: custom.notes)
        }
        if let nearMiss, custom.isLicenceLike {
            notes.append(nearMiss.summary)
        }
        return LicenceIdentification(expression: expression, matches: [], closestNonMatch: nearMiss,
                                     laterVersionWording: nil, notes: notes)
    }
}
