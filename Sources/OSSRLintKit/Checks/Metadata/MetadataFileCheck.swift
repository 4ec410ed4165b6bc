import Foundation
import GitKit

/// What the metadata check kinds share: find one root file, read it, turn validator findings of
/// one rule into an outcome.
enum MetadataFileCheck {
    /// The largest metadata file read (4 MiB); a larger one is reported as such, never parsed in part.
    static let limit = 4 << 20

    /// The root file named exactly `name` (a plain name: no glob character), whole.
    static func need(_ name: String, asYAML: Bool = false) -> FactNeeds {
        guard let patterns = try? PathPatterns([name], ignoreCase: false, anyDepth: false, exclude: []) else { return .paths }
        return asYAML ? .yamlDocuments(patterns, limit: limit) : .files(patterns, limit: limit)
    }

    /// The root entry named exactly `name`, if it has content.
    static func entry(_ name: String, in facts: RevisionFacts) -> SnapshotEntry? {
        guard let entry = facts.entry(at: GitPath(name)), entry.kind.hasContent else { return nil }
        return entry
    }

    /// Pass when `findings` is empty, else fail listing each with its position.
    static func outcome(_ findings: [MetadataFinding], file: String, passMessage: String, failSubject: String) -> CheckOutcome {
        guard let first = findings.first else { return .pass(passMessage, evidence: [.path(file)]) }
        let message = findings.count == 1 ? "\(first.location): \(first.message)" : "\(findings.count) problems in \(failSubject); first: \(first.location): \(first.message)"
        return .fail(message, evidence: findings.map(\.evidence))
    }
}
