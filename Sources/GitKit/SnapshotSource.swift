/// Which state of a repository a snapshot shows.
public enum SnapshotSource: Sendable, Hashable, CustomStringConvertible {
    /// A commit's tree: what a revision (`HEAD`, a tag, a branch, an id) recorded.
    case commit(revision: String)
    /// The staged index: exactly what `git commit` would record now.
    case index
    /// The work tree: tracked and untracked files that `.gitignore` and `info/exclude` do not
    /// ignore, read from disk.
    case worktree

    /// `commit`, `index` or `worktree`, as reports name the source.
    public var name: String {
        switch self {
        case .commit: "commit"
        case .index: "index"
        case .worktree: "worktree"
        }
    }

    public var description: String {
        switch self {
        case .commit(let revision): "commit \(revision)"
        case .index: "staged index"
        case .worktree: "work tree"
        }
    }
}
