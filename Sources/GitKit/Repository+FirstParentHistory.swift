internal import CLibGit2

extension Repository {
    /// Up to `limit` commits from `start` back along first parents (`git log --first-parent`):
    /// the commits of the branch itself, not those merged into it; newest first. The walk ends
    /// at a root commit, or at a shallow clone's boundary, as `git log` does there.
    public func firstParentHistory(from start: ObjectID, limit: Int) throws(RepositoryError) -> [CommitInfo] {
        var commits: [CommitInfo] = []
        var next: ObjectID? = start
        while commits.count < limit, let id = next {
            guard let commit = try walkedCommit(id) else { break }
            commits.append(Self.info(of: commit))
            next = git_commit_parentcount(commit.pointer) > 0 ? git_commit_parent_id(commit.pointer, 0).map(ObjectID.init) : nil
        }
        return commits
    }
}
