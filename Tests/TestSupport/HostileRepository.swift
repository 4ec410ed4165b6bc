import Foundation

/// A repository built to break a linter, generated once per test run and shared:
///
/// - a bare repository (`commit`) with `bulkEntries` files in folders of a thousand (one shared
///   blob), a file 1,000 folders deep, a 40 MB blob (over every read limit), a private key, and
///   names with a newline, control characters, an ANSI escape, `]]>`, `&<"'`, `|` and invalid
///   UTF-8 — each name on a file that a rule of the OSSR profile reports, so that it reaches
///   every report;
/// - a work tree (`workTree`) where a committed file has become a 2 GB sparse file, beside
///   files with the same hostile names.
///
/// Built with `git fast-import` and packed with `pack-objects` (a repository just written is all
/// loose objects, which no clone has). `bulkEntries` is `OSSRLINT_HOSTILE_ENTRIES` when set
/// (.ci/run sets 1,000,000 for its run with the release binary), else 100,000: a debug build of
/// `ossrlint` takes 25 times a release build's time, 50 s at a million entries.
public final class HostileRepository: Sendable {
    /// Names that reports must carry intact or escaped, never broken (raw bytes).
    public static let hostileNames: [[UInt8]] = [
        Array("new\nline.so".utf8),
        Array("ctl\u{01}\u{1B}[31mred.so".utf8),
        Array("cdata]]>&<\"'.so".utf8),
        Array("pipe|in|name.so".utf8),
        Array("bad".utf8) + [0xFF, 0xFE] + Array(".so".utf8),
    ]
    /// The 40 MB blob's path.
    public static let hugePath: [UInt8] = Array("huge|]]>\n".utf8) + [0xFF] + Array(".bin".utf8)
    /// The private key's path.
    public static let keyPath: [UInt8] = Array("keys|]]>\u{1B}/id_rsa".utf8)
    /// The file 1,000 folders deep.
    public static let deepPath = "deep/" + Array(repeating: "d", count: 1_000).joined(separator: "/") + "/x.txt"
    /// The size of the sparse file in the work tree.
    public static let sparseSize: Int64 = 2 << 30

    /// The shared instance, built on first use.
    public static let shared: Result<HostileRepository, Error> = Result { try HostileRepository() }

    /// The folder holding everything; removed with the instance.
    public let root: URL
    /// The bare repository; its branch `main` holds the commit.
    public let commit: URL
    /// A non-bare repository whose work tree holds the sparse file and the hostile names.
    public let workTree: URL
    /// How many `bulk/` files the commit has.
    public let bulkEntries: Int

