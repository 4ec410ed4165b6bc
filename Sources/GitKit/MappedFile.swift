import Foundation

/// A file mapped read-only into memory: the owner of the mapping, unmapped in `deinit`.
/// Sendable: the mapping is never written, and lives as long as any thread holds its owner.
///
/// Git never rewrites a pack or its index in place (a repack writes new files and renames
/// them), so a mapping stays valid for a run; libgit2 maps packs the same way.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    /// Maps the file at `path` (NUL-terminated bytes); nil when it cannot be opened or mapped,
    /// or is empty.
    init?(path: [CChar]) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else { return nil }
        let count = Int(info.st_size)
        guard let start = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), start != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: start, count: count)
    }

    deinit {
        if let start = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: start), bytes.count) }
    }

    /// The big-endian 32-bit number at `offset`; the caller has checked the bounds.
    func uint32(at offset: Int) -> UInt32 {
        UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// The big-endian 64-bit number at `offset`; the caller has checked the bounds.
    func uint64(at offset: Int) -> UInt64 {
        UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}

extension UnsafeRawBufferPointer {
    /// The big-endian number of type `type` at `offset` (git's files store them so); the
    /// caller has checked the bounds. `MappedFile`'s two readers above stay written out: made
    /// to call this, they cost the 100k-file listing 38 million more instructions (callgrind),
    /// retains and releases on the pack reader's hot path.
    func bigEndian<Number: FixedWidthInteger>(_ type: Number.Type, at offset: Int) -> Number {
        Number(bigEndian: loadUnaligned(fromByteOffset: offset, as: Number.self))
    }
}
