import Foundation
import GitKit

/// Reads every text file of a revision once and looks for the `SecretKind`s in it.
///
/// Bounded: a file over the per-file limit is counted, not read; a binary file (by extension,
/// or a NUL byte in its first 8,000 bytes, as git decides) is not searched; a blob shared by
/// many paths is read once; and the scan stops at a total budget, saying how much was left.
enum SecretScanner {
    /// Extensions of files that are binary by nature: not read at all.
    private static let binaryExtensionNames: [String] = [
        "png", "jpg", "jpeg", "gif", "bmp", "ico", "tif", "tiff", "webp", "pdf", "eps", "ps",
        "fits", "fit", "fz", "h5", "hdf5", "hdf", "nc", "npy", "npz", "pkl", "pickle", "root", "parquet", "feather",
        "gz", "bz2", "xz", "zst", "zip", "tar", "tgz", "7z", "rar", "jar", "whl", "egg",
        "so", "dylib", "dll", "a", "o", "obj", "exe", "pyc", "pyo", "class", "wasm",
        "mp3", "mp4", "mov", "avi", "wav", "ogg", "flac", "ttf", "otf", "woff", "woff2", "sqlite", "db",
    ]

    /// What searching one blob gave: binary, or text of so many bytes with findings (lines and
    /// kinds; the paths are the revision's).
    enum BlobVerdict: Sendable {
        case binary
        case text(bytes: Int, findings: [(line: Int, kind: String)])
    }

    /// What a scan will read: the candidates (text files by extension) in path order, each
    /// with its size and whether it is a CI file, and how many leading candidates may be judged
    /// ahead of the scan, in any order and on any thread (`judgeAhead`).
    struct Plan: Sendable {
        let table: EntryTable
        let limits: SecretScanLimits
        let candidates: [Int]
        let ciFile: [Bool]
        /// Every entry's size, -1 where unknown.
        let sizes: [Int]
        let skippedBinaryByExtension: Int
        /// The ids at two paths or more, and, by candidate, whether it is a second or later path
        /// of one.
        let repeated: Set<ObjectID>
        let isLaterRepeat: [Bool]
        /// The candidates before this one cannot meet the total budget, whatever they hold (their
        /// sizes add up to no more than it), so judging them ahead cannot change the scan.
        let judgeableCount: Int
    }

    /// Plans a scan of `table`: `knownSizes` are the sizes the collector read; others are read
    /// here.
    static func plan(_ table: EntryTable, sizes knownSizes: [Int], from reader: some RevisionReader, limits: SecretScanLimits) -> Plan {
        var skippedBinary = 0
        // In path order (the table's order with no depths asked), each with whether it is a CI file.
        var candidates: [Int] = []
        var ciFile: [Bool] = []
        table.forEach(atDepths: nil) { fact in
            guard fact.kind == .file || fact.kind == .executable else { return }
            if isBinaryByExtension(fact) { skippedBinary += 1; return }
            candidates.append(fact.index)
            ciFile.append(isCIFile(fact.pathBytes))
        }
        // Every size, -1 where unknown: the sizes the collector read, the others read here.
        var sizes = knownSizes.count == table.entries.count ? knownSizes : [Int](repeating: -1, count: table.entries.count)
        let unknown = candidates.filter { sizes[$0] < 0 }
        for (position, size) in zip(unknown, reader.readSizes(of: unknown.map { table.entries[$0] })) { sizes[position] = (try? size.get()) ?? -1 }
        // Findings by blob, so that a blob at many paths is read once. Only blobs at two paths or
        // more are kept (`repeatedIDs` finds them): a dictionary entry for each of 100k blobs
        // cost more than finding the few repeated ones.
        let (repeated, isLaterRepeat) = Self.repeatedIDs(of: candidates, in: table.entries)
        var judgeableCount = 0
        var budget = limits.total
        for position in candidates {
            let size = sizes[position]
            if size >= 0, size <= limits.perFile {
                guard size <= budget else { break }
                budget -= size
            }
            judgeableCount += 1
        }
        return Plan(table: table, limits: limits, candidates: candidates, ciFile: ciFile, sizes: sizes, skippedBinaryByExtension: skippedBinary,
                    repeated: repeated, isLaterRepeat: isLaterRepeat, judgeableCount: judgeableCount)
    }

