/// What kind of repository was opened, for messages and for choosing a snapshot source.
public struct RepositoryFacts: Sendable, Hashable {
    /// The `.git` directory (or the bare repository itself).
    public let gitDirectory: String
    /// The work tree, or `nil` for a bare repository.
    public let workTree: String?
    public let isBare: Bool
    public let isShallow: Bool
    /// No commit yet: HEAD names a branch that does not exist.
    public let isHeadUnborn: Bool
    public let isHeadDetached: Bool
    /// The branch HEAD names (`main`), also when it is unborn; `nil` when detached.
    public let headBranch: String?
}
