import Foundation

/// The entries of a git index file (`.git/index`, or the file `GIT_INDEX_FILE` names), read
/// from its bytes — but only an index that libgit2 would read to the same entries in the same
/// order; for any other, nil, and the caller asks libgit2, which reads it or says what is wrong.
///
/// Why not libgit2's `git_index_read` every time: it hashes the whole file with collision-
/// detecting SHA-1 to verify the trailing checksum (git verifies it only in `git fsck`), parses
/// the cached-tree extension, and allocates every entry and a hash map of them. For the index
/// of 10k files that was 46 million instructions, 13% of a `check --staged` lint (callgrind);
/// for 100k files the staged lint took 168 ms where a lint of the same commit took 113 ms.
/// A snapshot keeps only each entry's path, mode, id, stage and intent-to-add flag.
///
/// Read here: versions 2, 3 and 4 (prefix-compressed paths), entries sorted as git writes
/// them, optional extensions (skipped). Left to libgit2: a mandatory extension (a split or
/// sparse index, which libgit2 refuses), a path that a libgit2 path check could refuse (a
/// `.git`-like, empty, `.` or `..` component; `\`, `:` or `~`), an extended flag in version
/// 2, a name length that disagrees with the path, anything out of bounds. Where the two differ
/// is where git and libgit2 differ, and this reads as git does: a wrong trailing checksum, a
/// damaged optional extension (libgit2 parses the cached-tree, resolve-undo and conflict-name
/// ones; here every optional extension is skipped), and a version-4 entry whose path is longer
/// than 4,095 bytes (libgit2 1.5 refuses it as "invalid entry").
struct IndexFile {
    struct Entry: Equatable {
        let path: [UInt8]
        let mode: UInt32
        let id: ObjectID
        let stage: Int
        /// `git add -N`: a placeholder that a commit does not record.
        let isIntentToAdd: Bool
    }

    let entries: [Entry]

    private static let signature: UInt32 = 0x4449_5243    // "DIRC"
    private static let headerSize = 12
    private static let checksumSize = 20
    /// Stat data (40 bytes), the object id (20) and the flags (2), before any extended flags.
    private static let fixedEntrySize = 62

    init?(bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= Self.headerSize + Self.checksumSize, bytes.bigEndian(UInt32.self, at: 0) == Self.signature else { return nil }
        let version = bytes.bigEndian(UInt32.self, at: 4)
        guard (2...4).contains(version) else { return nil }
        let count = Int(bytes.bigEndian(UInt32.self, at: 8))
        let end = bytes.count - Self.checksumSize
        guard count <= (end - Self.headerSize) / Self.fixedEntrySize else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var offset = Self.headerSize
        var previous: (path: [UInt8], stage: Int)?
        for _ in 0..<count {
            let start = offset
            guard start + Self.fixedEntrySize <= end else { return nil }
            let flags = bytes.bigEndian(UInt16.self, at: start + 60)
            var pathStart = start + Self.fixedEntrySize
            var extendedFlags: UInt16 = 0
            if flags & 0x4000 != 0 {
                guard version >= 3, pathStart + 2 <= end else { return nil }
                extendedFlags = bytes.bigEndian(UInt16.self, at: pathStart)
                pathStart += 2
            }
            let path: [UInt8]
            if version == 4 {
                // The path is the previous entry's, less a number of its last bytes, plus a suffix.
                let previousPath = previous?.path ?? []
                guard let (strip, suffixStart) = Self.varint(bytes, at: pathStart, end: end), strip <= previousPath.count,
                      let terminator = Self.nul(bytes, from: suffixStart, end: end) else { return nil }
                path = Array(previousPath.prefix(previousPath.count - strip)) + UnsafeRawBufferPointer(rebasing: bytes[suffixStart..<terminator])
                offset = terminator + 1
            } else {
                guard let terminator = Self.nul(bytes, from: pathStart, end: end) else { return nil }
                // libgit2 sizes the entry by the name length in the flags and reads the path up
                // to its NUL: they must agree for both to read the same.
                let nameLength = Int(flags & 0x0FFF)
                guard nameLength == 0x0FFF ? terminator - pathStart >= 0x0FFF : terminator - pathStart == nameLength else { return nil }
                path = Array(UnsafeRawBufferPointer(rebasing: bytes[pathStart..<terminator]))
                // Padded with one to eight NULs to a multiple of eight bytes.
                let size = (pathStart - start + path.count + 8) & ~7
                guard size <= end - start else { return nil }
                offset = start + size
            }
            let stage = Int(flags >> 12 & 3)
            guard Self.isPlain(path) else { return nil }
            if let previous, !Self.isOrdered(previous, before: (path, stage)) { return nil }
            previous = (path, stage)
            let id = ObjectID(raw: bytes, at: start + 40)
            entries.append(Entry(path: path, mode: bytes.bigEndian(UInt32.self, at: start + 24), id: id, stage: stage, isIntentToAdd: extendedFlags & 0x2000 != 0))
        }
        while offset < end {
            // An extension: four signature bytes, a 32-bit size. One whose signature does not
            // start with a capital is mandatory to understand.
            guard offset + 8 <= end, (0x41...0x5A).contains(bytes[offset]) else { return nil }
            let size = Int(bytes.bigEndian(UInt32.self, at: offset + 4))
            guard size <= end - offset - 8 else { return nil }
            offset += 8 + size
        }
        guard offset == end else { return nil }
        self.entries = entries
    }

