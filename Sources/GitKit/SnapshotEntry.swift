/// One path in a snapshot: a file, an executable, a symlink or a submodule.
public struct SnapshotEntry: Sendable, Hashable {
    public let path: GitPath
    public let kind: EntryKind
    /// The blob id (the commit id for a submodule); `nil` for a work-tree file, whose content
    /// is whatever is on disk.
    public let objectID: ObjectID?
    /// The entry's position in its snapshot's `entries`, so that per-entry caches are arrays,
    /// not dictionaries hashing every path (which cost more than reading the size itself).
    let ordinal: Int

    /// An entry outside any snapshot (facts built in memory): its size and content are never
    /// looked up by position.
    public init(path: GitPath, kind: EntryKind, objectID: ObjectID?) {
        self.init(path: path, kind: kind, objectID: objectID, ordinal: -1)
    }

    init(path: GitPath, kind: EntryKind, objectID: ObjectID?, ordinal: Int) {
        self.path = path
        self.kind = kind
        self.objectID = objectID
        self.ordinal = ordinal
    }

    func numbered(_ ordinal: Int) -> SnapshotEntry {
        SnapshotEntry(path: path, kind: kind, objectID: objectID, ordinal: ordinal)
    }
}
