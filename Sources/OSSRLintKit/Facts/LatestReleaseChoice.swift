import GitKit

/// Which final release tag is "the latest release" of a linted commit, as a person would say:
/// the highest version *in the commit's history*, unless that version is an outlier — a
/// version above a release tagged later in the same line of history, which is a typo (ctaplot
/// tagged `0.21` in 2019 meaning 0.2.1; its real latest release is `v0.6.5`, 2025).
///
/// Version order alone took `0.21` as ctaplot's latest release, and took a release tagged after
/// the linted commit (`--rev v0.4.0` while `v0.5.0` exists) as one it should have reached.
enum LatestReleaseChoice {
    struct Candidate {
        var index: Int
        var name: String
        var version: ReleaseVersion
        var commit: ObjectID
        var date: Int64?
    }

    struct Choice: Equatable {
        /// The chosen tag's position in the candidates' source (the collector's tag list).
        var index: Int
        /// Why this tag, when version order alone would have said something else.
        var reason: String?
    }

    /// The choice among `candidates` (final releases on commits) for `head`, asking
    /// `isAncestor(a, b)` — is `a` in `b`'s history; nil when it cannot be told (a shallow
    /// clone) — as few times as it can: usually twice.
    static func choose(_ candidates: [Candidate], head: ObjectID, isAncestor: (ObjectID, ObjectID) -> Bool?) -> Choice? {
        // Highest version first, taken one at a time: the first is usually the answer, and
        // sorting a thousand tags' versions cost 10 ms for that one.
        var remaining = candidates
        func nextHighest() -> Candidate? {
            guard let best = remaining.indices.max(by: { ranksBelow(remaining[$0], remaining[$1]) }) else { return nil }
            return remaining.remove(at: best)
        }
        var reachable: [Int: Bool?] = [:]
        func inHistory(_ candidate: Candidate) -> Bool? {
            if let known = reachable[candidate.index] { return known }
            let answer = isAncestor(candidate.commit, head)
            reachable[candidate.index] = answer
            return answer
        }
        var passedOver: [String] = []
        while let candidate = nextHighest() {
            switch inHistory(candidate) {
            case false?:
                passedOver.append("'\(candidate.name)' is not in the linted commit's history")
                continue
            case nil:
                // History unreadable: version order, as before, and the rules say why.
                return Choice(index: candidate.index, reason: nil)
            case true?:
                break
            }
            // An outlier: a lower version tagged later, in the history, with this one in its
            // history. Only releases tagged after this one are asked about, newest first: in a
            // repository whose versions grow with time there are none, and nothing is asked.
            if let tagged = candidate.date {
                let later = candidates.filter { $0.version < candidate.version && ($0.date ?? .min) > tagged }
                    .sorted { ($0.date ?? .min, $0.name) > ($1.date ?? .min, $1.name) }
                if let newest = later.first(where: { inHistory($0) == true }), isAncestor(candidate.commit, newest.commit) == true {
                    passedOver.append("'\(candidate.name)' is a higher version tagged before '\(newest.name)' in the same history (a mistyped version?)")
                    continue
                }
            }
            return Choice(index: candidate.index, reason: passedOver.isEmpty ? nil : passedOver.joined(separator: "; "))
        }
        return nil
    }

    /// Version order; between equal versions (`v1.0` and `1.0.0`) the name that sorts first
    /// ranks higher, so the choice does not depend on the order tags were listed in.
    private static func ranksBelow(_ left: Candidate, _ right: Candidate) -> Bool {
        if left.version != right.version { return left.version < right.version }
        return left.name > right.name
    }
}
