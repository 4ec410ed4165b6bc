import Foundation
import GitKit

/// Fails when a file is larger than a limit (large data belongs in Git LFS or a data archive).
/// Reads object headers only, never content.
///
/// ```yaml
/// check: blob-size-limit
/// options: { maxBytes: 5242880, exclude: ["**/*.ipynb"] }
/// ```
public struct BlobSizeLimitCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var maxBytes: Int
        var paths: [String]?
        var exclude: [String]?
    }

    public static let id = "blob-size-limit"
    public static let summary = "No selected file is larger than a limit."
    public static let optionsHelp = [
        OptionHelp("maxBytes", "the largest allowed size in bytes"),
        OptionHelp("paths", "glob patterns of files to weigh (default: all)"),
        OptionHelp("exclude", "glob patterns of files never to weigh"),
    ]
    public static let examples = [
        CheckExample("small files", options: "{maxBytes: 10}", files: ["a": "12345\n"], expected: .pass),
        CheckExample("a large file that is excluded", options: "{maxBytes: 10, exclude: ['data/**']}", files: ["data/big.csv": "1234567890123\n"], expected: .pass),
        CheckExample("one file over the limit", options: "{maxBytes: 10}", files: ["data/big.csv": "1234567890123\n"], expected: .fail),
    ]

    let maxBytes: Int
    let patterns: PathPatterns

    public init(options: Options) throws(CheckOptionsError) {
        guard options.maxBytes > 0 else { throw CheckOptionsError("'maxBytes' must be positive") }
        maxBytes = options.maxBytes
        patterns = try PathPatterns(options.paths ?? ["**"], ignoreCase: true, anyDepth: false, exclude: options.exclude ?? [])
    }

    public var needs: FactNeeds { .everySize }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        var large: [(size: Int, evidence: Evidence)] = []
        var problems: [Evidence] = []
        patterns.forEachSelected(in: facts.table) { fact in
            guard fact.kind == .file || fact.kind == .executable else { return }
            switch facts.size(at: fact.index) {
            case .success(let size)?:
                if size > maxBytes { large.append((size, .entry(facts.entry(of: fact), ByteCount.describe(size)))) }
            case .failure(let error)?:
                problems.append(Evidence(kind: .diagnostic, subject: error.path.displayName, detail: error.description))
            case nil:
                let path = facts.entry(of: fact).path.displayName
                problems.append(Evidence(kind: .diagnostic, subject: path, detail: "internal error: the size was not collected"))
            }
        }
        if !problems.isEmpty && large.isEmpty {
            return .error("\(problems.count) file size\(problems.count == 1 ? "" : "s") could not be read", evidence: problems)
        }
        guard !large.isEmpty else { return .pass("no file is larger than \(ByteCount.describe(maxBytes))") }
        large.sort { $0.size > $1.size }
        return .fail("\(large.count) file\(large.count == 1 ? " is" : "s are") larger than \(ByteCount.describe(maxBytes))", evidence: large.map(\.evidence) + problems)
    }
}

/// Human-readable byte counts.
enum ByteCount {
    static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return String(format: "%.1f MiB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return String(format: "%.1f KiB", Double(bytes) / Double(1 << 10)) }
        return "\(bytes) bytes"
    }
}
