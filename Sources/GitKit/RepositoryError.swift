/// Why a repository, a revision or an object could not be read; each case says what to do.
public enum RepositoryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No repository at or above `path`.
    case notARepository(path: String)
    /// A repository is there but libgit2 could not open it (corrupt, unsupported format …).
    case unreadable(path: String, GitError)
    /// HEAD names a branch with no commits yet.
    case unbornHead(branch: String?)
    /// The revision names nothing.
    case revisionNotFound(String, GitError)
    /// The revision is ambiguous (a short id shared by several objects).
    case ambiguousRevision(String, GitError)
    /// The revision names a tree or blob, or the spec is malformed.
    case revisionNotACommit(String, GitError)
    /// The staged index (or the file `GIT_INDEX_FILE` names) is there but libgit2 refuses it.
    case unreadableIndex(path: String, GitError)
    /// A bare repository has no index and no work tree.
    case noWorkTree(source: String)
    /// The work tree holds a folder nested deeper than libgit2 lists (100 levels), named by
    /// its first components.
    case workTreeTooDeep(folder: String)
    /// A history walk reached a commit that a shallow clone does not have.
    case shallowHistory(GitError)
    /// The revision names something the repository cannot read: a missing or corrupt object,
    /// a damaged pack or reference.
    case damaged(revision: String, GitError)
    /// Any other libgit2 failure.
    case git(GitError)

    public var description: String {
        switch self {
        case .notARepository(let path):
            "'\(path)' is not inside a git repository; pass the path of a repository (a work tree, or a bare '.git' directory)"
        case .unreadable(let path, let error):
            "cannot open the repository at '\(path)': \(error.message)"
        case .unbornHead(let branch):
            "the repository has no commits yet (HEAD points to the unborn branch '\(branch ?? "?")'); commit something, or lint the staged files with --staged"
        case .revisionNotFound(let revision, _):
            "revision '\(revision)' does not exist; give a branch, a tag or a commit id (see 'git tag' or 'git log')"
        case .ambiguousRevision(let revision, _):
            "revision '\(revision)' is ambiguous; give more digits of the commit id"
        case .revisionNotACommit(let revision, let error):
            "revision '\(revision)' does not name a commit (\(error.message)); give a branch, a tag of a commit or a commit id"
        case .unreadableIndex(let path, let error):
            "the staged index '\(path)' cannot be read (\(error.message)); if 'git status' reads it, a staged path may be one libgit2 refuses (such as a '.git' folder spelled another way): unstage it with 'git rm --cached PATH'; otherwise rebuild the index from HEAD with 'git reset' (what is staged is lost)"
        case .noWorkTree(let source):
            "a bare repository has no \(source); lint a commit with --rev instead"
        case .workTreeTooDeep(let folder):
            "--worktree cannot list the work tree: folder '\(folder)' nests more than 100 levels deep, deeper than libgit2 lists; add it to .gitignore (ignored folders are not walked), or lint the commit or the staged files instead"
        case .shallowHistory(let error):
            "the history needed is not in this shallow clone (\(error.message)); fetch more with 'git fetch --unshallow'"
        case .damaged(let revision, let error):
            "the repository is damaged: '\(revision)' cannot be read (\(error.message)); check it with 'git fsck', and fetch or re-clone what is missing"
        case .git(let error):
            error.description
        }
    }
}
