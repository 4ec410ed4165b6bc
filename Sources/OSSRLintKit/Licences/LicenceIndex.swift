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
    let wordIndex: VocabularyTable
    let placeholderIndex: Int?
    let references: [LicenceReference]
    /// Every bigram key of any reference body or appendix, sorted; a key's position is its id.
    let keys: [UInt32]
    /// The inverted index of the bodies: the references holding key id `k` are
    /// `bodyPostings[bodyPostingStarts[k]..<bodyPostingStarts[k + 1]]`.
    let bodyPostingStarts: [Int32]
    let bodyPostings: [UInt8]
    /// The inverted index of the appendices, laid out as the bodies' one.
    let appendixPostingStarts: [Int32]
    let appendixPostings: [UInt8]

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
        let payload = LicenceIndexData.payload
        // Split on the bytes: Character-wise splitting of the ~10k-word string was a fifth of
        // the load.
        var vocabulary: [String] = []
        var text = payload.vocabulary
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == 0x20 {
                if index > start { vocabulary.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            if bytes.count > start { vocabulary.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        }
        let wordIndex = VocabularyTable(vocabulary)
        let keys = try LicenceReference.unpack32(payload.keys, licence: "index", field: "keys")
        guard payload.licences.count <= Int(UInt8.max) else {
            throw LicenceIndexError.malformedPayload("more licences than the inverted index can name")
        }
        let references = try payload.licences.map { licence in
            let bodyIDs = try LicenceReference.unpack16(licence.body, licence: licence.id, field: "body")
            let appendixIDs = try LicenceReference.unpack16(licence.appendix, licence: licence.id, field: "appendix")
            guard bodyIDs.allSatisfy({ Int($0) < keys.count }) else {
                throw LicenceIndexError.malformedArray(licence: licence.id, field: "body")
            }
            guard appendixIDs.allSatisfy({ Int($0) < keys.count }) else {
                throw LicenceIndexError.malformedArray(licence: licence.id, field: "appendix")
            }
            return LicenceReference(
                id: licence.id, title: licence.title, isSuffixedFamily: licence.suffixed, twins: licence.twins,
                body: bodyIDs.map { keys[Int($0)] },
                appendix: appendixIDs.map { keys[Int($0)] },
                bodyIDs: bodyIDs, appendixIDs: appendixIDs,
                distinctive: try LicenceReference.unpack32(licence.distinctive, licence: licence.id, field: "distinctive"),
                variable: try LicenceReference.unpack32(licence.variable, licence: licence.id, field: "variable"),
                words: try LicenceReference.unpack16(licence.words, licence: licence.id, field: "words"))
        }
        let body = postings(references.map(\.bodyIDs), keyCount: keys.count)
        let appendix = postings(references.map(\.appendixIDs), keyCount: keys.count)
        return LicenceIndex(vocabulary: vocabulary, wordIndex: wordIndex, placeholderIndex: wordIndex.index(of: payload.placeholder),
                            references: references, keys: keys,
                            bodyPostingStarts: body.starts, bodyPostings: body.licences,
                            appendixPostingStarts: appendix.starts, appendixPostings: appendix.licences,
                            source: payload.source)
    }

    /// Inverts per-licence key id lists into, per key id, the licences holding it.
    private static func postings(_ lists: [[UInt16]], keyCount: Int) -> (starts: [Int32], licences: [UInt8]) {
        // Through buffers: ~70k ids per table, and bounds checks on each made this a tenth of
        // the load. Ids are below `keyCount` (checked by `load`).
        var starts = [Int32](repeating: 0, count: keyCount + 1)
        starts.withUnsafeMutableBufferPointer { starts in
            for list in lists {
                for id in list { starts[Int(id) + 1] &+= 1 }
            }
            for id in 0..<keyCount {
                starts[id + 1] &+= starts[id]
            }
        }
        var next = starts
        var licences = [UInt8](repeating: 0, count: Int(starts[keyCount]))
        next.withUnsafeMutableBufferPointer { next in
            licences.withUnsafeMutableBufferPointer { licences in
                for (licence, list) in lists.enumerated() {
                    for id in list {
                        licences[Int(next[Int(id)])] = UInt8(truncatingIfNeeded: licence)
                        next[Int(id)] &+= 1
                    }
                }
            }
        }
        return (starts, licences)
    }

    /// The reference ids the index knows, as choosealicense spells them (bare GNU family ids).
    public var referenceIDs: [String] { references.map(\.id) }

    /// Identifies the licence or licences in `text`; see the type's documentation for the rules.
    public func identify(_ text: String) -> LicenceIdentification {
        identify(LicenceTextNormaliser.normalisedWords(of: text), rawText: text)
    }

    /// Identifies text already normalised, for callers that need its words for something else too.
    func identify(_ words: NormalisedLicenceWords, rawText: String) -> LicenceIdentification {
        let (indices, unknownWords) = wordIndex.indices(of: words, vocabularyCount: vocabulary.count)
        return identify(indices: indices, unknownWords: unknownWords, rawText: rawText)
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

    /// Identifies a text from its words as vocabulary indices; indices from `vocabulary.count` on
    /// stand for `unknownWords`, in order.
    func identify(indices: [Int], unknownWords: [String], rawText: String) -> LicenceIdentification {
        guard indices.count >= 2 else {
            return LicenceIdentification(expression: nil, matches: [], closestNonMatch: nil, laterVersionWording: nil, notes: [])
        }
        // Strings are made from the indices only where a step needs words: most texts need few.
        func word(_ index: Int) -> String {
            index < vocabulary.count ? vocabulary[index] : unknownWords[index - vocabulary.count]
        }
        let (known, distinctCount) = bigramKeys(indices)
        let knownIDs = keyIDs(of: known)
        let table = BigramTable(keys: known, values: knownIDs)
        let scores = scores(knownIDs: knownIDs, knownCount: known.count, inputCount: distinctCount)
        let chosen = chooseMatches(scores: scores, known: known, knownIDs: knownIDs, table: table)

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
            return unmatched(words: indices.map(word), rawText: rawText, indices: indices, known: known, scores: scores, notes: notes)
        }

        let coverage = coveredPositions(indices: indices, by: chosen, table: table)
        let residual = indices.indices.filter { !coverage.covered[$0] }.map { word(indices[$0]) }
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
        Self.radixSort(&known)
        var unique: [UInt32] = []
        unique.reserveCapacity(known.count)
        for value in known where unique.last != value {
            unique.append(value)
        }
        return (unique, unique.count + Self.sortedUnique(other).count)
    }

    /// Sorts keys in three linear passes of 11 bits each; a comparison sort of a long licence's
    /// bigrams cost more than all the scoring. Short texts are sorted as usual.
    private static func radixSort(_ values: inout [UInt32]) {
        guard values.count > 1024 else {
            values.sort()
            return
        }
        var buffer = [UInt32](repeating: 0, count: values.count)
        var starts = [Int](repeating: 0, count: 2049)
        for shift in [UInt32(0), 11, 22] {
            values.withUnsafeBufferPointer { source in
                buffer.withUnsafeMutableBufferPointer { target in
                    starts.withUnsafeMutableBufferPointer { starts in
                        for bucket in 0..<starts.count { starts[bucket] = 0 }
                        for value in source {
                            starts[Int((value >> shift) & 0x7FF) + 1] += 1
                        }
                        for bucket in 0..<2048 {
                            starts[bucket + 1] += starts[bucket]
                        }
                        for value in source {
                            let bucket = Int((value >> shift) & 0x7FF)
                            target[starts[bucket]] = value
                            starts[bucket] += 1
                        }
                    }
                }
            }
            swap(&values, &buffer)
        }
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

    /// The ids of the sorted keys `known` in the table of all reference keys; -1 where no
    /// reference has the bigram (an optional would double the array and its traffic).
    ///
    /// A binary search in the sorted `keys`, each one starting where the last one ended: a text
    /// has a few thousand keys, so this costs tens of microseconds, while a hash table of the
    /// 20,000 reference keys cost every process about 1 ms to build.
    private func keyIDs(of known: [UInt32]) -> [Int32] {
        var ids: [Int32] = []
        ids.reserveCapacity(known.count)
        var start = 0
        for key in known {
            var low = start
            var high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle] < key { low = middle + 1 } else { high = middle }
            }
            ids.append(low < keys.count && keys[low] == key ? Int32(low) : -1)
            start = low
        }
        return ids
    }

    /// Scores every reference, counting its bigrams in the text through the inverted index.
    private func scores(knownIDs: [Int32], knownCount: Int, inputCount: Int) -> [Score] {
        var bodyShared = [Int](repeating: 0, count: references.count)
        var appendixShared = [Int](repeating: 0, count: references.count)
        for id in knownIDs where id >= 0 {
            let id = Int(id)
            for posting in Int(bodyPostingStarts[id])..<Int(bodyPostingStarts[id + 1]) {
                bodyShared[Int(bodyPostings[posting])] += 1
            }
            for posting in Int(appendixPostingStarts[id])..<Int(appendixPostingStarts[id + 1]) {
                appendixShared[Int(appendixPostings[posting])] += 1
            }
        }
        return references.indices.map { index in
            let bodyCount = references[index].body.count
            // A text with a quarter of the licence's bigrams cannot match it nor come near.
            guard bodyCount > 0, Double(knownCount) >= 0.25 * Double(bodyCount) else {
                return Score(reference: index, shared: 0, containment: 0, similarity: 0)
            }
            let shared = bodyShared[index]
            let effectiveInput = max(inputCount - appendixShared[index], 0)
            let similarity = 2 * Double(shared) / Double(bodyCount + effectiveInput)
            return Score(reference: index, shared: shared, containment: Double(shared) / Double(bodyCount), similarity: similarity)
        }
    }

    private func chooseMatches(scores: [Score], known: [UInt32], knownIDs: [Int32], table: BigramTable) -> [Score] {
        let candidates = scores
            .filter {
                $0.containment >= Self.candidateContainment && $0.shared >= 8
                    && hasDistinctivePart(references[$0.reference], known: known)
                    && editCount(references[$0.reference], known: table) <= references[$0.reference].editBudget
            }
            .sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.reference < $1.reference }
        var chosen: [Score] = []
        guard !candidates.isEmpty else { return chosen }
        // Bit sets over key ids: the text's reference bigrams, and those chosen licences explain.
        var present = [UInt64](repeating: 0, count: (keys.count + 63) / 64)
        for id in knownIDs where id >= 0 {
            let id = Int(id)
            present[id >> 6] |= 1 << UInt64(id & 63)
        }
        var explained = [UInt64](repeating: 0, count: present.count)
        for candidate in candidates {
            let reference = references[candidate.reference]
            var fresh = 0
            for id in reference.bodyIDs {
                let word = Int(id) >> 6
                let bit = UInt64(1) << UInt64(id & 63)
                fresh += present[word] & bit != 0 && explained[word] & bit == 0 ? 1 : 0
            }
            if chosen.isEmpty || Double(fresh) >= Self.newMaterialShare * Double(reference.body.count) {
                chosen.append(candidate)
                for id in reference.bodyIDs + reference.appendixIDs {
                    explained[Int(id) >> 6] |= present[Int(id) >> 6] & (UInt64(1) << UInt64(id & 63))
                }
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
    func editCount(_ reference: LicenceReference, known: BigramTable) -> Int {
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
            if known.contains(key) {
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
    private func coveredPositions(indices: [Int], by matched: [Score], table: BigramTable) -> Coverage {
        var covered = [Bool](repeating: false, count: indices.count)
        var first: [Int: Int] = [:]
        let limit = vocabulary.count
        // The key id of every bigram of the text, -1 where no reference has it.
        let positionIDs = (0..<(indices.count - 1)).map { position -> Int in
            let a = indices[position]
            let b = indices[position + 1]
            guard a < limit && b < limit else { return -1 }
            return Int(table.value(for: UInt32(a) << 16 | UInt32(b)) ?? -1)
        }
        for item in matched {
            let reference = references[item.reference]
            var inBodySet = [UInt64](repeating: 0, count: (keys.count + 63) / 64)
            var inAppendixSet = inBodySet
            for id in reference.bodyIDs { inBodySet[Int(id) >> 6] |= 1 << UInt64(id & 63) }
            for id in reference.appendixIDs { inAppendixSet[Int(id) >> 6] |= 1 << UInt64(id & 63) }
            var runs: [(start: Int, end: Int, body: Int)] = []
            var runStart: Int?
            var bodyCount = 0
            for position in 0..<(indices.count - 1) {
                let id = positionIDs[position]
                let bit = id < 0 ? 0 : UInt64(1) << UInt64(id & 63)
                let inBody = id >= 0 && inBodySet[id >> 6] & bit != 0
                let member = inBody || (id >= 0 && inAppendixSet[id >> 6] & bit != 0)
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
    /// Phrases that offer a choice of licences, split into words once.
    private static let choicePhrases: [[String]] = [
        "dual licensed", "dual license", "dually licensed", "dual licensing", "licensed under either",
        "under either of", "either of the following", "at your choice", "your choice of",
        "choose either", "choice of license", "choice of the",
    ].map { $0.split(separator: " ").map(String.init) }
    private static let choiceFirstWords = Set(choicePhrases.map { $0[0] } + ["at"])

    static func offersChoice(_ residual: [String]) -> Bool {
        // One pass: a phrase is tried only where the text has one of the phrases' first words.
        for start in residual.indices where choiceFirstWords.contains(residual[start]) {
            for phrase in choicePhrases where phrase[0] == residual[start] && residual[start...].starts(with: phrase) {
                return true
            }
            // "at your option" offers a choice unless it is about later versions.
            if residual[start...].starts(with: ["at", "your", "option"]),
               !residual[(start + 3)..<min(residual.count, start + 7)].contains("later") {
                return true
            }
        }
        return false
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
