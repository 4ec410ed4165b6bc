import Foundation

/// A git repository in a fresh temporary folder, built with the real `git` command line for one
/// test and removed when the value goes away.
///
/// Every `git` run is isolated from the machine it runs on and deterministic: an environment that
/// keeps only the caller's `PATH`, no system or user configuration (`GIT_CONFIG_NOSYSTEM`, `HOME`
/// inside the temporary folder), `main` as the initial branch, fixed identities (author
/// "Ada Author", committer and tagger "Carl Committer") and fixed dates: each commit and each
/// annotated tag takes the next of a series of dates that starts at 2024-01-01T12:00:00Z and
/// advances one day at a time (see `time(ofDate:)`), so commit ids are reproducible.
///
/// ```swift
/// let repository = try TemporaryRepository()
/// try repository.write("LICENSE", "MIT License\n")
/// let id = try repository.commit("Add a licence")     // date 1
/// try repository.tag("v1.0.0", annotated: true)       // date 2
/// ```
public final class TemporaryRepository {
    /// The temporary folder: `home/` (the isolated `HOME`), the repository and anything else a
    /// test makes live in it.
    public let root: URL
    /// The repository: its work tree, or the repository itself when bare.
    public let url: URL
    /// The `.git` folder (the repository itself when bare).
    public let gitDirectory: URL
    /// The repository's path, as the command line and `RepositorySnapshot(path:source:)` take it.
    public var path: String { url.path }

    /// The first fixed date, 2024-01-01T12:00:00Z, in seconds since 1970.
    public static let epoch: Int64 = 1_704_110_400

    /// How many fixed dates commits and annotated tags have taken so far.
    private var datesTaken = 0

    /// A new repository on branch `main` with no commits (`git init`), or a bare one.
    public convenience init(bare: Bool = false) throws {
        try self.init(emptyFolderFor: bare)
        try git(bare ? ["init", "--quiet", "--bare", path] : ["init", "--quiet", path], in: root)
    }

    /// A clone of `source` (`git clone ARGUMENTS file://SOURCE`), e.g. `["--depth", "1"]`; bare
    /// when `arguments` hold `--bare` or `--mirror`.
    public convenience init(cloning source: TemporaryRepository, arguments: [String] = []) throws {
        try self.init(emptyFolderFor: arguments.contains("--bare") || arguments.contains("--mirror"))
        try git(["clone", "--quiet"] + arguments + ["file://" + source.path, path], in: root)
    }

    /// Creates the temporary folder and its `home`; the repository itself does not exist yet.
    private init(emptyFolderFor bare: Bool) throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
        // Resolved so that paths compare equal to the ones libgit2 reports (macOS's /var is a link).
        root = base.appendingPathComponent("ossrlint-tests-\(UUID().uuidString)", isDirectory: true).resolvingSymlinksInPath()
        url = root.appendingPathComponent(bare ? "repo.git" : "repo", isDirectory: true)
        gitDirectory = bare ? url : url.appendingPathComponent(".git", isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    // MARK: Files

    /// Writes `text` to `relativePath` in the work tree, creating folders as needed.
    public func write(_ relativePath: String, _ text: String, executable: Bool = false) throws {
        try write(bytes: Array(relativePath.utf8), Data(text.utf8), executable: executable)
    }

    /// Writes raw `data` to `relativePath` in the work tree, creating folders as needed.
    public func write(_ relativePath: String, data: Data, executable: Bool = false) throws {
        try write(bytes: Array(relativePath.utf8), data, executable: executable)
    }

    /// Writes every file of `files` (path → text), in path order.
    public func write(_ files: [String: String]) throws {
        for (relativePath, text) in files.sorted(by: { $0.key < $1.key }) { try write(relativePath, text) }
    }

    /// Writes `content` to a work-tree path given as raw bytes, which need not be UTF-8 (git
    /// allows any bytes but `/` and NUL in a name), creating folders as needed.
    public func write(bytes relativePath: [UInt8], _ content: Data, executable: Bool = false) throws {
        let name = String(decoding: relativePath, as: UTF8.self)
        if let slash = relativePath.lastIndex(of: UInt8(ascii: "/")) {
            let folder = url.appendingPathComponent(String(decoding: relativePath[..<slash], as: UTF8.self))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let descriptor = createFile(atPathBytes: Array(path.utf8) + [UInt8(ascii: "/")] + relativePath, mode: executable ? 0o755 : 0o644)
        guard descriptor >= 0 else { throw TemporaryRepositoryError.cannotWrite(path: name, reason: "errno \(errno)") }
        defer { close(descriptor) }
        let written = content.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == content.count else { throw TemporaryRepositoryError.cannotWrite(path: name, reason: "short write") }
    }

    /// Makes `relativePath` in the work tree a symbolic link to `target`.
    public func symlink(_ relativePath: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent(relativePath).path, withDestinationPath: target)
    }

    /// Deletes `relativePath` from the work tree (not from the index).
    public func delete(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(relativePath))
    }

    // MARK: History

    /// Writes `files` (path → text), stages everything (`git add -A`) and commits it with the
    /// next fixed date; returns the new commit's id. The commit may be empty.
    @discardableResult
    public func commit(_ message: String, files: [String: String] = [:]) throws -> String {
        try write(files)
        try git("add", "-A")
        return try commitStaged(message)
    }

    /// Like `commit(_:files:)`, but authored by `author` <`email`> instead of "Ada Author" (the
    /// committer stays "Carl Committer"), for histories with several authors.
    @discardableResult
    public func commit(_ message: String, files: [String: String] = [:], author: String, email: String) throws -> String {
        try write(files)
        try git("add", "-A")
        let date = takeNextDate()
        try git(["commit", "--quiet", "--allow-empty", "--no-verify", "-m", message], environment: [
            "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
        ])
        return try revParse("HEAD")
    }

