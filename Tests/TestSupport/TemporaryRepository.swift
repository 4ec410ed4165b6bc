import Foundation

/// A git repository in a fresh temporary folder, built with the real `git` command line and
/// removed when the value goes away.
///
/// Every `git` run is isolated from the machine it runs on: no system or user configuration
/// (`GIT_CONFIG_NOSYSTEM`, `HOME` inside the temporary folder), fixed author and committer names
/// and dates (so commit ids are reproducible), and `main` as the initial branch.
///
/// ```swift
/// let repository = try TemporaryRepository()
/// try repository.write("LICENSE", "MIT License\n")
/// try repository.commit("Add a licence")
/// try repository.tag("v1.0.0", annotated: true)
/// ```
public final class TemporaryRepository {
    /// The temporary folder: `home/` (the isolated `HOME`) and `repo/` (the work tree) live in it.
    public let root: URL
    /// The repository's work tree.
    public let url: URL
    /// The work tree's path, as the command line and `RepositorySnapshot(path:source:)` take it.
    public var path: String { url.path }

    /// The fixed time of the first commit: 2024-01-01T12:00:00Z, in seconds since 1970.
    public static let epoch: Int64 = 1_704_110_400

    /// Commits made so far; each advances the fixed clock by one minute so that dates order.
    private var commitCount = 0

    /// The time the next commit (or annotated tag) records.
    public var clock: Int64 { Self.epoch + Int64(commitCount) * 60 }

    /// Creates and initialises an empty repository (branch `main`, no commits), or a bare one.
    public init(bare: Bool = false) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("ossrlint-tests-\(UUID().uuidString)", isDirectory: true)
        url = root.appendingPathComponent(bare ? "repo.git" : "repo", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
        try git(bare ? ["init", "--quiet", "--bare"] : ["init", "--quiet"])
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    // MARK: Files

    /// Writes `content` to `path` (relative to the work tree), creating folders as needed.
    public func write(_ path: String, _ content: String) throws {
        try write(path, data: Data(content.utf8))
    }

    /// Writes raw bytes to `path` (relative to the work tree), creating folders as needed.
    public func write(_ path: String, data: Data) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    /// Writes every file of `files` (path → content).
    public func write(_ files: [String: String]) throws {
        for (path, content) in files.sorted(by: { $0.key < $1.key }) { try write(path, content) }
    }

    /// Deletes `path` from the work tree (not from the index).
    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(path))
    }

    // MARK: History

    /// Stages everything (`git add -A`) and commits it; allowed to be empty.
    public func commit(_ message: String, stagingEverything: Bool = true) throws {
        if stagingEverything { try git(["add", "-A"]) }
        try git(["commit", "--quiet", "--allow-empty", "--no-verify", "-m", message])
        commitCount += 1
    }

    /// Writes `files`, then commits them.
    public func commit(_ message: String, files: [String: String]) throws {
        try write(files)
        try commit(message)
    }

    /// The full id of the commit `revision` names.
    public func commitID(_ revision: String = "HEAD") throws -> String {
        try git(["rev-parse", "--verify", "\(revision)^{commit}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Tags HEAD (or `target`): lightweight by default, annotated with a message when asked.
    public func tag(_ name: String, annotated: Bool = false, at target: String = "HEAD") throws {
        if annotated {
            try git(["tag", "-a", name, "-m", "Release \(name)", target])
        } else {
            try git(["tag", name, target])
        }
    }

    /// Creates branch `name` at HEAD (or `start`) and switches to it.
    public func branch(_ name: String, from start: String = "HEAD") throws {
        try git(["checkout", "--quiet", "-b", name, start])
    }

    /// Switches to an existing branch.
    public func checkout(_ name: String) throws {
        try git(["checkout", "--quiet", name])
    }

    /// Stages `paths` without committing.
    public func stage(_ paths: String...) throws {
        try git(["add", "--"] + paths)
    }

    // MARK: Running git

    /// Runs `git` with `arguments` in the work tree; returns standard output, throws with
    /// standard error when git exits non-zero.
    @discardableResult
    public func git(_ arguments: String...) throws -> String {
        try git(arguments)
    }

    /// Runs `git` with `arguments` in the work tree; returns standard output.
    @discardableResult
    public func git(_ arguments: [String]) throws -> String {
        let result = try ProcessRunner.run(
            "/usr/bin/env", ["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"] + arguments,
            in: url, environment: environment)
        guard result.status == 0 else {
            throw TemporaryRepositoryError.gitFailed(arguments: arguments, status: result.status, standardError: result.standardError)
        }
        return result.standardOutput
    }

    /// The isolated environment every `git` run gets.
    public var environment: [String: String] {
        let date = "\(clock) +0000"
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = root.appendingPathComponent("home").path
        environment["XDG_CONFIG_HOME"] = root.appendingPathComponent("home/.config").path
        environment["GIT_AUTHOR_NAME"] = "Ada Tester"
        environment["GIT_AUTHOR_EMAIL"] = "ada@example.org"
        environment["GIT_COMMITTER_NAME"] = "Ada Tester"
        environment["GIT_COMMITTER_EMAIL"] = "ada@example.org"
        environment["GIT_AUTHOR_DATE"] = date
        environment["GIT_COMMITTER_DATE"] = date
        return environment
    }
}

/// A `git` run in a fixture that did not succeed.
public enum TemporaryRepositoryError: Error, CustomStringConvertible {
    case gitFailed(arguments: [String], status: Int32, standardError: String)

    public var description: String {
        switch self {
        case .gitFailed(let arguments, let status, let standardError):
            "git \(arguments.joined(separator: " ")) exited with \(status): \(standardError)"
        }
    }
}
