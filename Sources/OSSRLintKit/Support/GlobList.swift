/// Globs tried together on every entry of a tree, with one byte test for the whole list in
/// front of them.
///
/// Each glob turns most paths away by its own byte tests (`Glob.Prefilter`), but a list asked
/// the same path glob by glob, and the OSSR profile tries six lists of `**/` patterns on every
/// entry. The list's test is the union of its globs' tests, so a path it turns away is one no
/// glob could match, and such a path costs a few byte lookups whatever the number of globs.
///
/// A class: as a struct (the globs and the tests side by side), read in a closure run for
/// every entry, the list was copied and its arrays retained on every call, which made the 100k
/// flat benchmark slower (1,459 to 1,691 million instructions, callgrind), not faster.
final class GlobList: Sendable, Hashable {
    let globs: [Glob]
    private let filter: Filter

    init(_ globs: [Glob]) {
        self.globs = globs
        filter = Filter(globs)
    }

    /// The patterns as written, in order.
    var patterns: [String] { globs.map(\.pattern) }

    /// The position of the first glob that matches the path, given where its last component
    /// starts. With `depth` (the path's number of `/`), globs that cannot match at that depth
    /// are skipped first.
    func firstIndexMatching(_ path: UnsafeBufferPointer<UInt8>, nameStart: Int, depth: Int? = nil) -> Int? {
        guard filter.admits(path, nameStart: nameStart) else { return nil }
        return globs.withUnsafeBufferPointer { globs in
            guard let first = globs.baseAddress else { return nil }
            // Through the element's address: `globs[index].mayMatch(…)` copied the glob (and
            // retained its parts) for every entry.
            for index in globs.indices {
                let glob = first + index
                if let depth, !glob.pointee.mayMatch(atDepth: depth) { continue }
                if glob.pointee.mayMatch(path, nameStart: nameStart) && glob.pointee.programsMatch(path, nameStart: nameStart) { return index }
            }
            return nil
        }
    }

    static func == (lhs: GlobList, rhs: GlobList) -> Bool { lhs.globs == rhs.globs }

    func hash(into hasher: inout Hasher) { hasher.combine(globs) }

    /// The union of the globs' byte tests. A glob's test passes when one of its groups of
    /// programs may match (see `Glob.Prefilter`); each group's test is widened here to bytes
    /// alone, without the literal runs, and gathered with the same group's of the other globs:
    /// first and last byte of the path, first byte of the name and last byte of the path, last
    /// byte alone, or a literal somewhere in the path.
    private struct Filter: Sendable {
        private var admitsEverything = false
        /// For each byte value, the tests it passes (`Role`): one table read per tested byte,
        /// where five 256-bit sets read as words were copied for every path.
        private var roles = [UInt8](repeating: 0, count: 256)
        /// The literals the globs' programs known at neither end need, each with whether its
        /// glob folds case; rare (`**/__pycache__/*`), and searched for as each glob would.
        private var literals: [(bytes: [UInt8], foldingCase: Bool)] = []

        private enum Role {
            static let pathFirst: UInt8 = 1, pathLast: UInt8 = 2, nameFirst: UInt8 = 4, nameLast: UInt8 = 8, last: UInt8 = 16
        }

        init(_ globs: [Glob]) {
            for glob in globs {
                let tests = glob.prefilter
                if tests.admitsEverything { admitsEverything = true }
                if let leading = tests.leadingBytes {
                    let lastBytes = tests.lastBytes
                    if let path = leading.path {
                        mark(path, Role.pathFirst, foldingCase: glob.ignoresCase)
                        mark(lastBytes, Role.pathLast, foldingCase: glob.ignoresCase)
                    }
                    if let name = leading.name {
                        mark(name, Role.nameFirst, foldingCase: glob.ignoresCase)
                        mark(lastBytes, Role.nameLast, foldingCase: glob.ignoresCase)
                    }
                }
                if let otherLast = tests.otherLastBytes { mark(otherLast, Role.last, foldingCase: glob.ignoresCase) }
                for literal in tests.otherLiterals ?? [] { literals.append((literal, glob.ignoresCase)) }
            }
        }

        /// Gives `role` to the bytes of `set` (to every byte when nil). A glob folding case
        /// tests the lower-cased path byte; the list tests the byte as it is, so such a glob's
        /// letters go in with their capitals.
        private mutating func mark(_ set: Glob.ByteSet?, _ role: UInt8, foldingCase: Bool) {
            for value in 0...255 {
                let byte = UInt8(value)
                if let set, !set.contains(ByteSearch.fold(byte, foldingCase)) { continue }
                roles[value] |= role
            }
        }

        /// False only when no glob of the list can match the path.
        @inline(__always)
        func admits(_ path: UnsafeBufferPointer<UInt8>, nameStart: Int) -> Bool {
            if admitsEverything { return true }
            guard let lastByte = path.last else { return false }
            let admitted = roles.withUnsafeBufferPointer { roles in
                let atEnd = roles[Int(lastByte)]
                if atEnd & Role.last != 0 { return true }
                if roles[Int(path[0])] & Role.pathFirst != 0 && atEnd & Role.pathLast != 0 { return true }
                return nameStart < path.count && roles[Int(path[nameStart])] & Role.nameFirst != 0 && atEnd & Role.nameLast != 0
            }
            return admitted || literals.contains { ByteSearch.contains($0.bytes, in: path, foldingCase: $0.foldingCase) }
        }
    }
}
