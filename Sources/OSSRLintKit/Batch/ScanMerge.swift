/// Joins the JSON of a scan's shards into the table of the whole scan.
///
/// Refused, with what to do: shards made with different settings (tool version, rule set,
/// stage, revision), whose rows would not compare; a repository in two inputs; shards of
/// different splits, a shard given twice, or a missing one (which would leave repositories out
/// unseen). Whole scans (no shard) may be merged with each other, if no repository repeats.
public enum ScanMerge {
    /// One file to merge: its name for messages, and its table.
    public struct Input: Sendable {
        public var file: String
        public var table: ScanTable

        public init(file: String, table: ScanTable) {
            self.file = file
            self.table = table
        }
    }

    /// Why shards cannot be merged.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func merge(_ inputs: [Input]) throws(Refusal) -> ScanTable {
        guard let first = inputs.first else { throw Refusal(description: "no scan to merge; give the JSON files of 'ossrlint scan --format json'") }
        for input in inputs.dropFirst() {
            if let difference = first.table.settings.difference(from: input.table.settings) {
                throw Refusal(description: "'\(first.file)' and '\(input.file)' were scanned with different settings (\(difference)); merge only the shards of one scan, made with the same options and ossrlint version")
            }
        }
        try checkShards(inputs)
        var owners: [String: String] = [:]
        for input in inputs {
            for row in input.table.rows {
                if let owner = owners.updateValue(input.file, forKey: row.repository) {
                    let place = owner == input.file ? "twice in '\(owner)'" : "in both '\(owner)' and '\(input.file)'"
                    throw Refusal(description: "repository '\(VisibleEscape.forDisplay(row.repository))' is \(place); shards of one scan never share a repository, so these are not shards of one scan")
                }
            }
        }
        return ScanTable(settings: first.table.settings, rows: inputs.flatMap(\.table.rows))
    }

    /// Either no input is a shard, or they are every shard of one split, each once.
    private static func checkShards(_ inputs: [Input]) throws(Refusal) {
        let sharded = inputs.filter { $0.table.shard != nil }
        guard let first = sharded.first, let count = first.table.shard?.count else { return }
        if let whole = inputs.first(where: { $0.table.shard == nil }) {
            throw Refusal(description: "'\(whole.file)' is a whole scan and '\(first.file)' a shard (\(first.table.shard?.description ?? "")); merge the shards of one scan, or whole scans")
        }
        var files: [Int: String] = [:]
        for input in sharded {
            guard let shard = input.table.shard else { continue }
            guard shard.count == count else {
                throw Refusal(description: "'\(first.file)' is shard \(first.table.shard?.description ?? "") and '\(input.file)' shard \(shard); merge the shards of one split (the same --shard count)")
            }
            if let other = files.updateValue(input.file, forKey: shard.index) {
                throw Refusal(description: "'\(other)' and '\(input.file)' are both shard \(shard); give each shard once")
            }
        }
        let missing = (1...count).filter { files[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "\($0)/\(count)" }.joined(separator: ", ")
            throw Refusal(description: "shard \(names) \(missing.count == 1 ? "is" : "are") missing; merge every shard of the scan, or its repositories are left out unseen")
        }
    }
}
