import GitKit

/// Which of a root's READMEs is *the* README: the one a forge shows on the project page, not
/// the first in byte order. `README.dev.md` sorts before `README.md`, and a developer README
/// was taken for the project's (its title as the description, its path as codemeta's readme).
enum ReadmeChoice {
    /// `entries`' READMEs (names starting "readme", any case, with content), the project README
    /// first: a plain `README` name with a usual extension, Markdown first as the forges prefer
    /// it; then variants such as `README.dev.md` or `README_fr.md`, in path order.
    static func ranked(_ entries: [SnapshotEntry]) -> [SnapshotEntry] {
        entries.filter { $0.kind.hasContent && $0.path.name.lowercased().hasPrefix("readme") }
            .map { (rank: rank(ofName: $0.path.name.lowercased()), entry: $0) }
            .sorted { ($0.rank, $0.entry.path) < ($1.rank, $1.entry.path) }
            .map(\.entry)
    }

    private static let extensionOrder = ["md", "markdown", "rst", "txt", "adoc", "org", "", "html"]

    private static func rank(ofName name: String) -> Int {
        let parts = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.first == "readme" else { return extensionOrder.count + 1 }
        let suffix = parts.count > 1 ? String(parts[1]) : ""
        return extensionOrder.firstIndex(of: suffix) ?? extensionOrder.count
    }
}
