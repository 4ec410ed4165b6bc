/// The facts of one commit, copied out of libgit2 at once.
public struct CommitInfo: Sendable, Hashable {
    public let id: ObjectID
    public let author: Signature
    public let committer: Signature
    /// The first paragraph of the message, on one line.
    public let summary: String
    public let parentCount: Int

    public init(id: ObjectID, author: Signature, committer: Signature, summary: String, parentCount: Int) {
        self.id = id
        self.author = author
        self.committer = committer
        self.summary = summary
        self.parentCount = parentCount
    }
}
