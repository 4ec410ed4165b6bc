import Foundation

// libgit2 lists loose references by walking `refs/` and follows symbolic links on the way: a
// link `refs/tags/evil -> /usr/share` made one tag listing open 53,251 files outside the
// repository. Git itself never makes links there (a symbolic reference is a file holding
// "ref: …"), so a link is a downloaded or hand-made repository's, and the tags are not read
// at all rather than read through it. The walk below follows no link and reads no file; it
// only lists folder entries, once per tag listing.

/// The first symbolic link at or below a reference store: `refs/` (or `refs` itself) and
/// `packed-refs` of each git directory given (raw path bytes); `nil` when there is none.
func firstReferenceLink(inGitDirectories gitDirectories: [[UInt8]]) -> [UInt8]? {
    for directory in gitDirectories {
        let base = directory.last == 0x2F ? directory : directory + [0x2F]
        for name in ["packed-refs", "refs"] {
            let path = base + Array(name.utf8)
            switch kind(of: path) {
            case .link: return path
            case .folder: if name == "refs", let link = firstLink(below: path) { return link }
            case .other: continue
            }
        }
    }
    return nil
}

private enum EntryKindOnDisk { case link, folder, other }

private func kind(of path: [UInt8]) -> EntryKindOnDisk {
    var status = stat()
    guard withCString(path, { lstat($0, &status) }) == 0 else { return .other }
    switch status.st_mode & S_IFMT {
    case S_IFLNK: return .link
    case S_IFDIR: return .folder
    default: return .other
    }
}

/// Depth-first, one open folder at a time (a deep tree cannot exhaust file descriptors).
private func firstLink(below root: [UInt8]) -> [UInt8]? {
    var pending = [root]
    while let folder = pending.popLast() {
        guard let stream = withCStringPointer(folder, opendir) else { continue }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = entryName(entry)
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            let path = folder + [0x2F] + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_LNK): return path
            case Int32(DT_DIR): pending.append(path)
            case Int32(DT_UNKNOWN):
                switch kind(of: path) {
                case .link: return path
                case .folder: pending.append(path)
                case .other: break
                }
            default: break
            }
        }
    }
    return nil
}

private func entryName(_ entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
    withUnsafeBytes(of: &entry.pointee.d_name) { raw in
        Array(raw.prefix { $0 != 0 })
    }
}

private func withCStringPointer<Result>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Result?) -> Result? {
    (bytes + [0]).withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { chars in chars.baseAddress.flatMap(body) }
    }
}
