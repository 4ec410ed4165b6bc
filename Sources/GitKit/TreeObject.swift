internal import CLibGit2
import Foundation

/// A tree's own entries, copied out of the object: names in one buffer, as a walk reads them,
/// each with its mode as libgit2 gives it (`git_tree_entry_filemode`) and its id.
struct TreeObject {
    struct Entry {
        /// Where the name lies in `names`.
        let nameStart: Int
        let nameEnd: Int
        let mode: UInt32
        let id: ObjectID
    }

    var names: [UInt8] = []
    var entries: [Entry] = []

    /// About what the tree costs in memory.
    var bytes: Int { names.count + entries.count * MemoryLayout<Entry>.stride + 64 }

    init() {}

    /// The entries of a tree libgit2 parsed.
    init(copying tree: TreeHandle) {
        let count = git_tree_entrycount(tree.pointer)
        entries.reserveCapacity(count)
        for index in 0..<count {
            guard let entry = git_tree_entry_byindex(tree.pointer, index), let rawName = git_tree_entry_name(entry),
                  let id = git_tree_entry_id(entry) else { continue }
            let start = names.count
            names.append(contentsOf: UnsafeRawBufferPointer(start: rawName, count: strlen(rawName)))
            entries.append(Entry(nameStart: start, nameEnd: names.count, mode: UInt32(git_tree_entry_filemode(entry).rawValue), id: ObjectID(id)))
        }
    }

    /// The entries of a tree object's raw content: one after another, an octal mode, a space,
    /// a name ending in NUL, and the 20-byte id. Nil for anything but that plain form (a sign,
    /// a space or no digit before the mode, an empty name, an entry cut short): libgit2 then
    /// reads the tree, accepting what it accepts and saying what it refuses, as before.
    init?(parsing raw: UnsafeRawBufferPointer) {
        // Room for every name at once (they are most of the bytes), and entries for names of
        // about ten bytes: growing both as they filled was a third of the parse (callgrind).
        names.reserveCapacity(raw.count)
        entries.reserveCapacity(raw.count / 36 + 1)
        var position = 0
        while position < raw.count {
            var mode: UInt32 = 0
            let modeStart = position
            while position < raw.count, raw[position] != 0x20 {
                let digit = raw[position] &- 0x30
                guard digit < 8, position - modeStart < 7 else { return nil }
                mode = mode << 3 | UInt32(digit)
                position += 1
            }
            guard position > modeStart, position < raw.count, mode <= 0xFFFF else { return nil }
            position += 1
            let nameStart = position
            while position < raw.count, raw[position] != 0 { position += 1 }
            guard position > nameStart, position - nameStart <= 0xFFFF, position + 21 <= raw.count else { return nil }
            let start = names.count
            // Appended as a buffer (one copy), not as a slice (byte by byte).
            names.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[nameStart..<position]))
            let id = ObjectID(raw: raw, at: position + 1)
            entries.append(Entry(nameStart: start, nameEnd: names.count, mode: Self.normalized(mode), id: id))
            position += 21
        }
    }

    /// A mode as libgit2 1.5 hands it out: a folder's type bits make a folder; else any
    /// owner-execute bit an executable file; else a gitlink's or symlink's type bits those; and
    /// anything else a plain file.
    static func normalized(_ mode: UInt32) -> UInt32 {
        let type = mode & 0o170000
        if type == 0o040000 { return 0o040000 }
        if mode & 0o100 != 0 { return 0o100755 }
        if type == 0o160000 || type == 0o120000 { return type }
        return 0o100644
    }
}
