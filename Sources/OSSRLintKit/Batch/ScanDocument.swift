import Foundation

/// The JSON of a scan, described by `Reports/ossrlint-scan.schema.json`: the table with its
/// settings, and the format shards are merged from.
///
/// Written like the JSON report: keys sorted, every key present (`null` when a value is
/// absent), so the same table always gives the same bytes. Read back whole: the rows carry
/// everything the table shows, and the rest is computed from them again.
public enum ScanDocument {
    public static func render(_ table: ScanTable) -> String {
        JSONText.object([
            ("tool", .object([("name", .string("ossrlint")), ("version", .string(table.settings.version))])),
            ("scan", .object([
                ("ruleSet", .string(table.settings.ruleSet)), ("ruleSetDigest", .string(table.settings.ruleSetDigest)),
                ("stage", .string(table.settings.stage.rawValue)), ("revision", .string(table.settings.revision)),
            ])),
            ("shard", table.shard.map { .object([("index", .integer($0.index)), ("count", .integer($0.count))]) } ?? .null),
            ("summary", .object([
                ("repositories", .integer(table.rows.count)), ("scanned", .integer(table.scannedCount)), ("failed", .integer(table.failedCount)),
            ])),
            ("categories", .array(table.columns.map { .object([("id", .string($0.id)), ("title", .string($0.title))]) })),
            ("repositories", .array(table.rows.map(row))),
            ("mostFailedRules", .array(table.mostFailed.map {
                .object([("rule", .string($0.rule)), ("count", .integer($0.count)), ("share", .number($0.share))])
            })),
        ]).rendered + "\n"
    }

    private static func row(_ row: ScanRow) -> JSONText {
        .object([
            ("repository", .string(row.repository)),
            ("profile", .string(row.profile)),
            ("commit", .string(row.commit)),
            ("score", number(row.score)),
            ("grade", .string(row.grade)),
            ("categories", .array(row.categories.map { .object([("id", .string($0.id)), ("title", .string($0.title)), ("score", number($0.score))]) })),
            ("failedRules", .array(row.failedRules.map(JSONText.string))),
            ("failedRequired", .integer(row.failedRequired)),
            ("rules", row.rules.map { counts in
                .object([
                    ("total", .integer(counts.total)), ("passed", .integer(counts.passed)), ("failed", .integer(counts.failed)),
                    ("notApplicable", .integer(counts.notApplicable)), ("waived", .integer(counts.waived)), ("couldNotRun", .integer(counts.couldNotRun)),
                ])
            } ?? .null),
            ("error", row.error.map { .object([("exitCode", .integer($0.exitCode)), ("message", .string($0.message))]) } ?? .null),
        ])
    }

    private static func number(_ value: Double?) -> JSONText {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }

    /// A scan's JSON read back: its table, or what is wrong with it.
    public static func read(_ data: Data) throws(DecodingFailure) -> ScanTable {
        let document: Document
        do { document = try JSONDecoder().decode(Document.self, from: data) } catch {
            throw DecodingFailure(reason: Self.reason(error))
        }
        guard document.tool.name == "ossrlint" else { throw DecodingFailure(reason: "it was written by '\(document.tool.name)', not ossrlint") }
        let settings = ScanSettings(version: document.tool.version, ruleSet: document.scan.ruleSet, ruleSetDigest: document.scan.ruleSetDigest,
                                    stage: document.scan.stage, revision: document.scan.revision)
        var shard: ScanShard?
        if let given = document.shard {
            guard let valid = ScanShard(index: given.index, count: given.count) else {
                throw DecodingFailure(reason: "its shard \(given.index)/\(given.count) is not a shard (1 ≤ index ≤ count)")
            }
            shard = valid
        }
        return ScanTable(settings: settings, shard: shard, rows: document.repositories)
    }

    /// Why a file is not a scan's JSON.
    public struct DecodingFailure: Error, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// Where in the JSON decoding stopped, and why, for a person.
    private static func reason(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.isEmpty ? "the top level" : "'" + keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().drop { $0 == "." } + "'"
        }
        func detail(_ context: DecodingError.Context) -> String {
            // Foundation's own sentences end in a full stop; ours go on after them.
            context.debugDescription.hasSuffix(".") ? String(context.debugDescription.dropLast()) : context.debugDescription
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context): return "key '\(key.stringValue)' is missing at \(path(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "the value at \(path(context.codingPath)) has the wrong type: \(detail(context))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "it is not JSON: \(detail(context))" : "the value at \(path(context.codingPath)) is invalid: \(detail(context))"
        default: return "\(error)"
        }
    }

    /// The parts of the JSON that are read; the rest is computed from the rows again.
    private struct Document: Decodable {
        struct Tool: Decodable {
            var name: String
            var version: String
        }

        struct Scan: Decodable {
            var ruleSet: String?
            var ruleSetDigest: String
            var stage: Stage
            var revision: String
        }

        struct Shard: Decodable {
            var index: Int
            var count: Int
        }

        var tool: Tool
        var scan: Scan
        var shard: Shard?
        var repositories: [ScanRow]
    }
}