    private init() throws {
        bulkEntries = ProcessInfo.processInfo.environment["OSSRLINT_HOSTILE_ENTRIES"].flatMap(Int.init) ?? 100_000
        root = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
            .appendingPathComponent("ossrlint-hostile-\(UUID().uuidString)", isDirectory: true).resolvingSymlinksInPath()
        commit = root.appendingPathComponent("commit.git", isDirectory: true)
        workTree = root.appendingPathComponent("worktree", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try buildCommit()
        try buildWorkTree()
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// The number of files the commit holds.
    public var entryCount: Int { bulkEntries + Self.hostileNames.count + 3 }

    private func buildCommit() throws {
        try git(["init", "--quiet", "--bare", commit.path], in: root)
        let stream = root.appendingPathComponent("stream")
        _ = FileManager.default.createFile(atPath: stream.path, contents: nil)
        let out = try FileHandle(forWritingTo: stream)
        defer { try? out.close() }
        func write(_ text: String) throws { try out.write(contentsOf: Data(text.utf8)) }
        func blob(mark: Int, _ data: Data) throws {
            try write("blob\nmark :\(mark)\ndata \(data.count)\n")
            try out.write(contentsOf: data)
            try write("\n")
        }
        try blob(mark: 1, Data("x\n".utf8))
        try blob(mark: 2, Data(count: 40 << 20))
        try blob(mark: 3, Data("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----\n".utf8))
        try write("commit refs/heads/main\ncommitter Hostile <h@example.org> \(TemporaryRepository.epoch) +0000\ndata 7\nhostile\n")
        var lines = ""
        for index in 0..<bulkEntries {
            lines += "M 100644 :1 bulk/d\(index / 1_000)/f\(index % 1_000).txt\n"
            if lines.utf8.count > 1 << 20 { try write(lines); lines = "" }
        }
        try write(lines)
        try write("M 100644 :1 \(Self.deepPath)\n")
        for name in Self.hostileNames { try write("M 100644 :1 \(Self.quoted(name))\n") }
        try write("M 100644 :2 \(Self.quoted(Self.hugePath))\n")
        try write("M 100644 :3 \(Self.quoted(Self.keyPath))\n\n")
        try out.close()
        try git(["--git-dir", commit.path, "fast-import", "--quiet"], in: root, input: stream)
        // Packed as a clone is: pack-objects fed an explicit empty list of extra revisions (not
        // `git gc`, whose repack reads /dev/null, a regular file on some CI machines).
        let empty = root.appendingPathComponent("empty")
        _ = FileManager.default.createFile(atPath: empty.path, contents: Data())
        try git(["--git-dir", commit.path, "pack-objects", "--all", "--quiet", commit.appendingPathComponent("objects/pack/pack").path], in: root, input: empty)
        try git(["--git-dir", commit.path, "prune-packed"], in: root)
        try FileManager.default.removeItem(at: stream)
    }

    private func buildWorkTree() throws {
        try git(["init", "--quiet", workTree.path], in: root)
        try Data("small\n".utf8).write(to: workTree.appendingPathComponent("big.bin"))
        try git(["add", "big.bin"], in: workTree)
        try git(["-c", "user.name=Hostile", "-c", "user.email=h@example.org", "commit", "--quiet", "-m", "small"], in: workTree)
        // Sparse: two gigabytes on paper, no disk used; a linter that reads it whole is caught
        // by its memory.
        let handle = try FileHandle(forWritingTo: workTree.appendingPathComponent("big.bin"))
        try handle.truncate(atOffset: UInt64(Self.sparseSize))
        try handle.close()
        for name in Self.hostileNames {
            let path = Array(workTree.path.utf8) + [0x2F] + name + [0]
            let descriptor = path.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
            }
            guard descriptor >= 0 else { throw HostileRepositoryError(message: "cannot create a hostile name: errno \(errno)") }
            close(descriptor)
        }
    }

    /// A path as fast-import takes it: C-style quoted, every byte outside printable ASCII octal.
    private static func quoted(_ path: [UInt8]) -> String {
        var text = "\""
        for byte in path {
            switch byte {
            case UInt8(ascii: "\""): text += "\\\""
            case UInt8(ascii: "\\"): text += "\\\\"
            case 0x20..<0x7F: text += String(UnicodeScalar(byte))
            default: text += "\\" + String(byte, radix: 8).leftPadded(to: 3)
            }
        }
        return text + "\""
    }

    private func git(_ arguments: [String], in folder: URL, input: URL? = nil) throws {
        // Isolated as `TemporaryRepository` runs git: no user or system configuration.
        let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": root.path, "GIT_CONFIG_NOSYSTEM": "1"]
        let data = try input.map { try Data(contentsOf: $0) } ?? Data()
        let result = try ProcessRunner.run("/usr/bin/env", ["git", "-c", "init.defaultBranch=main"] + arguments, in: folder, environment: environment, input: data)
        guard result.status == 0 else {
            throw HostileRepositoryError(message: "git \(arguments.prefix(3).joined(separator: " ")) failed: \(result.standardError)")
        }
    }
}

/// The hostile repository could not be built.
public struct HostileRepositoryError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
