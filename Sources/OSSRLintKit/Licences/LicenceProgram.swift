/// One SPDX template as a word program, and the template match of the SPDX matching guidelines.
///
/// A program is a flat list of instructions, as the generator packs them: a value from
/// `wordBase` on is a required word (its vocabulary number + `wordBase`); `optional n` is
/// followed by `n` values that may be absent as a whole (`<optional>`, `<titleText>`);
/// `alternatives k` is followed by `k` alternatives, each a length and its values (an `<alt>`
/// whose pattern is a finite set of strings); `wildcard n` matches up to `n` words (an `<alt>`
/// with an open pattern, or a `<copyrightText>`), but never a *term word* (see
/// `LicenceMatchText`), so a wildcard cannot swallow a "not" or a governing-law clause;
/// `bullet` matches up to three list-marker words or nothing.
///
/// Matching tracks the *set* of text positions the program may have reached, so optional parts,
/// alternatives and wildcards need no backtracking: the set is almost always one position.
struct LicenceProgram: Sendable {
    static let optional: Int32 = 0
    static let alternatives: Int32 = 1
    static let wildcard: Int32 = 2
    static let bullet: Int32 = 3
    static let wordBase: Int32 = 4

    let ops: [Int32]

    /// A program that matches no text: a choice among no alternatives.
    static let matchingNothing = LicenceProgram(ops: [alternatives, 0])

    /// The kinds of the entries of `canonicalWords`.
    enum Slot: UInt8, Sendable {
        case required, optional, variable, gap
    }

    /// The furthest text position a match of the whole program that starts at `start` can end
    /// at, or nil when the program does not match there.
    func matchEnd(from start: Int, in text: LicenceMatchText) -> Int? {
        let ends = advance(0..<ops.count, from: [start], in: text)
        return ends.last
    }

    /// Runs `ops[range]` from every position of `positions` (sorted, distinct); returns the
    /// sorted distinct positions it can end at.
    private func advance(_ range: Range<Int>, from positions: [Int], in text: LicenceMatchText) -> [Int] {
        var set = positions
        var index = range.lowerBound
        let count = text.ids.count
        while index < range.upperBound && !set.isEmpty {
            let op = ops[index]
            if op >= Self.wordBase {
                let word = op - Self.wordBase
                if set.count == 1 {
                    // The common case: one position, a run of required words.
                    var position = set[0]
                    while index < range.upperBound, ops[index] >= Self.wordBase {
                        guard position < count, text.ids[position] == ops[index] - Self.wordBase else { return [] }
                        position += 1
                        index += 1
                    }
                    set[0] = position
                    continue
                }
                set = set.compactMap { $0 < count && text.ids[$0] == word ? $0 + 1 : nil }
                index += 1
            } else if op == Self.optional {
                let length = Int(ops[index + 1])
                let inner = advance((index + 2)..<(index + 2 + length), from: set, in: text)
                set = Self.union(set, inner)
                index += 2 + length
            } else if op == Self.alternatives {
                var choice = index + 2
                var reached: [Int] = []
                for _ in 0..<Int(ops[index + 1]) {
                    let length = Int(ops[choice])
                    reached = Self.union(reached, advance((choice + 1)..<(choice + 1 + length), from: set, in: text))
                    choice += 1 + length
                }
                set = reached
                index = choice
            } else if op == Self.wildcard {
                let limit = Int(ops[index + 1])
                let isClause = limit >= LicenceMatchText.clauseWildcard
                var reached = set
                for position in set {
                    var end = position
                    while end < count && end - position < limit && !text.isTerm[end] && (isClause || !text.isWeakTerm[end]) {
                        end += 1
                        reached.append(end)
                    }
                }
                set = Self.sortedUnique(reached)
                index += 2
            } else {
                // A bullet is up to three marker or part words ("article 3", "第 1 条"), or nothing.
                var reached = set
                for position in set {
                    var end = position
                    while end < count && end - position < 3 && text.isMarker[end] {
                        end += 1
                        reached.append(end)
                    }
                }
                set = Self.sortedUnique(reached)
                index += 1
            }
        }
        return set
    }

