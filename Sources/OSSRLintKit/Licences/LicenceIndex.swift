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
    let references: [LicenceReference]

    /// The SPDX License List release the facts table was generated from.
    public let source: String

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
                packedWords: licence.words)
        }
        return LicenceIndex(vocabulary: vocabulary, wordIndex: wordIndex, references: references, source: payload.source)
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
        if let lesser = matched.firstIndex(where: { references[$0.reference].id == "LGPL-3.0" }),
           let general = matched.firstIndex(where: { references[$0.reference].id == "GPL-3.0" }) {
            _ = lesser
            matched.remove(at: general)
            notes.append("the 'GPL-3.0' text is part of 'LGPL-3.0', which incorporates it")
        }
        if matched.isEmpty {
            return unmatched(words: words, rawText: rawText, indices: indices, known: known, scores: scores, notes: notes)
        }

        let coverage = coveredPositions(indices: indices, by: chosen.map { references[$0.reference] })
        let residual = indices.indices.filter { !coverage.covered[$0] }.map { words[$0] }
        let wording = LicenceVersionWording.find(inWords: residual, rawText: rawText)
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
        var all = Set<UInt64>(minimumCapacity: indices.count)
        var known: [UInt32] = []
        known.reserveCapacity(indices.count)
        let limit = vocabulary.count
        for position in 0..<(indices.count - 1) {
            let first = indices[position]
            let second = indices[position + 1]
            all.insert(UInt64(first) << 32 | UInt64(second))
            if first < limit && second < limit {
                known.append(UInt32(first) << 16 | UInt32(second))
            }
        }
        known.sort()
        var unique: [UInt32] = []
        unique.reserveCapacity(known.count)
        for key in known where unique.last != key {
            unique.append(key)
        }
        return (unique, all.count)
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
            .filter { $0.containment >= Self.candidateContainment && $0.shared >= 8 && hasDistinctivePart(references[$0.reference], known: known) }
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

    /// Marks the words that belong to a matched licence's text (body or appendix), and where
    /// each licence starts: its first run of three consecutive bigrams.
    private func coveredPositions(indices: [Int], by matched: [LicenceReference]) -> Coverage {
        var covered = [Bool](repeating: false, count: indices.count)
        var first: [Int: Int] = [:]
        let limit = vocabulary.count
        for reference in matched {
            guard let referenceIndex = references.firstIndex(where: { $0.id == reference.id }) else { continue }
            var run = 0
            for position in 0..<(indices.count - 1) {
                let a = indices[position]
                let b = indices[position + 1]
                if a < limit && b < limit && reference.contains(UInt32(a) << 16 | UInt32(b)) {
                    covered[position] = true
                    covered[position + 1] = true
                    run += 1
                    if run == 3 && first[referenceIndex] == nil {
                        first[referenceIndex] = position - 2
                    }
                } else {
                    run = 0
                }
            }
        }
        return Coverage(covered: covered, firstPosition: first)
    }

    /// Whether words outside the licence texts offer a choice ("dual licensed", "at your option").
    static func offersChoice(_ residual: [String]) -> Bool {
        let joined = " " + residual.joined(separator: " ") + " "
        let phrases = [" dual licensed ", " dual license ", " dually licensed ", " dual licensing ", " licensed under either ",
                       " under either of ", " either of the following ", " at your choice ", " your choice of ",
                       " choose either ", " choice of license ", " choice of the "]
        if phrases.contains(where: { joined.contains($0) }) {
            return true
        }
        var searchStart = joined.startIndex
        while let range = joined.range(of: " at your option ", range: searchStart..<joined.endIndex) {
            let following = joined[range.upperBound...].split(separator: " ").prefix(4)
            if !following.contains("later") {
                return true
            }
            searchStart = range.upperBound
        }
        return false
    }

    private func unmatched(words: [String], rawText: String, indices: [Int], known: [UInt32], scores: [Score], notes: [String]) -> LicenceIdentification {
        var notes = notes
        var nearMiss: LicenceNearMiss?
        if let best = scores.max(by: { $0.similarity < $1.similarity }), best.similarity >= Self.nearMissSimilarity {
            nearMiss = LicenceWordDiff.nearMiss(reference: references[best.reference], similarity: Self.rounded(best.similarity),
                                                vocabulary: vocabulary, inputWords: words, inputIndices: indices, known: known)
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