    /// Commits only what is staged, with the next fixed date; returns the new commit's id.
    @discardableResult
    public func commitStaged(_ message: String) throws -> String {
        let date = takeNextDate()
        try git(["commit", "--quiet", "--allow-empty", "--no-verify", "-m", message], environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
        return try revParse("HEAD")
    }

    /// Tags `target` (default HEAD): a lightweight tag, or an annotated one with the next fixed
    /// date when `annotated` is true or a `message` is given (default message: "Release NAME").
    public func tag(_ name: String, annotated: Bool = false, message: String? = nil, at target: String = "HEAD") throws {
        guard annotated || message != nil else {
            try git("tag", name, target)
            return
        }
        try git(["tag", "-a", name, "-m", message ?? "Release \(name)", target], environment: ["GIT_COMMITTER_DATE": takeNextDate()])
    }

    /// Creates branch `name` at HEAD (or `start`) and switches to it.
    public func branch(_ name: String, from start: String = "HEAD") throws {
        try git("checkout", "--quiet", "-b", name, start)
    }

    /// Switches to an existing branch (or detaches HEAD at a commit).
    public func checkout(_ name: String) throws {
        try git("checkout", "--quiet", name)
    }

    /// Stages `paths` without committing.
    public func stage(_ paths: String...) throws {
        try git(["add", "--"] + paths)
    }

    // MARK: Objects

    /// The full id of the object `revision` names (`git rev-parse --verify`).
    public func revParse(_ revision: String) throws -> String {
        try git("rev-parse", "--verify", "--quiet", revision).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The full id of the commit `revision` names, peeling annotated tags.
    public func commitID(_ revision: String = "HEAD") throws -> String {
        try revParse("\(revision)^{commit}")
    }

    /// Writes `data` as a loose object of `type` without any checks (`git hash-object
    /// --literally`), so that tests can build malformed objects; returns its id.
    public func hashObject(type: String, _ data: Data) throws -> String {
        try git(["hash-object", "-t", type, "-w", "--literally", "--stdin"], input: data).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The file of loose object `id` (`objects/ab/cdef…` in the git folder).
    public func looseObjectURL(_ id: String) -> URL {
        gitDirectory.appendingPathComponent("objects").appendingPathComponent(String(id.prefix(2))).appendingPathComponent(String(id.dropFirst(2)))
    }

    // MARK: Dates

    /// The `n`-th fixed date (1-based) in seconds since 1970: `epoch` plus `n - 1` days.
    public static func time(ofDate n: Int) -> Int64 { epoch + Int64(n - 1) * 86_400 }

    /// The date the next commit or annotated tag will record, in seconds since 1970.
    public var nextCommitTime: Int64 { Self.time(ofDate: datesTaken + 1) }

    /// Takes the next fixed date, formatted as git's environment wants it.
    private func takeNextDate() -> String {
        datesTaken += 1
        return "\(Self.time(ofDate: datesTaken)) +0000"
    }

    // MARK: Running git and other tools

    /// Runs `git ARGUMENTS` in the repository and returns its standard output; throws with its
    /// standard error when it exits non-zero.
    @discardableResult
    public func git(_ arguments: String...) throws -> String {
        try git(arguments)
    }

    /// Runs `git ARGUMENTS` in `folder` (default: the repository), with `input` on standard input
    /// and `extra` added to the environment; returns standard output.
    @discardableResult
    public func git(_ arguments: [String], in folder: URL? = nil, input: Data = Data(), environment extra: [String: String] = [:]) throws -> String {
        let configuration = ["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"]
        return try run(["git"] + configuration + arguments, in: folder ?? url, input: input, environment: extra, naming: ["git"] + arguments)
    }

    /// Runs another command-line tool (`chmod`, `chown` …), found on `PATH`, in `root` with the
    /// isolated environment; returns standard output.
    @discardableResult
    public func run(_ arguments: String...) throws -> String {
        try run(arguments, in: root, input: Data(), environment: [:], naming: arguments)
    }

    private func run(_ arguments: [String], in folder: URL, input: Data, environment extra: [String: String], naming command: [String]) throws -> String {
        let result = try ProcessRunner.run("/usr/bin/env", arguments, in: folder, environment: environment.merging(extra) { $1 }, input: input)
        guard result.status == 0 else {
            throw TemporaryRepositoryError.commandFailed(command: command, status: result.status, standardError: result.standardError)
        }
        return result.standardOutput
    }

    /// The environment of every `git` run: the caller's `PATH`, an isolated `HOME`, fixed
    /// identities and the first fixed date, and nothing else. Commits and annotated tags override
    /// the date with their own.
    public var environment: [String: String] {
        let firstDate = "\(Self.epoch) +0000"
        return [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": root.appendingPathComponent("home").path,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Ada Author",
            "GIT_AUTHOR_EMAIL": "ada@example.org",
            "GIT_COMMITTER_NAME": "Carl Committer",
            "GIT_COMMITTER_EMAIL": "carl@example.org",
            "GIT_AUTHOR_DATE": firstDate,
            "GIT_COMMITTER_DATE": firstDate,
            "LC_ALL": "C",
        ]
    }
}

/// Creates (or truncates) the file at a path given as raw bytes; returns its descriptor or -1.
private func createFile(atPathBytes path: [UInt8], mode: mode_t) -> Int32 {
    (path + [0]).withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, mode) }
    }
}
