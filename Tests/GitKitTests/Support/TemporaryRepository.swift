import Foundation
import Testing

/// A git repository built in a fresh temporary directory with the `git` command-line tool, for
/// one test; the directory is removed when the value is released.
///
/// Every `git` run is isolated from the machine and deterministic: no system or global
/// configuration (`HOME` is a folder inside the temporary directory), fixed identities, and
/// commit dates that start at 2024-01-01 and advance one day per commit.
final class TemporaryRepository {
    /// The temporary directory holding the repository, its `home` and anything else a test makes.
    let root: URL
    /// The repository: its work tree, or the repository itself when bare.
    let url: URL
    var path: String { url.path }
    /// The `.git` directory (the repository itself when bare).
    let gitDirectory: URL
    private var commitCount = 0

    /// A new repository on branch `main` (`git init`, or `git init --bare`).
    convenience init(bare: Bool = false) throws {
        try self.init(empty: ())
        try git(bare ? ["init", "-q", "--bare", path] : ["init", "-q", path], in: root)
    }

    /// A clone of `source` (`git clone ARGUMENTS file://SOURCE`), e.g. `["--depth", "1"]`.
    convenience init(cloning source: TemporaryRepository, arguments: [String] = []) throws {
        try self.init(empty: (), bare: arguments.contains("--bare") || arguments.contains("--mirror"))
        try git(["clone", "-q"] + arguments + ["file://" + source.path, path], in: root)
    }

    /// Creates the temporary directory and `home`; `url` does not exist yet.
    private init(empty: Void, bare: Bool = false) throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
        root = base.appendingPathComponent("gitkit-\(UUID().uuidString)", isDirectory: true).resolvingSymlinksInPath()
        url = root.appendingPathComponent(bare ? "repo.git" : "repo", isDirectory: true)
        gitDirectory = bare ? url : url.appendingPathComponent(".git", isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    // MARK: Files

    /// Writes `text` to `relativePath` in the work tree, creating folders as needed.
    func write(_ relativePath: String, _ text: String, executable: Bool = false) throws {
        try write(bytes: Array(relativePath.utf8), Data(text.utf8), executable: executable)
    }

    /// Writes `content` to a work-tree path given as raw bytes (which need not be UTF-8).
    func write(bytes relativePath: [UInt8], _ content: Data, executable: Bool = false) throws {
        let full = Array(path.utf8) + [0x2F] + relativePath
        if let slash = relativePath.lastIndex(of: 0x2F) {
            let folder = url.appendingPathComponent(String(decoding: relativePath[..<slash], as: UTF8.self))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let descriptor = createFile(atPathBytes: full, mode: executable ? 0o755 : 0o644)
        guard descriptor >= 0 else { throw FixtureError("cannot create '\(String(decoding: relativePath, as: UTF8.self))': errno \(errno)") }
        defer { close(descriptor) }
        let written = content.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == content.count else { throw FixtureError("short write to '\(String(decoding: relativePath, as: UTF8.self))'") }
    }

    /// Makes `relativePath` a symbolic link to `target`.
    func symlink(_ relativePath: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent(relativePath).path, withDestinationPath: target)
    }

    /// Deletes a work-tree file.
    func delete(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(relativePath))
    }

    // MARK: Git

    /// Runs `git ARGUMENTS` in the repository and returns its standard output; fails on a
    /// non-zero exit status.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        try git(arguments, in: url)
    }

    /// Runs `git ARGUMENTS` in `folder` (default: the repository), with `input` on standard
    /// input and `extra` added to the environment.
    @discardableResult
    func git(_ arguments: [String], in folder: URL? = nil, input: Data = Data(), environment extra: [String: String] = [:]) throws -> String {
        let result = try ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["git", "-c", "init.defaultBranch=main"] + arguments,
            in: folder ?? url, environment: environment.merging(extra) { $1 }, input: input)
        guard result.status == 0 else {
            throw FixtureError("git \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.standardErrorText)")
        }
        return String(decoding: result.standardOutput, as: UTF8.self)
    }

    /// Runs another command-line tool (`chown`, `git` in another folder …) in `root`.
    @discardableResult
    func run(_ arguments: String...) throws -> String {
        let result = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), arguments, in: root, environment: environment)
        guard result.status == 0 else {
            throw FixtureError("\(arguments.joined(separator: " ")) failed (\(result.status)): \(result.standardErrorText)")
        }
        return result.standardOutputText
    }

    /// `git add -A` then `git commit`; returns the new commit's id.
    @discardableResult
    func commit(_ message: String) throws -> String {
        try git("add", "-A")
        return try commitStaged(message)
    }

    /// Commits what is staged, with the next fixed date; returns the new commit's id.
    @discardableResult
    func commitStaged(_ message: String) throws -> String {
        commitCount += 1
        try git(["commit", "-q", "--allow-empty", "-m", message], environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
        return try revParse("HEAD")
    }

    /// An annotated tag with the next fixed date.
    func tagAnnotated(_ name: String, _ message: String, at revision: String = "HEAD") throws {
        commitCount += 1
        try git(["tag", "-a", name, "-m", message, revision], environment: ["GIT_COMMITTER_DATE": date])
    }

    /// The full id `revision` names (`git rev-parse --verify`).
    func revParse(_ revision: String) throws -> String {
        try git("rev-parse", "--verify", "--quiet", revision).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writes `data` as a loose object of `type` without checks (`git hash-object --literally`).
    func hashObject(type: String, _ data: Data) throws -> String {
        try git(["hash-object", "-t", type, "-w", "--literally", "--stdin"], input: data).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The loose object file of `id` (`objects/ab/cdef…`).
    func looseObjectURL(_ id: String) -> URL {
        gitDirectory.appendingPathComponent("objects").appendingPathComponent(String(id.prefix(2))).appendingPathComponent(String(id.dropFirst(2)))
    }

    /// Seconds since 1970 of the `n`-th fixed date (1-based), as commits and tags get them.
    static func time(ofDate n: Int) -> Int64 { 1_704_110_400 + Int64(n - 1) * 86_400 }

    private var date: String { "\(Self.time(ofDate: commitCount)) +0000" }

    /// The environment of every `git` run: the caller's `PATH` and nothing else from it.
    var environment: [String: String] {
        [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": root.appendingPathComponent("home").path,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Ada Author",
            "GIT_AUTHOR_EMAIL": "ada@example.org",
            "GIT_COMMITTER_NAME": "Carl Committer",
            "GIT_COMMITTER_EMAIL": "carl@example.org",
            "GIT_AUTHOR_DATE": "\(Self.time(ofDate: 1)) +0000",
            "GIT_COMMITTER_DATE": "\(Self.time(ofDate: 1)) +0000",
            "LC_ALL": "C",
        ]
    }
}

/// Creates (or truncates) the file at a path given as raw bytes; returns its descriptor or -1.
/// At file scope so that `open` is the C function, not `TemporaryRepository.open()`.
private func createFile(atPathBytes path: [UInt8], mode: mode_t) -> Int32 {
    (path + [0]).withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, mode) }
    }
}

/// A fixture step that failed; the message says which.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
