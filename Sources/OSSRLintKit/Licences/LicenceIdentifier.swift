/// One identification of a text against the licence index; see `LicenceIndex` for the rules.
struct LicenceIdentifier {
    let index: LicenceIndex
    let text: LicenceMatchText
    let unknownWords: [String]
    let rawText: String

    /// A template's share of the text: where it matches exactly, or comes close.
    private struct Part {
        var range: Range<Int>
        var program: Int
        var kind: Kind
        enum Kind {
            case exact, modified(LicenceTemplateDiff, similarity: Double), custom, statement
        }
    }

    private struct Ranked {
        var program: Int
        var containment: Double
        var dice: Double
    }

    /// Candidates must hold this share of a template's distinct words to be tried.
    static let candidateContainment = 0.6
    static let maximumCandidates = 80
    static let containedCandidate = 0.9
    /// A part closer than this to a template (Sørensen–Dice over distinct words), with most of
    /// the template's required words in order, is a modification of it.
    static let modifiedDice = 0.5
    static let modifiedRequiredShare = 0.6
    /// Templates this short match too easily inside other text to count on their own.
    static let minimumRequiredWords: Int32 = 8

    func identify() -> LicenceIdentification {
        let count = text.ids.count
        guard count >= 2 else {
            return LicenceIdentification(expression: nil, matches: [], closestNonMatch: nil, laterVersionWording: nil, notes: [])
        }
        let ranked = rank(0..<count)
        var parts = exactParts(ranked)
        // The text around the exact matches, judged piece by piece.
        var gaps: [Range<Int>] = []
        var position = 0
        for part in parts {
            if part.range.lowerBound > position { gaps.append(position..<part.range.lowerBound) }
            position = part.range.upperBound
        }
        if position < count { gaps.append(position..<count) }
        parts = absorbingNeighbours(of: parts, gaps: &gaps)
        let hasExactPart = !parts.isEmpty
        for gap in gaps {
            parts.append(judge(gap, whole: !hasExactPart, ranked: hasExactPart ? nil : ranked))
        }
        parts.sort { $0.range.lowerBound < $1.range.lowerBound }
        parts = modifyingTheOnlyLicence(parts)

        let residualWords = parts.filter { if case .exact = $0.kind { return false } else { return true } }
            .flatMap { $0.range.map { index.word(text.ids[$0], unknownWords: unknownWords) } }
        let wording = LicenceVersionWording.find(nearGNUMentionIn: residualWords, rawText: rawText)
        let offersChoice = LicenceIndex.offersChoice(residualWords)
        return conclusion(parts: parts, wording: wording, offersChoice: offersChoice)
    }

    private func diff(_ range: Range<Int>, program: Int) -> LicenceTemplateDiff? {
        LicenceTemplateDiff.diff(text: text, range: range, program: index.programs[program]) {
            index.word($0, unknownWords: unknownWords)
        }
    }

    /// A long stretch next to an exact match that the match's template nearly explains when
    /// taken with it is a changed part of that licence (an optional appendix, say), not a text
    /// of its own: the two become one part, modified unless only what the template lets vary differs.
    private func absorbingNeighbours(of parts: [Part], gaps: inout [Range<Int>]) -> [Part] {
        var parts = parts
        for (number, part) in parts.enumerated() {
            for gap in gaps where gap.lowerBound == part.range.upperBound || gap.upperBound == part.range.lowerBound {
                // A text that opens as the template opens (its optional title, say) holds the
                // licence from there: what lies between that opening and the match is inside
                // the licence, however little of it the template explains.
                let opensAsTemplate = gap.lowerBound == 0 && gap.upperBound == part.range.lowerBound && opens(gap, as: part.program)
                guard gap.count >= Self.minimumAbsorbedGap || opensAsTemplate else { continue }
                let combined = min(gap.lowerBound, part.range.lowerBound)..<max(gap.upperBound, part.range.upperBound)
                guard let diff = diff(combined, program: part.program), opensAsTemplate || diff.unexplainedCount * 4 <= gap.count else { continue }
                let similarity = rank(combined).first { $0.program == part.program }?.dice ?? 0
                parts[number] = Part(range: combined, program: part.program,
                                     kind: diff.isEmpty ? .exact : .modified(diff, similarity: similarity))
                gaps.removeAll { $0 == gap }
                break
            }
        }
        return parts
    }

    static let minimumAbsorbedGap = 20

