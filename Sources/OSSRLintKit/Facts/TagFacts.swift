import GitKit

/// One tag of the repository, as release rules see it.
public struct TagFacts: Sendable, Hashable {
    public let name: String
    public let isAnnotated: Bool
    /// The commit the tag points at (peeled); nil for a tag of a blob, a tree or a missing object.
    public let commit: ObjectID?
    /// The tagger's date for an annotated tag, else the commit's.
    public let date: Int64?
    /// The version the name spells (`v1.2.3`, `2024.05`, `1.0rc1`), if any.
    public let version: ReleaseVersion?
    /// How the tagged commit relates to the linted commit; nil when not examined (only the
    /// latest final release and tags on the linted commit are, and only for rules that ask).
    public var relation: TagRelation?
    /// Whether this is the latest release of the linted commit (`LatestReleaseChoice`); set
    /// only when the release history was collected.
    public var isLatestRelease = false
    /// Why this tag is the latest release when version order alone would have said another.
    public var latestReleaseReason: String?

    public init(name: String, isAnnotated: Bool, commit: ObjectID?, date: Int64?, relation: TagRelation? = nil) {
        self.name = name
        self.isAnnotated = isAnnotated
        self.commit = commit
        self.date = date
        version = ReleaseVersion(tag: name)
        self.relation = relation
    }

    /// A final release: a version without a pre-release or development part, on a commit. A
    /// version tag of a blob, a tree or a missing object is no release: counted as one, a stray
    /// `v9.9.9` made of any object hid the real latest release.
    public var isFinalRelease: Bool { commit != nil && version?.isFinal == true }
}

/// How a tag's commit relates to the linted commit.
public enum TagRelation: Sendable, Hashable {
    /// The tagged commit is the linted commit or one of its ancestors, `commitsSince` commits
    /// behind it.
    case ancestor(commitsSince: Int)
    /// The tagged commit is not in the linted commit's history, nor the linted commit in its
    /// (another branch).
    case notAncestor
    /// The linted commit is in the tagged commit's history: the tag was made later (linting
    /// an older state, `--rev v0.4.0` while `v0.5.0` exists).
    case descendant
    /// History could not be read (a shallow clone, a missing commit); the message says why.
    case unknown(String)
}
