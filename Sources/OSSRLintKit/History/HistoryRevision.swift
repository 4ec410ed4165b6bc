import GitKit

/// One revision a history scores: how reports name it, what is listed, and when it was made.
public struct HistoryRevision: Sendable, Hashable {
    /// How reports name it: a tag's name, or `HEAD~3`.
    public var name: String
    /// What the snapshot lists, as `check --rev` takes it: `refs/tags/NAME` (a branch of the
    /// same name cannot be taken for the tag) or a commit id.
    public var revision: String
    public var commit: ObjectID
    /// The commit's committer time, in seconds since 1970: when its content was made, which a
    /// tag made later does not change.
    public var date: Int64

    public init(name: String, revision: String, commit: ObjectID, date: Int64) {
        self.name = name
        self.revision = revision
        self.commit = commit
        self.date = date
    }
}