    /// The scan `plan` describes, in path order: the candidates `judgedAhead` holds verdicts for
    /// (runs from the first candidate on) are not read again. With `memory` (many revisions of
    /// one repository, `ossrlint history`), a blob searched for one revision is not read again
    /// for the next: its id is the hash of its content.
    static func scan(_ plan: Plan, judgedAhead: [JudgedRun], from reader: some RevisionReader, memory: FactMemory? = nil) -> SecretScan {
        let (table, limits, candidates) = (plan.table, plan.limits, plan.candidates)
        var scan = SecretScan()
        scan.skippedBinary = plan.skippedBinaryByExtension
        var run = 0
        var searched: [ObjectID: [SecretScan.Finding]] = [:]
        for (index, position) in candidates.enumerated() {
            let entry = table.entries[position]
            let size = plan.sizes[position]
            guard size >= 0 else {
                scan.unreadable += 1
                continue
            }
            if size > limits.perFile { scan.skippedLarge += 1; continue }
            if scan.scannedBytes + size > limits.total { scan.leftOver = candidates.count - index; break }
            if !searched.isEmpty, let id = entry.objectID, let known = searched[id] {
                scan.findings += known.map { SecretScan.Finding(path: entry.path.displayName, line: $0.line, kind: $0.kind) }
                continue
            }
            // CI files are searched for more kinds: their blobs are not shared with others.
            let isCI = plan.ciFile[index]
            let shareable = !isCI
            while run < judgedAhead.count, judgedAhead[run].candidates.upperBound <= index { run += 1 }
            let verdict: BlobVerdict
            if run < judgedAhead.count, let judged = judgedAhead[run].verdict(of: index) {
                guard let judged else { scan.unreadable += 1; continue }
                verdict = judged
            } else if shareable, let id = entry.objectID, let remembered = memory?.secretVerdicts[id] {
                verdict = remembered
            } else {
                guard let read = judge(entry, size: size, isCI: isCI, from: reader) else { scan.unreadable += 1; continue }
                verdict = read
                if shareable, let id = entry.objectID { memory?.remember(verdict, of: id) }
            }
            guard case let .text(bytes, found) = verdict else { scan.skippedBinary += 1; continue }
            scan.scannedFiles += 1
            scan.scannedBytes += bytes
            let placed = found.map { SecretScan.Finding(path: entry.path.displayName, line: $0.line, kind: $0.kind) }
            if shareable, let id = entry.objectID, plan.repeated.contains(id) { searched[id] = placed }
            if !placed.isEmpty { scan.findings += placed }
        }
        return scan
    }

    /// Reads one blob and searches it; nil when it cannot be read.
    static func judge(_ entry: SnapshotEntry, size: Int, isCI: Bool, from reader: some RevisionReader) -> BlobVerdict? {
        let kinds = isCI ? SecretKind.allCases : kindsOutsideCI
        var read = BlobVerdict.binary
        do {
            try reader.withContent(of: entry, limit: size) { text in
                read = looksBinary(text) ? .binary : .text(bytes: text.count, findings: findings(in: text, kinds: kinds))
            }
        } catch {
            return nil
        }
        return read
    }

    /// The ids that occur more than once among the entries at `positions`, and, by position
    /// in `positions`, whether it is a second or later occurrence: an open-addressing table indexed by each id's
    /// leading bits (already evenly spread), linear in the entries. Sorting 100k ids cost 20 ms,
    /// and a dictionary entry per blob more; the table holds positions, not a copy of each id
    /// (24 MB at a million files).
    private static func repeatedIDs(of positions: [Int], in entries: [SnapshotEntry]) -> (ids: Set<ObjectID>, isLater: [Bool]) {
        var capacity = 16
        while capacity < positions.count * 2 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        var repeated: Set<ObjectID> = []
        var later = [Bool](repeating: false, count: positions.count)
        for (index, position) in positions.enumerated() {
            guard let id = entries[position].objectID else { continue }
            var slot = Int(truncatingIfNeeded: id.leadingBits) & mask
            while slots[slot] >= 0 {
                if entries[Int(slots[slot])].objectID == id { break }
                slot = (slot + 1) & mask
            }
            if slots[slot] >= 0 {
                repeated.insert(id)
                later[index] = true
            } else {
                slots[slot] = Int32(truncatingIfNeeded: position)
            }
        }
        return (repeated, later)
    }

    /// Whether the name's extension, lower-cased, is one of `binaryExtensionNames`, read as up
    /// to eight bytes packed into an integer: no array and no hashing of bytes per entry.
    private static func isBinaryByExtension(_ fact: EntryFacts) -> Bool {
        let name = fact.lowercasedBytes[fact.nameStart...]
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return false }
        let extensionBytes = name[(dot + 1)...]
        guard !extensionBytes.isEmpty, extensionBytes.count <= 8 else { return false }
        return binaryExtensionKeys.contains(packed(extensionBytes))
    }

    private static func packed<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static let binaryExtensionKeys: Set<UInt64> = Set(binaryExtensionNames.map { packed(Array($0.utf8)) })

    private static let ciFolders = [".github/workflows/", ".gitlab/ci/"].map { Array($0.utf8) }
    private static let gitLabCI = Array(".gitlab-ci.yml".utf8)

    /// `.gitlab-ci.yml`, included files named `*.gitlab-ci.yml`, and the CI folders' files:
    /// searched for literal Zenodo tokens too.
    private static func isCIFile(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Every CI path starts with `.` or ends with `l`: one test turns most paths away before
        // the comparisons, which go byte by byte.
        guard let first = bytes.first, let last = bytes.last, first == UInt8(ascii: ".") || last == UInt8(ascii: "l") else { return false }
        return bytes.suffix(gitLabCI.count).elementsEqual(gitLabCI) || ciFolders.contains { bytes.starts(with: $0) }
    }

    private static let kindsOutsideCI = SecretKind.allCases.filter { $0 != .zenodoToken }

    private static func findings(in text: UnsafeRawBufferPointer, kinds: [SecretKind]) -> [(line: Int, kind: String)] {
        if !kinds.contains(.zenodoToken), !SecretKind.anyAnchorOccurs(in: text) { return [] }
        var found: [(line: Int, kind: String)] = []
        for kind in kinds {
            for offset in kind.offsets(in: text) {
                found.append((lineNumber(at: offset, in: text), kind.rawValue))
            }
        }
        return found.count < 2 ? found : found.sorted { ($0.line, $0.kind) < ($1.line, $1.kind) }
    }

    private static func lineNumber(at offset: Int, in text: UnsafeRawBufferPointer) -> Int {
        1 + text[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Git's own test: a NUL byte in the first 8,000 bytes makes a file binary.
    private static func looksBinary(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, 0, min(bytes.count, 8_000)) != nil
    }

}
