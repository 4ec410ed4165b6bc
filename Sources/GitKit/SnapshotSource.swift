/// Which state of a repository a snapshot shows.
public enum SnapshotSource: Sendable, Hashable, CustomStringConvertible {
    /// A commit's tree: what a revision (`HEAD`, a tag, a branch, an id) recorded.
    case commit(revision: String)
    /// The staged index: exactly what `git commit` would record now.
    case index
    /// The index git points a hook at with `GIT_INDEX_FILE` (a path, relative ones from the
    /// work tree's root): `git commit -a` and `git commit PATH` stage into a temporary index,
    /// which is what the commit will record, not `.git/index`.
    case indexFile(String)
    /// The work tree: tracked and untracked files that `.gitignore` and `info/exclude` do not
    /// ignore, read from disk.
    case worktree

    /// `commit`, `index` or `worktree`, as reports name the source.
    public var name: String {
        switch self {
        case .commit: "commit"
        case .index, .indexFile: "index"
        case .worktree: "worktree"
        }
    }

    public var description: String {
        switch self {
        case .commit(let revision): "commit \(revision)"
        case .index: "staged index"
        case .indexFile(let path): "staged index '\(path)'"
        case .worktree: "work tree"
        }
    }
}
