internal import CLibGit2

extension Repository {
    /// Which of `targets` are `start` or in its history: one walk back from `start`, stopping
    /// when every target was met. Cheaper than asking `isAncestor` for each target when many are
    /// not in the history (an old release among later ones), since each such question walks
    /// the history again.
    ///
    /// Throws where the history cannot be walked (libgit2 1.5 fails on a shallow clone's
    /// missing parents); callers then ask `isAncestor` target by target.
    public func reachable(_ targets: Set<ObjectID>, from start: ObjectID) throws(RepositoryError) -> Set<ObjectID> {
        guard !targets.isEmpty else { return [] }
        var walkPointer: OpaquePointer?
        try wrap("git_revwalk_new", git_revwalk_new(&walkPointer, pointer))
        guard let walkPointer else { return [] }
        let walk = RevisionWalkHandle(walkPointer)
        var startID = start.gitOID
        try wrap("git_revwalk_push", git_revwalk_push(walk.pointer, &startID))
        var found: Set<ObjectID> = []
        var next = git_oid()
        while found.count < targets.count {
            let result = git_revwalk_next(&next, walk.pointer)
            if result == GIT_ITEROVER.rawValue { break }
            try wrap("git_revwalk_next", result)
            let id = ObjectID(next)
            if targets.contains(id) { found.insert(id) }
        }
        return found
    }
}