    private static func union(_ a: [Int], _ b: [Int]) -> [Int] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        return sortedUnique(a + b)
    }

    private static func sortedUnique(_ values: [Int]) -> [Int] {
        let sorted = values.sorted()
        var unique: [Int] = []
        unique.reserveCapacity(sorted.count)
        for value in sorted where unique.last != value {
            unique.append(value)
        }
        return unique
    }

    /// The first words of each place a text of this template can begin: the first required
    /// words, and the first words of each optional part before them (a title, a preamble).
    var anchors: [[Int32]] {
        var anchors: [[Int32]] = []
        func leadingWords(from start: Int, to end: Int) -> [Int32] {
            var words: [Int32] = []
            var index = start
            while index < end && words.count < 4 {
                let op = ops[index]
                if op >= Self.wordBase {
                    words.append(op - Self.wordBase)
                    index += 1
                } else if op == Self.bullet {
                    index += 1
                } else if op == Self.optional && words.isEmpty {
                    index += 2 + Int(ops[index + 1])
                } else if op == Self.wildcard && words.isEmpty {
                    index += 2
                } else {
                    break
                }
            }
            return words
        }
        // The leading optional parts, and those nested at their own start (a title the
        // generator made optional inside a <titleText>).
        func optionalAnchors(from start: Int, to end: Int) {
            var index = start
            while index < end {
                let op = ops[index]
                if op == Self.optional {
                    let length = Int(ops[index + 1])
                    let inner = leadingWords(from: index + 2, to: index + 2 + length)
                    if inner.count >= 2 { anchors.append(inner) }
                    optionalAnchors(from: index + 2, to: index + 2 + length)
                    index += 2 + length
                } else if op == Self.wildcard {
                    index += 2
                } else if op == Self.bullet {
                    index += 1
                } else {
                    break
                }
            }
        }
        optionalAnchors(from: 0, to: ops.count)
        let required = leadingWords(from: 0, to: ops.count)
        if !required.isEmpty { anchors.append(required) }
        return anchors
    }

    /// How many words every match needs (outside optional parts and alternatives).
    var requiredWordCount: Int {
        var words: [Int32] = []
        appendRequiredWords(to: &words)
        return words.count
    }

    /// Appends the words every match needs, in order, to `words`: one walk without the
    /// canonical sequence's per-word tuples, since the index does this for every program on load.
    func appendRequiredWords(to words: inout [Int32]) {
        var index = 0
        while index < ops.count {
            let op = ops[index]
            if op >= Self.wordBase {
                words.append(op - Self.wordBase)
                index += 1
            } else if op == Self.optional {
                index += 2 + Int(ops[index + 1])
            } else if op == Self.alternatives {
                var choice = index + 2
                for _ in 0..<Int(ops[index + 1]) {
                    choice += 1 + Int(ops[choice])
                }
                index = choice
            } else if op == Self.wildcard {
                index += 2
            } else {
                index += 1
            }
        }
    }

    /// Whether every length stays inside the program and every word is in the vocabulary, so
    /// matching cannot read out of bounds.
    func isWellFormed(vocabularyCount: Int) -> Bool {
        func check(_ range: Range<Int>) -> Bool {
            var index = range.lowerBound
            while index < range.upperBound {
                let op = ops[index]
                if op >= Self.wordBase {
                    guard Int(op - Self.wordBase) < vocabularyCount else { return false }
                    index += 1
                } else if op == Self.bullet {
                    index += 1
                } else if op < 0 || index + 1 >= range.upperBound {
                    return false
                } else if op == Self.optional {
                    let length = Int(ops[index + 1])
                    guard length >= 0, index + 2 + length <= range.upperBound, check((index + 2)..<(index + 2 + length)) else { return false }
                    index += 2 + length
                } else if op == Self.alternatives {
                    var choice = index + 2
                    for _ in 0..<max(0, Int(ops[index + 1])) {
                        guard choice < range.upperBound else { return false }
                        let length = Int(ops[choice])
                        guard length >= 0, choice + 1 + length <= range.upperBound, check((choice + 1)..<(choice + 1 + length)) else { return false }
                        choice += 1 + length
                    }
                    index = choice
                } else {
                    guard ops[index + 1] >= 0 else { return false }
                    index += 2
                }
            }
            return true
        }
        return check(0..<ops.count)
    }

    /// The template as one word sequence for a diff: optional words marked optional, the first
    /// alternative's words marked variable, a wildcard as one gap that no word equals.
    var canonicalWords: [(word: Int32, slot: Slot)] {
        var out: [(word: Int32, slot: Slot)] = []
        func walk(_ range: Range<Int>, _ slot: Slot) {
            var index = range.lowerBound
            while index < range.upperBound {
                let op = ops[index]
                if op >= Self.wordBase {
                    out.append((op - Self.wordBase, slot))
                    index += 1
                } else if op == Self.bullet {
                    index += 1
                } else if op == Self.optional {
                    let length = Int(ops[index + 1])
                    walk((index + 2)..<(index + 2 + length), slot == .variable ? .variable : .optional)
                    index += 2 + length
                } else if op == Self.alternatives {
                    var choice = index + 2
                    for number in 0..<Int(ops[index + 1]) {
                        let length = Int(ops[choice])
                        if number == 0 {
                            if length == 0 { out.append((-1, .gap)) }
                            walk((choice + 1)..<(choice + 1 + length), .variable)
                        }
                        choice += 1 + length
                    }
                    index = choice
                } else {
                    out.append((-1, .gap))
                    index += 2
                }
            }
        }
        walk(0..<ops.count, .required)
        return out
    }
}
