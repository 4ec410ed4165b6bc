import GitKit

/// An entry a path pattern selected.
struct SnapshotEntryMatch {
    let entry: SnapshotEntry
}

extension Array where Element == SnapshotEntryMatch {
    /// At most `limit` path evidence items (reports fold long lists; the count is in the message).
    func evidence(_ detail: String? = nil, limit: Int = 50) -> [Evidence] {
        prefix(limit).map { CheckContext.evidence($0.entry, detail) }
    }
}
