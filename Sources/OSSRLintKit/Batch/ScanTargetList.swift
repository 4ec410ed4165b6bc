import Foundation

/// The repositories a scan reads, as the command line names them: paths, a list file or a
/// folder of repositories. Always sorted by name and without duplicates, so that every shard
/// of a scan, wherever it runs, numbers the same repositories the same way.
public enum ScanTargetList {
    /// Paths given as arguments, each its own name.
    public static func paths(_ paths: [String]) -> [ScanTarget] {
        ordered(paths.map(ScanTarget.init(path:)))
    }

    /// A list file's contents: one path per line, relative to the current folder; blank lines
    /// and lines starting with `#` are skipped, and a line's final carriage return (a list
    /// written on Windows) dropped. Paths are bytes, so a name that is not UTF-8 still opens.
    public static func list(_ data: [UInt8], file: String) throws(ScanInputError) -> [ScanTarget] {
        var targets: [ScanTarget] = []
        for (number, rawLine) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            var line = Array(rawLine)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            guard !line.isEmpty, line.first != UInt8(ascii: "#") else { continue }
            guard !line.contains(0) else {
                throw ScanInputError("line \(number + 1) of the list '\(file)' holds a NUL byte, which no path can; write one path per line")
            }
            targets.append(ScanTarget(name: ScanTarget.name(of: line), path: line))
        }
        return ordered(targets)
    }

    /// The folders directly inside `folder`, each a repository to scan (bare `NAME.git` or a
    /// work tree holding `.git`), named by their entry names. Hidden entries (`.name`) and
    /// anything that is not a folder (or a link to one) are left out; a folder that is not a
    /// repository is kept, so that its row says so.
    public static func folder(_ folder: String) throws(ScanInputError) -> [ScanTarget] {
        guard let directory = opendir(folder) else {
            let reason = String(cString: strerror(errno))
            throw ScanInputError("cannot list the folder '\(folder)': \(reason); give a folder that holds the repositories to scan")
        }
        defer { closedir(directory) }
        let prefix = Array(folder.utf8) + (folder.hasSuffix("/") ? [] : [UInt8(ascii: "/")])
        var targets: [ScanTarget] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard !name.isEmpty, name.first != UInt8(ascii: ".") else { continue }
            let path = prefix + name
            guard isFolder(path) else { continue }
            targets.append(ScanTarget(name: ScanTarget.name(of: name), path: path))
        }
        return ordered(targets)
    }

    /// Sorted by name; a name given twice is scanned once.
    static func ordered(_ targets: [ScanTarget]) -> [ScanTarget] {
        var seen = Set<String>()
        return targets.sorted { $0.precedes($1) }.filter { seen.insert($0.name).inserted }
    }

    /// Whether `path` is a folder, following a symbolic link to one.
    private static func isFolder(_ path: [UInt8]) -> Bool {
        var status = stat()
        let found = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { stat($0, &status) == 0 } ?? false
        }
        return found && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
