/// One of `count` slices of a scan (`--shard INDEX/COUNT`), for CI jobs that share the work.
///
/// The rule: the repositories, sorted by name, are numbered from 0; shard `index` takes those
/// whose number leaves `index - 1` when divided by `count`. Every shard that sees the same list
/// takes a disjoint slice, the slices together are the list, and their sizes differ by one at
/// most.
public struct ScanShard: Sendable, Hashable, Codable, CustomStringConvertible {
    /// From 1 to `count`.
    public var index: Int
    public var count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// `K/N`, as `--shard` and GitLab's `$CI_NODE_INDEX/$CI_NODE_TOTAL` give it.
    public init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// This shard's slice of `targets`, which must already be in scan order.
    public func select(_ targets: [ScanTarget]) -> [ScanTarget] {
        targets.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
