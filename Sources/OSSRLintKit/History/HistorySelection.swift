import GitKit

/// Which revisions a history scores.
public enum HistorySelection: Sendable, Hashable {
    /// Every tag that names a commit, each a release.
    case tags
    /// The last `count` commits of the current branch, following first parents.
    case lastCommits(Int)

    /// The revisions, oldest first, and the tags left out, each with the reason (a sentence).
    ///
    /// Tags are ordered by their commit's date, then by version (`v1.10` after `v1.9`; a name
    /// that is no version after those that are), then by name bytes: the order in which their
    /// content was made, which a late tag of an old commit does not change, and one order for
    /// tags of the same commit on every machine.
    public func revisions(of repository: Repository) throws(RepositoryError) -> (revisions: [HistoryRevision], skipped: [String]) {
        switch self {
        case .tags: try Self.tagRevisions(of: repository)
        case .lastCommits(let count): (try Self.lastCommits(count, of: repository), [])
        }
    }

    private static func tagRevisions(of repository: Repository) throws(RepositoryError) -> (revisions: [HistoryRevision], skipped: [String]) {
        var revisions: [(revision: HistoryRevision, version: ReleaseVersion?)] = []
        var skipped: [String] = []
        var dates: [ObjectID: Int64] = [:]
        for tag in try repository.tags() {
            guard let commit = tag.commit else {
                skipped.append("tag '\(tag.name)' names no commit (a tree, a blob or a missing object)")
                continue
            }
            let date: Int64
            if let known = dates[commit] {
                date = known
            } else {
                do { date = try repository.commit(commit).committer.time } catch {
                    skipped.append("tag '\(tag.name)': commit \(commit.short) cannot be read (\(error.description))")
                    continue
                }
                dates[commit] = date
            }
            revisions.append((HistoryRevision(name: tag.name, revision: "refs/tags/" + tag.name, commit: commit, date: date), ReleaseVersion(tag: tag.name)))
        }
        revisions.sort { left, right in
            if left.revision.date != right.revision.date { return left.revision.date < right.revision.date }
            switch (left.version, right.version) {
            case let (leftVersion?, rightVersion?) where leftVersion != rightVersion: return leftVersion < rightVersion
            case (.some, nil): return true
            case (nil, .some): return false
            default: return left.revision.name.utf8.lexicographicallyPrecedes(right.revision.name.utf8)
            }
        }
        return (revisions.map(\.revision), skipped)
    }

    private static func lastCommits(_ count: Int, of repository: Repository) throws(RepositoryError) -> [HistoryRevision] {
        guard let head = try repository.headCommit() else { throw .unbornHead(branch: repository.facts.headBranch) }
        let commits = try repository.firstParentHistory(from: head.id, limit: count)
        return commits.enumerated().reversed().map { back, commit in
            HistoryRevision(name: back == 0 ? "HEAD" : "HEAD~\(back)", revision: commit.id.hex, commit: commit.id, date: commit.committer.time)
        }
    }
}
