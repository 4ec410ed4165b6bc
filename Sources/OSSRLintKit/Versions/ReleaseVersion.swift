/// A release version read from a tag name or a declared version string, ordered by version
/// precedence rather than by text (`v2.1 > v2.0.1`, `1.10 > 1.9`, `1.0.0-rc.1 < 1.0.0`,
/// `1.0.dev1 < 1.0a1 < 1.0 < 1.0.post1`).
///
/// Accepted spellings: an optional `v` or `V` prefix followed by a SemVer 2.0, two-part,
/// PEP 440 or CalVer version (see ``VersionScheme``). Other prefixes such as `release-1.2` or
/// `mypkg-1.2` are rejected on purpose: a word prefix usually names a family of tags (docs,
/// a sub-package), and guessing which families are releases would order unrelated tags
/// against each other. The OSSR recommends `vX.Y.Z`, which is accepted.
///
/// Equality follows precedence, as PEP 440 and SemVer define it: trailing zero release parts
/// and SemVer build metadata do not change a version, so `2.1 == 2.1.0` and
/// `1.0.0+build.1 == 1.0.0`. Use ``agreement(with:)`` to tell an identical spelling from an
/// equivalent one.
public struct ReleaseVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The text as given, prefix included (`v1.2.3`).
    public let tag: String
    /// The scheme the text was recognised as.
    public let scheme: VersionScheme
    /// The PEP 440 epoch (`1!2.0` has epoch 1); 0 for every other scheme.
    public let epoch: Int
    /// The numeric release parts: `[1, 2, 3]` for `1.2.3`.
    public let release: [Int]
    /// The pre-release label, if any: `rc.1` in SemVer, `a1` in PEP 440.
    public let preRelease: [PreReleaseIdentifier]?
    /// The PEP 440 post-release number, if any.
    public let postRelease: Int?
    /// The PEP 440 development-release number, if any.
    public let devRelease: Int?
    /// SemVer build metadata or a PEP 440 local label; ignored by ordering and equality.
    public let build: String?
    /// Whether `tag` is valid SemVer 2.0 syntax: exactly three numeric parts without leading
    /// zeros, with optional pre-release and build parts, after an optional `v`. This is about
    /// syntax only, so a CalVer `2024.1.15` also qualifies.
    public let isSemVer: Bool

    /// Reads a tag name or version string, or returns nil when it is not a version in any of
    /// the supported schemes.
    public init?(tag: String) {
        guard let parsed = VersionParser.parse(tag) else { return nil }
        self.tag = tag
        scheme = parsed.scheme
        epoch = parsed.epoch
        release = parsed.release
        preRelease = parsed.preRelease
        postRelease = parsed.postRelease
        devRelease = parsed.devRelease
        build = parsed.build
        isSemVer = parsed.isSemVer
    }

    /// A final release is neither a pre-release nor a development release; post-releases and
    /// versions with build metadata are final.
    public var isFinal: Bool { preRelease == nil && devRelease == nil }

    /// The version without prefix, in the canonical spelling of its scheme: SemVer as is, PEP
    /// 440 normalised (`1.0-RC1` becomes `1.0rc1`).
    public var normalized: String {
        var text = epoch == 0 ? "" : "\(epoch)!"
        text += release.map(String.init).joined(separator: ".")
        if let preRelease {
            let label = preRelease.map(\.description)
            text += scheme == .pep440 ? label.joined() : "-" + label.joined(separator: ".")
        }
        if let postRelease { text += ".post\(postRelease)" }
        if let devRelease { text += ".dev\(devRelease)" }
        if let build { text += "+" + build }
        return text
    }

    public var description: String { normalized }

    /// How a declared version relates to this one.
    public func agreement(with other: ReleaseVersion) -> VersionAgreement {
        if normalized == other.normalized { return .identical }
        return self == other ? .equivalent : .different
    }

    /// The latest final release among tag names, ignoring names that are not versions and
    /// pre- or development releases. Among tags of equal precedence (`v1.0` and `1.0.0`) the
    /// greatest name in Unicode order wins, so the answer never depends on input order.
    public static func latestFinal(among tagNames: some Sequence<String>) -> ReleaseVersion? {
        var best: ReleaseVersion?
        for name in tagNames {
            guard let version = ReleaseVersion(tag: name), version.isFinal else { continue }
            if let current = best {
                if current < version || (current == version && current.tag < version.tag) { best = version }
            } else {
                best = version
            }
        }
        return best
    }

    // MARK: Precedence

    /// Trailing zeros do not count: `2.1` and `2.1.0` are the same release.
    private var significantRelease: ArraySlice<Int> {
        var end = release.count
        while end > 1, release[end - 1] == 0 { end -= 1 }
        return release[..<end]
    }

    /// PEP 440's sort key, which SemVer versions fit into (they never have post or dev parts):
    /// a development release of a final version sorts before its pre-releases, a missing
    /// pre-release sorts after any pre-release, a missing dev part after any dev part.
    private enum Slot: Comparable {
        case belowAll
        case value([PreReleaseIdentifier])
        case aboveAll

        static func < (lhs: Slot, rhs: Slot) -> Bool {
            switch (lhs, rhs) {
            case (.belowAll, .belowAll), (.aboveAll, _): false
            case (.belowAll, _), (_, .aboveAll): true
            case (.value, .belowAll): false
            case let (.value(left), .value(right)): left.lexicographicallyPrecedes(right)
            }
        }
    }

    private var preSlot: Slot {
        if let preRelease { return .value(preRelease) }
        return (postRelease == nil && devRelease != nil) ? .belowAll : .aboveAll
    }

    private var postSlot: Slot { postRelease.map { .value([.numeric($0)]) } ?? .belowAll }
    private var devSlot: Slot { devRelease.map { .value([.numeric($0)]) } ?? .aboveAll }

    public static func < (lhs: ReleaseVersion, rhs: ReleaseVersion) -> Bool {
        if lhs.epoch != rhs.epoch { return lhs.epoch < rhs.epoch }
        let left = lhs.significantRelease, right = rhs.significantRelease
        if left != right {
            for index in 0..<max(left.count, right.count) {
                let a = index < left.count ? left[left.startIndex + index] : 0
                let b = index < right.count ? right[right.startIndex + index] : 0
                if a != b { return a < b }
            }
        }
        if lhs.preSlot != rhs.preSlot { return lhs.preSlot < rhs.preSlot }
        if lhs.postSlot != rhs.postSlot { return lhs.postSlot < rhs.postSlot }
        return lhs.devSlot < rhs.devSlot
    }

    public static func == (lhs: ReleaseVersion, rhs: ReleaseVersion) -> Bool {
        lhs.epoch == rhs.epoch && lhs.significantRelease == rhs.significantRelease
            && lhs.preSlot == rhs.preSlot && lhs.postSlot == rhs.postSlot && lhs.devSlot == rhs.devSlot
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(epoch)
        hasher.combine(Array(significantRelease))
        hasher.combine(preRelease)
        hasher.combine(postRelease)
        hasher.combine(devRelease)
    }
}
