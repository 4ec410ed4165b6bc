import Foundation
import GitKit

/// An entry with the derived text most checks match on, as a check sees it inside
/// `RevisionFacts.forEachEntry`: computed once per revision (`EntryTable`) instead of once per
/// check, since lower-casing every path in every check cost more than the checks themselves.
///
/// A view of the table's bytes, valid only during the call that hands it over: it holds no
/// reference, so passing it to a check's closure for each of a large tree's entries retains
/// nothing (copying facts that held arrays was a third of the path rules' time).
struct EntryFacts {
    /// The entry's position in the revision's `entries` (`RevisionFacts.entry(of:)`).
    let index: Int
    let kind: EntryKind
    /// How many directories the entry is below the root.
    let depth: Int
    /// Where the last component starts in the path's bytes.
    let nameStart: Int
    /// The path's bytes as git stores them.
    let pathBytes: UnsafeBufferPointer<UInt8>
    /// The path's bytes, ASCII letters lower-cased: what case-blind checks test (as bytes,
    /// without Unicode-aware String searching, which cost milliseconds over a large tree).
    let lowercasedBytes: UnsafeBufferPointer<UInt8>

    /// The path as text, ASCII letters lower-cased (invalid UTF-8 replaced). Made on each use:
    /// checks filter on bytes first and ask for text only for the few entries left.
    var lowercasedPath: String { String(decoding: lowercasedBytes, as: UTF8.self) }

    /// The last component of `lowercasedPath`.
    var lowercasedName: String { String(decoding: UnsafeBufferPointer(rebasing: lowercasedBytes[nameStart...]), as: UTF8.self) }

    /// Whether the lower-cased last component contains any of these (lower-case) needles.
    func nameContains(any needles: ByteNeedles) -> Bool {
        needles.occur(in: UnsafeBufferPointer(rebasing: lowercasedBytes[nameStart...]))
    }

    /// Whether a folder above the entry has one of these (lower-case) names: one pass over the
    /// path, comparing only components of a matching length.
    func hasFolder(namedAnyOf names: [[UInt8]]) -> Bool {
        var start = 0
        while start < nameStart {
            var end = start
            while lowercasedBytes[end] != 0x2F { end += 1 }  // every folder component ends with '/'
            let length = end - start
            for name in names where name.count == length && name.elementsEqual(lowercasedBytes[start..<end]) { return true }
            start = end + 1
        }
        return false
    }

    /// Whether the lower-cased path contains these (lower-case) bytes.
    func pathContains(bytes pattern: [UInt8]) -> Bool {
        ByteSearch.contains(pattern, in: lowercasedBytes)
    }

    /// The lower-cased directory names above the entry.
    var lowercasedDirectories: [Substring] {
        lowercasedPath.split(separator: "/").dropLast()
    }
}

