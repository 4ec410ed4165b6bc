/// Something about a path that a snapshot could not read as expected, kept beside the entries
/// so that checks and reports can say so instead of treating the path as absent.
public struct SnapshotDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The object (blob or tree) is not in the object database: a partial clone, a damaged
        /// pack, a shallow fetch with filters.
        case missingObject = "missing-object"
        /// An unmerged path in the index; the snapshot keeps "our" side.
        case conflict
        /// A work-tree file that could not be read.
        case unreadable
    }

    public let kind: Kind
    /// The path concerned (a directory for a missing tree).
    public let path: GitPath
    public let message: String

    public var description: String { "\(path.displayName): \(message)" }

    public init(kind: Kind, path: GitPath, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }
}
