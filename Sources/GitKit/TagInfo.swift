/// A tag: lightweight (a ref to a commit) or annotated (a tag object with tagger and message).
public struct TagInfo: Sendable, Hashable {
    /// The name without `refs/tags/`.
    public let name: String
    /// Whether the ref points at a tag object rather than directly at a commit.
    public let isAnnotated: Bool
    /// The commit the tag finally points at, or `nil` for a tag of a tree or a blob.
    public let commit: ObjectID?
    /// The tagger of an annotated tag; libgit2 allows tag objects without one.
    public let tagger: Signature?
    /// The annotated tag's message, if any.
    public let message: String?
    /// The tagger's time, else the tagged commit's committer time, else `nil`.
    public let date: Int64?

    /// The same tag under another name: two refs to one target differ only in name.
    func named(_ newName: String) -> TagInfo {
        TagInfo(name: newName, isAnnotated: isAnnotated, commit: commit, tagger: tagger, message: message, date: date)
    }

    public init(name: String, isAnnotated: Bool, commit: ObjectID?, tagger: Signature?, message: String?, date: Int64?) {
        self.name = name
        self.isAnnotated = isAnnotated
        self.commit = commit
        self.tagger = tagger
        self.message = message
        self.date = date
    }
}

/// The tags of a repository, and the symbolic links of its reference store that were skipped:
/// git never makes them, so they are reported, never followed.
public struct TagListing: Sendable, Hashable {
    public let tags: [TagInfo]
    /// Full paths of the links (`…/.git/refs/tags/evil`), in the order found.
    public let skippedLinks: [String]

    public init(tags: [TagInfo], skippedLinks: [String]) {
        self.tags = tags
        self.skippedLinks = skippedLinks
    }
}