    /// Whether `range` begins with the first words of a place the program can begin at (its
    /// optional title or preamble, or its first required words).
    private func opens(_ range: Range<Int>, as program: Int) -> Bool {
        index.programs[program].anchors.contains { anchor in
            anchor.count <= range.count && anchor.indices.allSatisfy { text.ids[range.lowerBound + $0] == anchor[$0] }
        }
    }

    private func words(_ range: Range<Int>) -> [String] {
        range.map { index.word(text.ids[$0], unknownWords: unknownWords) }
    }

    /// Ranks the programs by the share of their distinct words found in `range`.
    private func rank(_ range: Range<Int>) -> [Ranked] {
        let limit = Int32(index.vocabulary.count)
        var seen = [Bool](repeating: false, count: index.vocabulary.count)
        var shared = [Int32](repeating: 0, count: index.programs.count)
        var distinct = 0
        var unknown = Set<Int32>()
        for position in range {
            let id = text.ids[position]
            if id >= limit {
                if unknown.insert(id).inserted { distinct += 1 }
                continue
            }
            guard !seen[Int(id)] else { continue }
            seen[Int(id)] = true
            distinct += 1
            for posting in Int(index.postingStarts[Int(id)])..<Int(index.postingStarts[Int(id) + 1]) {
                shared[Int(index.postings[posting])] += 1
            }
        }
        return shared.indices.compactMap { program in
            let words = Double(index.programWordCounts[program])
            guard shared[program] > 0, words > 0 else { return nil }
            let found = Double(shared[program])
            return Ranked(program: program, containment: found / words, dice: 2 * found / (words + Double(distinct)))
        }
    }

