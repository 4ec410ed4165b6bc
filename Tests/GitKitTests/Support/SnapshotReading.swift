import Foundation
import GitKit
import TestSupport

/// Short ways for tests to ask a snapshot about paths written as text.
extension RepositorySnapshot {
    /// Every entry's path, as `git ls-files` prints it.
    var displayNames: [String] { entries.map(\.path.displayName) }

    /// The entry at `path`, if any.
    func entry(_ path: String) -> SnapshotEntry? { entry(at: GitPath(path)) }

    /// The whole content of the entry at `path` as text; `nil` when there is no such entry.
    func text(_ path: String) throws -> String? {
        guard let entry = entry(path) else { return nil }
        return String(decoding: try content(of: entry), as: UTF8.self)
    }
}

extension TemporaryRepository {
    /// Opens this repository with GitKit.
    func open() throws -> Repository { try Repository.open(at: path) }

    /// Lists `source` of this repository with GitKit.
    func snapshot(_ source: SnapshotSource) throws -> RepositorySnapshot {
        try RepositorySnapshot(path: path, source: source)
    }

    /// Makes `folder` a nested repository with one committed file, so that the next commit here
    /// records it as a submodule (a gitlink); returns the nested repository's commit.
    func nestRepository(in folder: String) throws -> String {
        try write(folder + "/inner.txt", "inner\n")
        let nested = url.appendingPathComponent(folder)
        try git(["init", "-q"], in: nested)
        try git(["add", "-A"], in: nested)
        try git(["commit", "-q", "-m", "inner"], in: nested)
        return try git(["rev-parse", "HEAD"], in: nested).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
