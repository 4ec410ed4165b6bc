/// The table of a scan, as every scan format shows it: one row per repository, best score
/// first, and the rules failed most often across the set.
///
/// Everything here is computed from the rows and the settings alone, in an order that does not
/// depend on the order the rows came in: the table of merged shards is the table of the whole
/// scan, byte for byte, in every format.
public struct ScanTable: Sendable, Hashable {
    /// A column of category scores.
    public struct Column: Sendable, Hashable {
        public var id: String
        public var title: String
    }

    /// A rule and how many scanned repositories it failed in.
    public struct RuleFailures: Sendable, Hashable {
        public var rule: String
        public var count: Int
        /// Percent of the repositories scanned, to a tenth.
        public var share: Double
    }

    public var settings: ScanSettings
    /// The slice of a larger scan these rows are; nil for a whole scan (or merged shards).
    public var shard: ScanShard?
    /// Scored rows by score, highest first; then rows without a score; then the repositories
    /// that could not be scanned. Ties by name.
    public let rows: [ScanRow]
    /// The categories of the rows, in the order the first row to have each lists them.
    public let columns: [Column]
    /// Most failures first, then by rule id.
    public let mostFailed: [RuleFailures]

    public init(settings: ScanSettings, shard: ScanShard? = nil, rows: [ScanRow]) {
        self.settings = settings
        self.shard = shard
        self.rows = rows.sorted(by: Self.precedes)
        var columns: [Column] = []
        var seen = Set<String>()
        for row in self.rows {
            for category in row.categories where seen.insert(category.id).inserted {
                columns.append(Column(id: category.id, title: category.title))
            }
        }
        self.columns = columns
        let scanned = self.rows.filter { $0.error == nil }
        var counts: [String: Int] = [:]
        for row in scanned {
            for rule in Set(row.failedRules) { counts[rule, default: 0] += 1 }
        }
        mostFailed = counts.map { rule, count in
            RuleFailures(rule: rule, count: count, share: Score.tenths(100 * Double(count) / Double(scanned.count)))
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.rule.utf8.lexicographicallyPrecedes($1.rule.utf8) }
    }

    /// How many repositories were scanned, and how many of them could not be.
    public var scannedCount: Int { rows.count { $0.error == nil } }
    public var failedCount: Int { rows.count { $0.error != nil } }

    /// The exit code the scan ends with: 0 when every repository was scanned, else 3 (findings
    /// never count: a scan is a survey, not a gate).
    public var exitCode: Int32 { failedCount == 0 ? 0 : 3 }

    /// The table's order: see `rows`.
    static func precedes(_ left: ScanRow, _ right: ScanRow) -> Bool {
        let leftRank = rank(left), rightRank = rank(right)
        if leftRank != rightRank { return leftRank < rightRank }
        if let leftScore = left.score, let rightScore = right.score, leftScore != rightScore { return leftScore > rightScore }
        return left.repository.utf8.lexicographicallyPrecedes(right.repository.utf8)
    }

    private static func rank(_ row: ScanRow) -> Int {
        row.error != nil ? 2 : row.score == nil ? 1 : 0
    }

    /// The score of `row` in `column`, when the row has that category and it counted.
    public func score(of row: ScanRow, in column: Column) -> Double? {
        row.categories.first { $0.id == column.id }?.score
    }
}
