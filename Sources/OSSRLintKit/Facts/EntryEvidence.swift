import GitKit

extension Array where Element == SnapshotEntry {
    /// At most `limit` path evidence items (reports fold long lists; the count is in the message).
    func evidence(_ detail: String? = nil, limit: Int = 50) -> [Evidence] {
        prefix(limit).map { Evidence.entry($0, detail) }
    }
}
