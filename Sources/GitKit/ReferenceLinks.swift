import Foundation

// libgit2 lists loose references by walking `refs/` and follows symbolic links on the way: a
// link `refs/tags/evil -> /usr/share` made one tag listing open 53,251 files outside the
// repository. Git itself never makes links there (a symbolic reference is a file holding
// "ref: …"), and skips one it finds. So the reference store is looked at first, without
// following links; when it holds none (always, in a clone), libgit2 lists the tags as usual.
// When it holds some, the tags are read by name instead — the loose ones found beside the links,
// the packed ones from `packed-refs` — and each link is reported as skipped.

/// What a look at the reference stores found.
struct ReferenceStoreScan {
    /// Every symbolic link at or below `refs/`, and a `packed-refs` that is one, as full paths
    /// (raw bytes); nothing below a link is looked at.
    var links: [[UInt8]] = []
    /// Every regular file below the common store's `refs/tags/`, by name (`v1.0`, `rc/v2`).
    var looseTagNames: [[UInt8]] = []
    /// The common store's `packed-refs`, when it is a regular file.
    var packedReferences: [UInt8]?
}

/// Looks at the reference stores of `gitDirectories` (the common one first), following no link
/// and reading no file.
func scanReferenceStores(_ gitDirectories: [[UInt8]]) -> ReferenceStoreScan {
    var scan = ReferenceStoreScan()
    for (position, directory) in gitDirectories.enumerated() {
        let base = directory.last == 0x2F ? directory : directory + [0x2F]
        let isCommon = position == 0
        switch kind(of: base + Array("packed-refs".utf8)) {
        case .link: scan.links.append(base + Array("packed-refs".utf8))
        case .file where isCommon: scan.packedReferences = base + Array("packed-refs".utf8)
        default: break
        }
        let refs = base + Array("refs".utf8)
        switch kind(of: refs) {
        case .link: scan.links.append(refs)
        case .folder: walk(refs, tagsPrefix: isCommon ? refs + Array("/tags/".utf8) : nil, into: &scan)
        default: break
        }
    }
    return scan
}

/// The tag names `packed-refs` lists (`<id> refs/tags/NAME` lines; comments and `^` peel lines
/// skipped).
func packedTagNames(in contents: Data) -> [[UInt8]] {
    let prefix = Array("refs/tags/".utf8)
    return contents.split(separator: 0x0A).compactMap { line in
        guard let first = line.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "^"),
              let space = line.firstIndex(of: 0x20) else { return nil }
        let name = line[(space + 1)...].filter { $0 != 0x0D }
        guard name.starts(with: prefix), name.count > prefix.count else { return nil }
        return Array(name.dropFirst(prefix.count))
    }
}

private enum EntryKindOnDisk { case link, folder, file, other }

private func kind(of path: [UInt8]) -> EntryKindOnDisk {
    var status = stat()
    guard withCString(path, { lstat($0, &status) }) == 0 else { return .other }
    switch status.st_mode & S_IFMT {
    case S_IFLNK: return .link
    case S_IFDIR: return .folder
    case S_IFREG: return .file
    default: return .other
    }
}

/// Depth-first, one open folder at a time (a deep tree cannot exhaust file descriptors).
private func walk(_ root: [UInt8], tagsPrefix: [UInt8]?, into scan: inout ReferenceStoreScan) {
    var pending = [root]
    while let folder = pending.popLast() {
        guard let stream = withCStringPointer(folder, opendir) else { continue }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = entryName(entry)
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            let path = folder + [0x2F] + name
            var entryKind: EntryKindOnDisk
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_LNK): entryKind = .link
            case Int32(DT_DIR): entryKind = .folder
            case Int32(DT_REG): entryKind = .file
            default: entryKind = kind(of: path)
            }
            switch entryKind {
            case .link: scan.links.append(path)
            case .folder: pending.append(path)
            case .file:
                if let tagsPrefix, path.starts(with: tagsPrefix) { scan.looseTagNames.append(Array(path.dropFirst(tagsPrefix.count))) }
            case .other: break
            }
        }
    }
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
