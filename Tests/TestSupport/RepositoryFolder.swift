import Foundation

/// A temporary folder of repositories, as `ossrlint scan --folder` reads one, removed when the
/// value goes away. Repositories built with `TemporaryRepository` are copied in under any name,
/// raw bytes included (a name need not be UTF-8), beside folders that are not repositories.
public final class RepositoryFolder {
    public let url: URL
    public var path: String { url.path }

    public init() throws {
        url = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
            .appendingPathComponent("ossrlint-scan-\(UUID().uuidString)", isDirectory: true).resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Copies `repository` (its work tree with `.git`, or the bare repository) in as `name`;
    /// returns the copy's location.
    @discardableResult
    public func add(_ repository: TemporaryRepository, named name: String) throws -> URL {
        let copy = url.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.copyItem(at: repository.url, to: copy)
        return copy
    }

    /// Copies `repository` in under a name given as raw bytes.
    public func add(_ repository: TemporaryRepository, namedBytes name: [UInt8]) throws {
        let staging = try add(repository, named: "staging-\(UUID().uuidString)")
        try rename(staging, to: name)
    }

    /// Makes a folder `name` holding `files` (path → text): not a repository.
    @discardableResult
    public func addFolder(named name: String, files: [String: String] = ["notes.txt": "not a repository\n"]) throws -> URL {
        let folder = url.appendingPathComponent(name, isDirectory: true)
        for (relativePath, text) in files {
            let file = folder.appendingPathComponent(relativePath)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Renames `item` to a name given as raw bytes, in this folder.
    private func rename(_ item: URL, to name: [UInt8]) throws {
        let target = Array(url.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let result = target.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { Foundation.rename(item.path, $0.baseAddress!) }
        }
        guard result == 0 else { throw TemporaryRepositoryError.cannotWrite(path: String(decoding: name, as: UTF8.self), reason: "errno \(errno)") }
    }
}
