/// Why the size or content of one snapshot entry could not be read.
public enum SnapshotReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The blob is not in the object database.
    case missingObject(path: GitPath, id: ObjectID)
    /// A submodule has no content in this repository.
    case noContent(path: GitPath, kind: EntryKind)
    /// A work-tree file could not be read, or libgit2 failed otherwise.
    case unreadable(path: GitPath, reason: String)

    public var path: GitPath {
        switch self {
        case .missingObject(let path, _), .noContent(let path, _), .unreadable(let path, _): path
        }
    }

    public var description: String {
        switch self {
        case .missingObject(let path, let id):
            "blob \(id.short) of '\(path.displayName)' is missing from the object database (partial or damaged clone); fetch it, e.g. 'git fetch --refetch'"
        case .noContent(let path, let kind):
            "'\(path.displayName)' is a \(kind.rawValue) and has no content here"
        case .unreadable(let path, let reason):
            "cannot read '\(path.displayName)': \(reason)"
        }
    }
}
