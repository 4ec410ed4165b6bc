/// The final releases among a revision's tags, and which of them is the latest and which the
/// highest: worked out once, when the facts are made, because several rules ask. Worked out at
/// each asking, 1,000 tags cost the release rules 1–2 ms each (callgrind: 48 M instructions
/// of a 425 M run on 10k files).
struct ReleaseSummary: Sendable {
    /// The final release tags (no pre-release or development part), in name order.
    let finals: [TagFacts]
    /// The final releases with their versions, in name order.
    let versioned: [(tag: TagFacts, version: ReleaseVersion)]
    /// The final release with the highest version (the first in name order among equals).
    let highest: (tag: TagFacts, version: ReleaseVersion)?
    /// With the release history, the tag `LatestReleaseChoice` chose (nil when no final release
    /// is in the linted commit's history); without it, the highest version.
    let latest: (tag: TagFacts, version: ReleaseVersion)?

    init(tags: [TagFacts], releaseHistory: Bool) {
        finals = tags.filter(\.isFinalRelease)
        versioned = finals.compactMap { tag in tag.version.map { (tag: tag, version: $0) } }
        highest = versioned.max { $0.version < $1.version }
        latest = releaseHistory ? versioned.first { $0.tag.isLatestRelease } : highest
    }
}