    /// The templates that match exactly, taken longest first where they do not overlap.
    private func exactParts(_ ranked: [Ranked]) -> [Part] {
        let count = text.ids.count
        // The common case first: the whole text is one licence.
        // A program only deprecated ids name (an old "GPL-3.0+" text) comes after current ones.
        let best = ranked.sorted { $0.dice > $1.dice }.prefix(4)
        for candidate in best.filter({ !index.programIsDeprecated[$0.program] }) + best.filter({ index.programIsDeprecated[$0.program] })
        where candidate.containment >= Self.candidateContainment {
            if index.programs[candidate.program].matchEnd(from: 0, in: text) == count {
                return [Part(range: 0..<count, program: candidate.program, kind: .exact)]
            }
        }
        // The closest templates, and any template the text holds nearly all of (a short
        // licence inside a long file is never close to the whole file).
        let byDice = ranked.filter { $0.containment >= Self.candidateContainment && index.programRequiredCounts[$0.program] >= Self.minimumRequiredWords }
            .sorted { $0.dice != $1.dice ? $0.dice > $1.dice : $0.program < $1.program }
        let candidates = (Array(byDice.prefix(Self.maximumCandidates)) + byDice.dropFirst(Self.maximumCandidates).filter { $0.containment >= Self.containedCandidate })
        var positions: [Int32: [Int]] = [:]
        for (position, id) in text.ids.enumerated() {
            positions[id, default: []].append(position)
        }
        // Every match of every candidate, then the longest taken first where they overlap: a
        // licence that holds another (the LGPL-3.0 with the GPL-3.0 it incorporates) wins.
        var found: [Part] = []
        for candidate in candidates {
            let program = index.programs[candidate.program]
            var starts = [0]
            for anchor in program.anchors {
                guard let first = anchor.first, let positions = positions[first] else { continue }
                starts += positions.filter { start in
                    start > 0 && start + anchor.count <= count && (0..<anchor.count).allSatisfy { text.ids[start + $0] == anchor[$0] }
                }
            }
            starts.sort()
            // From each start the longest match; a start inside an earlier match of the same
            // template is part of it.
            var next = 0
            for start in starts where start >= next {
                guard let end = program.matchEnd(from: start, in: text), end > start else { continue }
                found.append(Part(range: start..<end, program: candidate.program, kind: .exact))
                next = end
            }
        }
        found.sort { a, b in
            if a.range.count != b.range.count { return a.range.count > b.range.count }
            let (deprecatedA, deprecatedB) = (index.programIsDeprecated[a.program], index.programIsDeprecated[b.program])
            if deprecatedA != deprecatedB { return !deprecatedA }
            let (countA, countB) = (index.programRequiredCounts[a.program], index.programRequiredCounts[b.program])
            return countA != countB ? countA > countB : a.program < b.program
        }
        var parts: [Part] = []
        for part in found where !parts.contains(where: { $0.range.overlaps(part.range) }) {
            parts.append(part)
        }
        return parts.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// What a stretch of text outside the exact matches is.
    private func judge(_ range: Range<Int>, whole: Bool, ranked: [Ranked]?) -> Part {
        let gapWords = words(range)
        if range.count >= 20 {
            let ranked = ranked ?? rank(range)
            // Only the closest few templates are diffed: a diff costs time with the square of the edits.
            var best: (program: Int, diff: LicenceTemplateDiff, dice: Double)?
            let closest = ranked.filter { $0.containment >= 0.5 && $0.dice >= Self.modifiedDice }.sorted { $0.dice > $1.dice }.prefix(4)
            for candidate in closest {
                guard let diff = diff(range, program: candidate.program) else { continue }
                if let current = best, diff.unexplainedCount >= current.diff.unexplainedCount { continue }
                best = (candidate.program, diff, candidate.dice)
                if diff.isEmpty { break }
            }
            if let best, best.dice >= Self.modifiedDice,
               Double(best.diff.matchedRequired) >= Self.modifiedRequiredShare * Double(best.diff.required) {
                // Nothing differs beyond what the template lets vary: the template's own
                // flexibility, which the strict match does not try in every combination.
                if best.diff.isEmpty {
                    return Part(range: range, program: best.program, kind: .exact)
                }
                return Part(range: range, program: best.program, kind: .modified(best.diff, similarity: best.dice))
            }
            if CustomLicenceHeuristics.assess(words: gapWords, rawText: whole ? rawText : "").isLicenceLike && !LicenceIndex.offersChoice(gapWords) {
                if let best {
                    return Part(range: range, program: best.program, kind: .custom)
                }
                return Part(range: range, program: -1, kind: .custom)
            }
        }
        // Words that change what a licence grants ("not", "commercial", governing law …) next
        // to a licence are terms of their own, however short.
        if range.count >= Self.minimumTermsLength && !LicenceIndex.offersChoice(gapWords)
            && range.contains(where: { text.isTerm[$0] }) && !Self.isCopyrightNotice(gapWords) {
            return Part(range: range, program: -1, kind: .custom)
        }
        return Part(range: range, program: -1, kind: .statement)
    }

    static let minimumTermsLength = 6

    /// Terms beside the only licence of a text change that licence (an added restriction, a
    /// governing-law clause): the text is that licence modified, with the terms as added
    /// words, not the licence and something else. Beside several licences they stay a part.
    private func modifyingTheOnlyLicence(_ parts: [Part]) -> [Part] {
        let licences = parts.filter {
            switch $0.kind {
            case .exact, .modified: return true
            default: return false
            }
        }
        let terms = parts.filter { if case .custom = $0.kind { return true } else { return false } }
        guard licences.count == 1, let licence = licences.first, !terms.isEmpty else { return parts }
        var diff: LicenceTemplateDiff
        var similarity = 1.0
        switch licence.kind {
        case .modified(let own, let ownSimilarity):
            diff = own
            similarity = ownSimilarity
        default:
            diff = LicenceTemplateDiff(removed: [], added: [], matchedRequired: 0, required: 0)
        }
        var merged = licence.range
        for term in terms {
            diff.added.append(term.range.map { text.ids[$0] })
            merged = min(merged.lowerBound, term.range.lowerBound)..<max(merged.upperBound, term.range.upperBound)
        }
        var result = parts.filter { part in !terms.contains { $0.range == part.range } && part.range != licence.range }
        result.append(Part(range: merged, program: licence.program, kind: .modified(diff, similarity: similarity)))
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static let titleWords: Set<String> = ["license", "licenses", "version", "attribution", "unlicense", "agreement", "terms", "conditions"]

    private func conclusion(parts: [Part], wording: LicenceVersionWording?, offersChoice: Bool) -> LicenceIdentification {
        var notes: [String] = []
        var matches: [LicenceMatch] = []
        var expressionParts: [String] = []
        var nearMiss: LicenceNearMiss?
        let total = Double(text.ids.count)
        let hasLicence = parts.contains { if case .statement = $0.kind { return false } else { return true } }
        for (number, part) in parts.enumerated() {
            switch part.kind {
            case .exact:
                let spdx = index.spdxID(program: part.program, wording: wording, notes: &notes)
                let template = index.templates[index.programTemplates[part.program][0]]
                if template.isException {
                    if let last = expressionParts.indices.last, !expressionParts[last].contains(" WITH ") {
                        expressionParts[last] += " WITH " + spdx
                    } else {
                        // An exception text alone names the exception; the licence it modifies is elsewhere.
                        expressionParts.append(spdx)
                    }
                } else {
                    expressionParts.append(spdx)
                }
                matches.append(LicenceMatch(spdx: spdx, referenceID: index.reportedID(program: part.program).id, confidence: 1,
                                            similarity: ((Double(part.range.count) / total) * 1000).rounded() / 1000))
            case .modified(let diff, let similarity):
                let id = index.reportedID(program: part.program).id
                expressionParts.append("LicenseRef-modified-" + id)
                let miss = nearMissDescription(program: part.program, diff: diff, similarity: similarity)
                notes.append("the text modifies '\(id)': " + miss.differences)
                if nearMiss == nil { nearMiss = miss }
                let added = diff.added.flatMap { $0.map { index.word($0, unknownWords: unknownWords) } }
                notes += CustomLicenceHeuristics.restrictionNotes(in: added)
            case .custom:
                let isWhole = parts.count == 1
                expressionParts.append(isWhole ? "LicenseRef-custom" : "LicenseRef-additional-terms")
                let custom = CustomLicenceHeuristics.assess(words: words(part.range), rawText: isWhole ? rawText : "")
                if isWhole {
                    notes.append("licence-like text that matches no known licence")
                } else {
                    let excerpt = words(part.range).prefix(12).joined(separator: " ")
                    notes.append("the text adds licence-like terms beyond the matched licences: '\(excerpt) …'")
                }
                notes += custom.notes
                if part.program >= 0, let diff = diff(part.range, program: part.program) {
                    let dice = rank(part.range).first { $0.program == part.program }?.dice ?? 0
                    let miss = nearMissDescription(program: part.program, diff: diff, similarity: dice)
                    if isWhole { notes.append(miss.summary) }
                    if nearMiss == nil && isWhole { nearMiss = miss }
                }
            case .statement:
                guard hasLicence else { continue }
                let gapWords = words(part.range)
                // A title, or a copyright notice, around a licence is neither a licence nor a statement about one.
                if gapWords.count <= 12 && gapWords.contains(where: { Self.titleWords.contains($0) }) {
                    continue
                }
                if gapWords.count <= 40 && Self.isCopyrightNotice(gapWords) {
                    continue
                }
                let place = number == 0 ? "before" : number == parts.count - 1 ? "after" : "between"
                let excerpt = gapWords.prefix(12).joined(separator: " ") + (gapWords.count > 12 ? " …" : "")
                notes.append("text \(place) the licence\(place == "between" ? "s" : ""), not part of it: '\(excerpt)'")
            }
        }
        // The LGPL-3.0 is a set of additional permissions on top of the GPL-3.0, and is often
        // shipped together with it; the pair is one licence, not two.
        if matches.contains(where: { $0.referenceID == "LGPL-3.0" }),
           let general = matches.firstIndex(where: { $0.referenceID == "GPL-3.0" }) {
            let spdx = matches[general].spdx
            matches.remove(at: general)
            if let position = expressionParts.firstIndex(of: spdx) { expressionParts.remove(at: position) }
            notes.append("the 'GPL-3.0' text is part of 'LGPL-3.0', which incorporates it")
        }
        if offersChoice && expressionParts.count > 1 {
            notes.append("the text offers a choice between the licences")
        }
        return LicenceIdentification(expression: LicenceExpressionJoiner.join(expressionParts, offersChoice: offersChoice),
                                     matches: matches, closestNonMatch: nearMiss,
                                     laterVersionWording: matches.isEmpty ? nil : wording, notes: notes)
    }

    /// Whether words read as copyright notices only: each "copyright" or "c" starts a short notice.
    static func isCopyrightNotice(_ words: [String]) -> Bool {
        guard let first = words.first, first == "copyright" || first == "c" else { return false }
        let notices = words.filter { $0 == "copyright" }.count
        return words.count <= 14 * max(notices, 1) && !words.contains { LicenceMatchText.termWords.contains($0) }
    }

    static let maximumRuns = 6
    static let maximumWordsPerRun = 12

    private func nearMissDescription(program: Int, diff: LicenceTemplateDiff, similarity: Double) -> LicenceNearMiss {
        func runs(_ runs: [[Int32]]) -> [String] {
            runs.prefix(Self.maximumRuns).map { run in
                let shown = run.prefix(Self.maximumWordsPerRun).map { index.word($0, unknownWords: unknownWords) }.joined(separator: " ")
                return run.count > Self.maximumWordsPerRun ? shown + " …" : shown
            }
        }
        return LicenceNearMiss(spdx: index.reportedID(program: program).id, similarity: (similarity * 1000).rounded() / 1000,
                               removed: runs(diff.removed), added: runs(diff.added))
    }
}