    /// Whether `first` sorts before `second` as git writes an index (and libgit2, not ignoring
    /// case, keeps it): by path bytes, then by stage.
    private static func isOrdered(_ first: (path: [UInt8], stage: Int), before second: (path: [UInt8], stage: Int)) -> Bool {
        GitPath(bytes: first.path) < GitPath(bytes: second.path) || (first.path == second.path && first.stage < second.stage)
    }

    /// Whether no path check of libgit2's could refuse `path`. Reading an index, libgit2 refuses
    /// `.`, `..` and `.git` components, and by configuration their NTFS and HFS+ spellings; this
    /// turns away more (any `\`, `:` or `~` too), since a path turned away is read by libgit2.
    private static func isPlain(_ path: [UInt8]) -> Bool {
        path.withUnsafeBufferPointer { path in
            var componentStart = 0
            for index in 0...path.count {
                if index < path.count {
                    let byte = path[index]
                    if byte == 0x5C || byte == 0x3A || byte == 0x7E { return false }    // \ : ~
                    if byte != 0x2F { continue }
                }
                if index == componentStart { return false }
                // Only a component that starts with a dot, a space or a non-ASCII byte can read
                // as `.`, `..` or `.git`: most are passed on their first byte.
                let first = path[componentStart]
                if first == 0x2E || first == 0x20 || first >= 0x80, mayBeDotOrDotGit(UnsafeBufferPointer(rebasing: path[componentStart..<index])) {
                    return false
                }
                componentStart = index + 1
            }
            return true
        }
    }

    /// Whether `component` is `.`, `..` or `.git` in any case once NTFS has dropped its
    /// trailing dots and spaces and HFS+ its ignorable (non-ASCII) characters.
    private static func mayBeDotOrDotGit(_ component: UnsafeBufferPointer<UInt8>) -> Bool {
        var seen = 0                 // ASCII bytes so far
        var lastMeaningful = 0       // how many ASCII bytes up to the last that is not a dot or space
        var head: UInt32 = 0         // the first four ASCII bytes, lower-cased
        for byte in component where byte < 0x80 {
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            if seen < 4 { head = head << 8 | UInt32(lower) }
            seen += 1
            if lower != 0x2E && lower != 0x20 { lastMeaningful = seen }
        }
        return lastMeaningful == 0 || (lastMeaningful == 4 && head == 0x2E67_6974)    // ".git"
    }

    /// git's variable-length number of an index v4 path: seven bits a byte, most significant
    /// first, each continuation adding one. Nil past `end` or beyond 32 bits.
    private static func varint(_ bytes: UnsafeRawBufferPointer, at start: Int, end: Int) -> (Int, Int)? {
        var position = start
        guard position < end else { return nil }
        var byte = bytes[position]
        var value = Int(byte & 0x7F)
        while byte & 0x80 != 0 {
            position += 1
            guard position < end, value < 1 << 24 else { return nil }
            byte = bytes[position]
            value = ((value + 1) << 7) | Int(byte & 0x7F)
        }
        return (value, position + 1)
    }

    private static func nul(_ bytes: UnsafeRawBufferPointer, from start: Int, end: Int) -> Int? {
        guard start < end, let base = bytes.baseAddress, let found = memchr(base + start, 0, end - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }
}
