import Foundation
import GitKit

/// What the collector learnt of one file a check asked to read.
public enum FileContent: Sendable, Hashable {
    /// The bytes of a file of `size` bytes: all of them, or its first bytes when only a prefix
    /// was needed.
    case bytes(Data, size: Int)
    /// Larger than every need that selected it allows; never read, never parsed in part.
    case tooLarge(size: Int, limit: Int)
    /// The object is missing or the file could not be read; the error says which and why.
    case unreadable(SnapshotReadError)
}

/// A YAML file parsed into positioned values: the document's root (nil when the file holds no
/// document), or why it is not YAML.
typealias YAMLDocument = Result<PositionedValue?, YAMLPositionedReader.SyntaxError>

/// Why a check cannot use a file's content.
public enum FileContentProblem: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(SnapshotReadError)
    case tooLarge(path: GitPath, size: Int, limit: Int)
    /// The check did not declare this file among its needs: a defect of the check kind, which
    /// the example replay test exposes.
    case notCollected(path: GitPath)

    public var description: String {
        switch self {
        case .unreadable(let error): error.description
        case .tooLarge(let path, let size, let limit):
            "'\(path.displayName)' is \(ByteCount.describe(size)); files over \(ByteCount.describe(limit)) are not checked"
        case .notCollected(let path): "internal error: '\(path.displayName)' was not collected for this rule"
        }
    }

    /// The path concerned.
    public var path: GitPath {
        switch self {
        case .unreadable(let error): error.path
        case .tooLarge(let path, _, _), .notCollected(let path): path
        }
    }

    /// The outcome of a check that cannot go on without this file.
    var outcome: CheckOutcome {
        .error(description, evidence: [evidence])
    }

    var evidence: Evidence {
        Evidence(kind: .diagnostic, subject: path.displayName, detail: description)
    }
}
