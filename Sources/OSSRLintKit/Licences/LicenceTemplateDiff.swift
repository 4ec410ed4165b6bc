/// The words in which a text differs from a template it does not match: a shortest word diff
/// (Myers' O(ND) algorithm) between the text and the template's canonical word sequence, with
/// what the template lets vary taken out — its optional words when absent, other words where an
/// alternative or a wildcard stands (unless they include a term word), list markers.
struct LicenceTemplateDiff: Sendable {
    /// Runs of template words the text lacks, in template order.
    var removed: [[Int32]]
    /// Runs of text words the template does not have, in text order.
    var added: [[Int32]]
    /// Template words (required ones) the text has, in order.
    var matchedRequired: Int
    /// The template's required words.
    var required: Int

    /// How many words differ, on both sides.
    var unexplainedCount: Int {
        removed.reduce(0) { $0 + $1.count } + added.reduce(0) { $0 + $1.count }
    }

    /// Whether nothing but what the template lets vary differs.
    var isEmpty: Bool { removed.isEmpty && added.isEmpty }

    /// Diffs do not go beyond this many edits: a text that far from a template is not a
    /// modification of it, and the diff's cost grows with the square of the edits.
    static let maximumEdits = 600

    /// Nil when the text and the template differ in more than `maximumEdits` words.
    static func diff(text: LicenceMatchText, range: Range<Int>, program: LicenceProgram,
                     spell: (Int32) -> String) -> LicenceTemplateDiff? {
        let canonical = program.canonicalWords
        let a = Array(text.ids[range])
        let b = canonical.map(\.word)
        guard let pairs = matchedPairs(a, b) else { return nil }
        var removed: [[Int32]] = []
        var added: [[Int32]] = []
        var matchedRequired = 0
        var previous = (-1, -1)
        func hunk(upTo next: (Int, Int)) {
            let inserted = (previous.0 + 1)..<next.0
            let deleted = (previous.1 + 1)..<next.1
            guard !inserted.isEmpty || !deleted.isEmpty else { return }
            // A list number the text lacks is formatting: hard wrapping can put "(4)" of
            // "2(a)(4)" at a line start, where list numbering is dropped.
            let lost = deleted.filter { canonical[$0].slot == .required && !(text.isMarkerID(b[$0]) && b[$0] != text.articleID) }.map { b[$0] }
            let flexible = deleted.filter { canonical[$0].slot == .variable || canonical[$0].slot == .gap }
            var extra = inserted.filter { !text.isMarker[range.lowerBound + $0] }
            let hasTerm = extra.contains { text.isTerm[range.lowerBound + $0] }
            let hasGap = flexible.contains { canonical[$0].slot == .gap }
            if !flexible.isEmpty && !hasTerm && extra.count <= (hasGap ? 200 : 3 * flexible.count + 5) {
                extra = []
            }
            // The same letters split or joined otherwise ("sub-licensable" and "sublicensable",
            // "ShareAlike.In" and "ShareAlike. In") are punctuation, not content.
            if !lost.isEmpty && !extra.isEmpty {
                let before = lost.map(spell).joined().filter { $0 != "." }
                let after = extra.map { spell(a[$0]) }.joined().filter { $0 != "." }
                if before == after { return }
            }
            if !lost.isEmpty { removed.append(lost) }
            if !extra.isEmpty { added.append(extra.map { a[$0] }) }
        }
        for pair in pairs {
            hunk(upTo: pair)
            if canonical[pair.1].slot == .required { matchedRequired += 1 }
            previous = pair
        }
        hunk(upTo: (a.count, b.count))
        let required = canonical.filter { $0.slot == .required }.count
        return LicenceTemplateDiff(removed: removed, added: added, matchedRequired: matchedRequired, required: required)
    }

    /// The pairs `(i, j)` with `a[i] == b[j]` of a longest common subsequence, ascending; nil
    /// when more than `maximumEdits` edits separate the sequences.
    static func matchedPairs(_ a: [Int32], _ b: [Int32]) -> [(Int, Int)]? {
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        guard let middle = myers(middleA, middleB) else { return nil }
        var pairs = (0..<prefix).map { ($0, $0) }
        pairs += middle.map { ($0.0 + prefix, $0.1 + prefix) }
        pairs += (0..<suffix).map { (a.count - suffix + $0, b.count - suffix + $0) }
        return pairs
    }

    private static func myers(_ a: [Int32], _ b: [Int32]) -> [(Int, Int)]? {
        let n = a.count
        let m = b.count
        if n == 0 || m == 0 { return [] }
        let limit = min(n + m, maximumEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        for d in 0...limit {
            // The furthest x on each diagonal k before this step, kept for the walk back.
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n && y < m && a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n && y >= m {
                    return backtrack(trace: trace, a: a, b: b, d: d, k: k)
                }
            }
        }
        return nil
    }

    /// Walks back from the end through the recorded steps: each step was one insertion or
    /// deletion followed by a run of equal words, the pairs of the common subsequence.
    private static func backtrack(trace: [[Int]], a: [Int32], b: [Int32], d: Int, k: Int) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        var x = a.count
        var y = b.count
        var k = k
        for step in stride(from: d, through: 1, by: -1) {
            let v = trace[step]
            func at(_ diagonal: Int) -> Int { v[diagonal + step] }
            let previousK = (k == -step || (k != step && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let previousX = at(previousK)
            let runStart = previousK == k + 1 ? previousX : previousX + 1
            while x > runStart {
                x -= 1
                y -= 1
                pairs.append((x, y))
            }
            x = previousX
            y = previousX - previousK
            k = previousK
        }
        while x > 0 && y > 0 {
            x -= 1
            y -= 1
            pairs.append((x, y))
        }
        return pairs.reversed()
    }
}
