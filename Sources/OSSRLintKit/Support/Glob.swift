/// A compiled path pattern, matched against a path's raw bytes.
///
/// Syntax: `*` any run of bytes within one component, `?` one byte, `[abc]`/`[a-z]`/`[!x]` a
/// class, `{a,b}` alternatives, and a `**` component for any number of directories. A pattern
/// is matched against the whole path (`docs/conf.py`); start it with `**/` to match at any depth.
/// Compiled once when a rule set loads; matching allocates nothing.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// One step of a compiled pattern. Trivial values only, so matching 10k paths against a
    /// rule's patterns does no reference counting and no allocation.
    enum Op: Sendable, Hashable {
        case byte(UInt8)
        /// `?`: one byte, not `/`.
        case oneByte
        /// `[…]`: one byte, not `/`, in the set at this index of `sets`.
        case set(Int)
        /// `*`: any run of bytes within one component.
        case anyRun
        /// `**/`: zero or more whole directories.
        case anyDirectories
        /// A final `**`: everything that is left, at least one byte.
        case anyRest
        /// The first step of a `{…}` alternative: go on with it, or else try the next one,
        /// which starts at this index.
        case fork(Int)
        /// The end of a `{…}` alternative: on to the step after the group, at this index.
        case jump(Int)
    }

    /// A 256-bit byte set.
    struct ByteSet: Sendable, Hashable {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        mutating func insert(_ byte: UInt8) {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
        }

        /// One load and one shift: a `switch` on the word compiled to a jump table, an
        /// indirect branch for every byte tested (1,449 to 1,345 million instructions on the
        /// 100k flat benchmark, callgrind). The words are copied to the stack for the load, so
        /// a loop testing every byte of a text reads a table instead (`ByteNeedles`).
        @inline(__always)
        func contains(_ byte: UInt8) -> Bool {
            let word = withUnsafeBytes(of: words) { $0.load(fromByteOffset: Int(byte >> 6) &* 8, as: UInt64.self) }
            return word >> UInt64(byte & 63) & 1 != 0
        }

        func union(_ other: ByteSet) -> ByteSet {
            var result = self
            result.words = (words.0 | other.words.0, words.1 | other.words.1, words.2 | other.words.2, words.3 | other.words.3)
            return result
        }

        static func == (lhs: ByteSet, rhs: ByteSet) -> Bool {
            lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2 && lhs.words.3 == rhs.words.3
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(words.0)
            hasher.combine(words.1)
            hasher.combine(words.2)
            hasher.combine(words.3)
        }
    }

    /// The pattern as written.
    public let pattern: String
    /// Whether ASCII letters match in either case; other bytes match only themselves, since
    /// paths are raw bytes and are folded the same way.
    public let ignoresCase: Bool
    /// One reference for all the compiled parts, so that handing a glob around (to a closure,
    /// into a loop) retains one object, not four arrays.
    private let compiled: Compiled
    /// The byte tests that reject most paths, kept as plain values beside the reference: a
    /// loop over a rule's globs for every entry of a large tree reads them without retaining
    /// anything (retaining and releasing each glob per entry was a tenth of a 100k-file run).
    let prefilter: Prefilter

    /// Tests that every match passes, made once from the programs and kept as plain values
    /// beside `compiled`, so that a loop over many globs reads them in place.
    ///
    /// The programs fall in three groups, and a path passes when it passes one group's test:
    /// those whose start is known (tested by their first bytes and runs, and by their last
    /// byte when every one of them ends with a literal); those that start with a wildcard but
    /// end with a literal (tested by their last byte); and those known at neither end (tested
    /// by the literal each needs somewhere, `__pycache__/` in `**/__pycache__/*`, or letting
    /// every path through). `**/{singularity,singularity.*,*.def}` is thus turned away
    /// from `src/f.txt` by `s` and `f`, where one test for all programs knew neither end and
    /// let each of a 100k-file tree's paths through to the matcher.
    struct Prefilter: Sendable {
        /// The bytes a match of the programs with a known start can end with, when every one
        /// of them ends with a literal: one test that rejects most paths for all of them at
        /// once (`*.{o,so,dll,…}` cannot match a path ending in `y`).
        let lastBytes: ByteSet?
        /// The bytes a match of the programs with a known start can start with — at the path's
        /// start for programs that match the whole path, at the name's start for `**/name`
        /// programs; nil when no program's start is known. One test for all of them at once:
        /// `{doc,docs}/{,**/}{changelog,news,…}{,.md,.rst}` expands to 176 programs, and every
        /// path of a 100k-file tree was tested against each of them.
        let leadingBytes: (path: ByteSet?, name: ByteSet?)?
        /// The literal runs those programs can start with, at the path's start and at the
        /// name's start: the shortest that cover all of them, when each has one and they are
        /// few; nil tests nothing. The first byte of the 176 programs above is only `c`, `d`,
        /// `h`, `n` or `r`, and every path of a tree whose folders are `d0/` … `d49/` passed it;
        /// the runs `doc/` and `docs/` turn those paths away after four bytes.
        let leadingRuns: (path: [[UInt8]]?, name: [[UInt8]]?)
        /// The bytes a match of the programs that start with a wildcard and end with a literal
        /// can end with; nil when there are none.
        let otherLastBytes: ByteSet?
        /// The literals the programs known at neither end need somewhere in the path.
        let otherLiterals: [[UInt8]]?
        /// Whether some program is known at neither end and needs no literal: then every path
        /// may match.
        let admitsEverything: Bool
        /// Whether there are programs of the second or third group: derivable from the three
        /// above, and kept so that a path the first group turns away costs one test, not three
        /// (13 million instructions of a 2.3 billion run on the 100k flat benchmark).
        let hasOtherPrograms: Bool
        /// The depths (number of `/`) a match can have, one bit each from 0 to 62, and bit 63
        /// for 63 or more; every bit for a pattern with `**`.
        let depthMask: UInt64

        init(programs: [Program], sets: [ByteSet]) {
            var pathBytes: ByteSet?
            var nameBytes: ByteSet?
            var startKnown: [Program] = []
            var otherLastBytes: ByteSet?
            var otherLiterals: [[UInt8]] = []
            var knownAtNeitherEnd = false
            for program in programs {
                if let leading = Glob.leadingBytes(program.ops, from: program.matchesNameOnly ? 1 : 0, sets) {
                    startKnown.append(program)
                    if program.matchesNameOnly {
                        nameBytes = (nameBytes ?? ByteSet()).union(leading)
                    } else {
                        pathBytes = (pathBytes ?? ByteSet()).union(leading)
                    }
                } else if let last = program.suffix.last {
                    var bytes = otherLastBytes ?? ByteSet()
                    bytes.insert(last)
                    otherLastBytes = bytes
                } else if !program.requiredLiteral.isEmpty {
                    otherLiterals.append(program.requiredLiteral)
                } else {
                    knownAtNeitherEnd = true
                }
            }
            leadingBytes = startKnown.isEmpty ? nil : (pathBytes, nameBytes)
            leadingRuns = (Self.coveringRuns(startKnown.filter { !$0.matchesNameOnly }.map { Glob.leadingRuns($0.ops, from: 0) }),
                           Self.coveringRuns(startKnown.filter(\.matchesNameOnly).map { Glob.leadingRuns($0.ops, from: 1) }))
            var lastBytes = ByteSet()
            var everyOneEndsWithALiteral = !startKnown.isEmpty
            for program in startKnown {
                guard let last = program.suffix.last else { everyOneEndsWithALiteral = false; break }
                lastBytes.insert(last)
            }
            self.lastBytes = everyOneEndsWithALiteral ? lastBytes : nil
            self.otherLastBytes = otherLastBytes
            self.otherLiterals = otherLiterals.isEmpty ? nil : otherLiterals
            admitsEverything = knownAtNeitherEnd
            hasOtherPrograms = otherLastBytes != nil || !otherLiterals.isEmpty || knownAtNeitherEnd
            depthMask = Glob.depths(of: programs).map { depths in depths.reduce(UInt64(0)) { $0 | UInt64(1) << UInt64(min($1, 63)) } } ?? .max
        }

        /// The runs of `prefixes` that no shorter one covers, shortest first; nil when there are
        /// none, when one is empty (its program may start anyhow) or when more than eight remain.
        private static func coveringRuns(_ programRuns: [[[UInt8]]?]) -> [[UInt8]]? {
            guard !programRuns.isEmpty, !programRuns.contains(where: { $0 == nil }) else { return nil }
            let prefixes = programRuns.flatMap { $0 ?? [] }
            guard !prefixes.contains(where: \.isEmpty) else { return nil }
            var runs: [[UInt8]] = []
            for prefix in prefixes.sorted(by: { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) })
            where !runs.contains(where: { prefix.starts(with: $0) }) {
                runs.append(prefix)
                if runs.count > 8 { return nil }
            }
            return runs
        }

        /// Whether a path at `depth` may match at all.
        @inline(__always)
        func admits(depth: Int) -> Bool {
            depthMask & (UInt64(1) << UInt64(min(depth, 63))) != 0
        }

        /// Whether a path may match; false only when none of the programs can.
        @inline(__always)
        func admits(_ path: UnsafeBufferPointer<UInt8>, nameStart: Int, _ ignoresCase: Bool) -> Bool {
            // The first group first: most globs have no other, and pay nothing more.
            if startKnownMayMatch(path, nameStart: nameStart, ignoresCase) { return true }
            guard hasOtherPrograms else { return false }
            if let otherLastBytes, let last = path.last, otherLastBytes.contains(ByteSearch.fold(last, ignoresCase)) { return true }
            if admitsEverything { return true }
            guard let otherLiterals else { return false }
            for literal in otherLiterals where ByteSearch.contains(literal, in: path, foldingCase: ignoresCase) { return true }
            return false
        }

        /// Whether a program of the first group (a known start) may match.
        @inline(__always)
        private func startKnownMayMatch(_ path: UnsafeBufferPointer<UInt8>, nameStart: Int, _ ignoresCase: Bool) -> Bool {
            guard let (pathBytes, nameBytes) = leadingBytes else { return false }
            var startMayMatch = false
            if let pathBytes, !path.isEmpty, pathBytes.contains(ByteSearch.fold(path[0], ignoresCase)) {
                startMayMatch = Self.startsWithAny(leadingRuns.path, path, at: 0, ignoresCase)
            }
            if !startMayMatch, let nameBytes, nameStart < path.count, nameBytes.contains(ByteSearch.fold(path[nameStart], ignoresCase)) {
                startMayMatch = Self.startsWithAny(leadingRuns.name, path, at: nameStart, ignoresCase)
            }
            guard startMayMatch else { return false }
            if let lastBytes {
                // Suffixes are compiled lower-case when the glob ignores case, like the affixes.
                guard let last = path.last, lastBytes.contains(ByteSearch.fold(last, ignoresCase)) else { return false }
            }
            return true
        }

        /// Whether `path` has one of `runs` at `start`; true when there are no runs to test.
        @inline(__always)
        private static func startsWithAny(_ runs: [[UInt8]]?, _ path: UnsafeBufferPointer<UInt8>, at start: Int, _ ignoresCase: Bool) -> Bool {
            guard let runs else { return true }
            for run in runs where path.count - start >= run.count {
                var offset = 0
                while offset < run.count && ByteSearch.fold(path[start + offset], ignoresCase) == run[offset] { offset += 1 }
                if offset == run.count { return true }
            }
            return false
        }
    }

    /// One brace alternative, compiled.
    struct Program: Sendable {
        let ops: [Op]
        /// The literal bytes every match starts and ends with: a cheap test that rejects most
        /// paths before the matcher runs (`**/*.pem` needs the suffix `.pem`).
        let prefix: [UInt8]
        let suffix: [UInt8]
        /// `**/` followed by a pattern without `/`: it can only match the last component, so
        /// the matcher starts there instead of after every `/`.
        let matchesNameOnly: Bool
        /// The longest run of literal bytes, when the affixes test nothing: a path without it
        /// cannot match (`**/__pycache__/*` needs `__pycache__/`), and looking for it is cheaper
        /// than trying the pattern after every `/`.
        let requiredLiteral: [UInt8]
        /// Whether two or more wildcards (`*`, `**/`) or any `{…}` group take part in matching:
        /// only then can backtracking multiply, and the matcher keeps a memo of what failed.
        /// Stored, as every path matched asks.
        let mayBacktrack: Bool

        init(ops: [Op], prefix: [UInt8], suffix: [UInt8], matchesNameOnly: Bool, requiredLiteral: [UInt8]) {
            self.ops = ops
            self.prefix = prefix
            self.suffix = suffix
            self.matchesNameOnly = matchesNameOnly
            self.requiredLiteral = requiredLiteral
            let steps = ops.dropFirst(matchesNameOnly ? 1 : 0)
            mayBacktrack = steps.count { $0 == .anyRun || $0 == .anyDirectories } >= 2 || steps.contains { if case .fork = $0 { true } else { false } }
        }
    }

    private final class Compiled: Sendable {
        let programs: [Program]
        let sets: [ByteSet]

        init(programs: [Program], sets: [ByteSet]) {
            self.programs = programs
            self.sets = sets
        }
    }

    /// Compiles `pattern`; throws on an unterminated `[` or `{`.
    public init(_ pattern: String, ignoresCase: Bool = false) throws(GlobError) {
        self.pattern = pattern
        self.ignoresCase = ignoresCase
        // ASCII letters only, as paths are folded (`EntryTable`, `ByteSearch.fold`): Unicode
        // lower-casing changed the bytes of `É` or `Ϭ` in the pattern but not in the path, so a
        // case-blind pattern did not match the very path it spells.
        let source = Array(pattern.utf8).map { ByteSearch.fold($0, ignoresCase) }
        var sets: [ByteSet] = []
        var programs: [Program] = []
        for expanded in try Self.alternatives(of: source, in: pattern) {
            let ops = try Self.compile(expanded, in: pattern, sets: &sets)
            // Inside a `{…}` group left in the program, a run of literal bytes belongs to one
            // alternative only: neither a suffix nor a literal every match needs.
            let hasGroups = ops.contains { if case .fork = $0 { true } else { false } }
            let prefix = Self.literalRun(ops[...])
            let suffix: [UInt8] = hasGroups ? [] : ops.reversed().prefix { if case .byte = $0 { true } else { false } }.compactMap { if case .byte(let byte) = $0 { byte } else { nil } }
            let nameOnly = ops.first == .anyDirectories && !ops.dropFirst().contains { op in
                switch op {
                case .byte(let byte): byte == 0x2F
                case .anyDirectories, .anyRest: true
                default: false
                }
            }
            // The longest run of literal bytes, found by its bounds (copying each longer run
            // was quadratic in a long literal, times every brace alternative).
            var longestRange = 0..<0
            var runStart = 0
            for (position, op) in ops.enumerated() {
                guard case .byte = op else { runStart = position + 1; continue }
                if position + 1 - runStart > longestRange.count { longestRange = runStart..<(position + 1) }
            }
            let longest = ops[longestRange].compactMap { if case .byte(let byte) = $0 { byte } else { nil } }
            let needsLiteral = !hasGroups && prefix.isEmpty && suffix.isEmpty && !nameOnly && longest.count >= 3
            programs.append(Program(ops: ops, prefix: Array(prefix), suffix: Array(suffix.reversed()), matchesNameOnly: nameOnly,
                                    requiredLiteral: needsLiteral ? longest : []))
        }
        compiled = Compiled(programs: programs, sets: sets)
        prefilter = Prefilter(programs: programs, sets: sets)
    }

    /// The literal bytes `ops` start with.
    static func literalRun(_ ops: ArraySlice<Op>) -> [UInt8] {
        ops.prefix { if case .byte = $0 { true } else { false } }.compactMap { if case .byte(let byte) = $0 { byte } else { nil } }
    }

    /// Whether the path may match: the byte tests alone, without the programs. A caller that
    /// tries many globs on every entry asks this first (`PathPatterns`).
    @inline(__always)
    func mayMatch(_ path: UnsafeBufferPointer<UInt8>, nameStart: Int) -> Bool {
        prefilter.admits(path, nameStart: nameStart, ignoresCase)
    }

    /// Whether a path with `depth` slashes may match (a glob without `**` matches at fixed
    /// depths): the test that lets a list of globs of different depths skip most of them.
    @inline(__always)
    func mayMatch(atDepth depth: Int) -> Bool {
        prefilter.admits(depth: depth)
    }

    public var description: String { pattern }

    public static func == (lhs: Glob, rhs: Glob) -> Bool {
        lhs.pattern == rhs.pattern && lhs.ignoresCase == rhs.ignoresCase
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pattern)
        hasher.combine(ignoresCase)
    }

    /// The depths (number of `/` in a path) the pattern can match, or `nil` when it contains
    /// `**` and so can match at any depth.
    public var depths: Set<Int>? { Self.depths(of: compiled.programs) }

    private static func depths(of programs: [Program]) -> Set<Int>? {
        var depths: Set<Int> = []
        for program in programs {
            var slashes = 0
            for op in program.ops {
                switch op {
                case .byte(let byte) where byte == 0x2F: slashes += 1
                case .anyDirectories, .anyRest: return nil
                default: break
                }
            }
            depths.insert(slashes)
        }
        return depths
    }

    /// Whether the path (raw bytes) matches.
    public func matches(_ path: [UInt8]) -> Bool {
        matches(path[...])
    }

    /// Whether the path (raw bytes, e.g. `GitPath.bytes`) matches.
    public func matches(_ path: ArraySlice<UInt8>) -> Bool {
        path.withUnsafeBufferPointer { bytes in
            var nameStart = bytes.count
            while nameStart > 0 && bytes[nameStart - 1] != 0x2F { nameStart -= 1 }
            return matches(bytes, nameStart: nameStart)
        }
    }

    /// Whether the path matches, given where its last component starts (the callers that
    /// match many patterns against one path find it once). The path may be given lower-cased
    /// when the glob ignores case.
    func matches(_ path: UnsafeBufferPointer<UInt8>, nameStart: Int) -> Bool {
        mayMatch(path, nameStart: nameStart) && programsMatch(path, nameStart: nameStart)
    }

    /// Whether a program matches a path the prefilter let through (`mayMatch`).
    func programsMatch(_ path: UnsafeBufferPointer<UInt8>, nameStart: Int) -> Bool {
        let compiled = compiled
        return compiled.sets.withUnsafeBufferPointer { sets in
            compiled.programs.withUnsafeBufferPointer { programs in
                for program in programs {
                    guard Self.hasAffixes(path, program.prefix, program.suffix, ignoresCase),
                          ByteSearch.contains(program.requiredLiteral, in: path, foldingCase: ignoresCase) else { continue }
                    let matched = program.ops.withUnsafeBufferPointer { ops in
                        let start = program.matchesNameOnly ? (op: 1, byte: nameStart) : (op: 0, byte: 0)
                        guard program.mayBacktrack else {
                            return Self.match(ops, start.op, path, start.byte, sets, ignoresCase, Memo(nil, width: 0))
                        }
                        // One bit per (step, position) already known not to match: each is tried
                        // at most once, so `**/a/**/a/**/…` against a path a thousand folders deep
                        // costs steps × positions instead of growing exponentially.
                        let width = path.count + 1
                        let words = (ops.count * width + 63) / 64
                        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { bits in
                            bits.initialize(repeating: 0)
                            return Self.match(ops, start.op, path, start.byte, sets, ignoresCase, Memo(bits.baseAddress, width: width))
                        }
                    }
                    if matched { return true }
                }
                return false
            }
        }
    }

    private static func hasAffixes(_ path: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8], _ suffix: [UInt8], _ ignoresCase: Bool) -> Bool {
        guard path.count >= prefix.count, path.count >= suffix.count else { return false }
        for (offset, byte) in prefix.enumerated() where ByteSearch.fold(path[offset], ignoresCase) != byte { return false }
        let start = path.count - suffix.count
        for (offset, byte) in suffix.enumerated() where ByteSearch.fold(path[start + offset], ignoresCase) != byte { return false }
        return true
    }

    // MARK: Matching

    /// The (step, position) pairs known not to match, when a pattern may backtrack.
    struct Memo {
        let bits: UnsafeMutablePointer<UInt64>?
        let width: Int

        init(_ bits: UnsafeMutablePointer<UInt64>?, width: Int) {
            self.bits = bits
            self.width = width
        }

        func hasFailed(_ op: Int, _ index: Int) -> Bool {
            guard let bits else { return false }
            let bit = op * width + index
            return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }

        func recordFailure(_ op: Int, _ index: Int) {
            guard let bits else { return }
            let bit = op * width + index
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    private static func match(
        _ ops: UnsafeBufferPointer<Op>, _ startOp: Int, _ path: UnsafeBufferPointer<UInt8>, _ startByte: Int,
        _ sets: UnsafeBufferPointer<ByteSet>, _ ignoresCase: Bool, _ memo: Memo
    ) -> Bool {
        if memo.hasFailed(startOp, startByte) { return false }
        let matched = run(ops, startOp, path, startByte, sets, ignoresCase, memo)
        if !matched { memo.recordFailure(startOp, startByte) }
        return matched
    }

    private static func run(
        _ ops: UnsafeBufferPointer<Op>, _ startOp: Int, _ path: UnsafeBufferPointer<UInt8>, _ startByte: Int,
        _ sets: UnsafeBufferPointer<ByteSet>, _ ignoresCase: Bool, _ memo: Memo
    ) -> Bool {
        var op = startOp
        var index = startByte
        let count = path.count
        while op < ops.count {
            switch ops[op] {
            case .byte(let expected):
                guard index < count, ByteSearch.fold(path[index], ignoresCase) == expected else { return false }
                index += 1
            case .oneByte:
                guard index < count, path[index] != 0x2F else { return false }
                index += 1
            case .set(let set):
                guard index < count, path[index] != 0x2F, sets[set].contains(ByteSearch.fold(path[index], ignoresCase)) else { return false }
                index += 1
            case .anyRun:
                if op + 1 == ops.count { return !path[index...].contains(0x2F) }
                var end = index
                while true {
                    if match(ops, op + 1, path, end, sets, ignoresCase, memo) { return true }
                    guard end < count, path[end] != 0x2F else { return false }
                    end += 1
                }
            case .anyDirectories:
                if match(ops, op + 1, path, index, sets, ignoresCase, memo) { return true }
                var end = index
                while end < count {
                    if path[end] == 0x2F, match(ops, op + 1, path, end + 1, sets, ignoresCase, memo) { return true }
                    end += 1
                }
                return false
            case .anyRest:
                return index < count
            case .fork(let next):
                return match(ops, op + 1, path, index, sets, ignoresCase, memo) || match(ops, next, path, index, sets, ignoresCase, memo)
            case .jump(let target):
                op = target
                continue
            }
            op += 1
        }
        return index == count
    }


    // MARK: Compiling

    /// The bytes a match of `ops` from step `start` can begin with; nil when that is any byte or
    /// none (a wildcard first, or the program may end there).
    /// The literal runs (of up to eight bytes) a match of `ops` from `start` can begin with,
    /// through the branches of any `{…}` group left in the program; an empty run when one can
    /// begin with a wildcard or a class, nil when there would be more than 64.
    static func leadingRuns(_ ops: [Op], from start: Int) -> [[UInt8]]? {
        func runs(_ op: Int, _ prefix: [UInt8]) -> [[UInt8]]? {
            guard prefix.count < 8, op < ops.count else { return [prefix] }
            switch ops[op] {
            case .byte(let byte):
                return runs(op + 1, prefix + [byte])
            case .fork(let next):
                guard next > op, let first = runs(op + 1, prefix), let second = runs(next, prefix), first.count + second.count <= 64 else { return nil }
                return first + second
            case .jump(let target):
                return target > op ? runs(target, prefix) : nil
            case .set, .oneByte, .anyRun, .anyDirectories, .anyRest:
                return [prefix]
            }
        }
        return runs(start, [])
    }

    static func leadingBytes(_ ops: [Op], from start: Int, _ sets: [ByteSet]) -> ByteSet? {
        // Forks and jumps only go forward, so this ends; one that did not would answer nil.
        func leading(_ op: Int) -> ByteSet? {
            guard op < ops.count else { return nil }
            switch ops[op] {
            case .byte(let byte):
                var set = ByteSet()
                set.insert(byte)
                return set
            case .set(let index):
                return sets[index]
            case .fork(let next):
                guard next > op, let first = leading(op + 1), let second = leading(next) else { return nil }
                return first.union(second)
            case .jump(let target):
                return target > op ? leading(target) : nil
            case .oneByte, .anyRun, .anyDirectories, .anyRest:
                return nil
            }
        }
        return leading(start)
    }

    // Braces are expanded into separate programs while that makes few of them: each keeps its
    // own literal prefix and suffix, the cheap tests that reject most paths. Beyond that, a
    // pattern's groups multiply (`*{a,b}*{a,b}*…` ten times is 1,024 programs, and matching
    // 100k paths took 27.7 s instead of 0.3 s), so a group inside one path component stays in
    // the program as branches and costs as much as its length. Only groups that hold a `/` or
    // a `*`, or could make a `**` component, are still expanded, up to `maximumAlternatives`.

    /// Up to this many alternatives, braces are expanded in full.
    static let alternativesExpandedInFull = 32
    /// The most programs braces that cannot stay branches may expand to.
    static let maximumAlternatives = 64

    /// The programs to compile: `bytes` with its braces expanded in full, or, when that makes
    /// too many, with only the groups that cannot stay branches expanded.
    private static func alternatives(of bytes: [UInt8], in pattern: String) throws(GlobError) -> [[UInt8]] {
        var count = 0
        do {
            return try expandBraces(bytes, in: pattern, count: &count, limit: alternativesExpandedInFull, keepingBranches: false)
        } catch .tooManyAlternatives {
            count = 0
            return try expandBraces(bytes, in: pattern, count: &count, limit: maximumAlternatives, keepingBranches: true)
        }
    }

    /// A top-level `{…}` group: where it opens, its commas at depth one, where it closes.
    private struct BraceGroup {
        let open: Int
        let commas: [Int]
        let close: Int
    }

    private static func braceGroups(in bytes: [UInt8], in pattern: String) throws(GlobError) -> [BraceGroup] {
        var groups: [BraceGroup] = []
        var depth = 0
        var open = 0
        var commas: [Int] = []
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "{"):
                if depth == 0 { open = index; commas = [] }
                depth += 1
            case UInt8(ascii: "}") where depth > 0:
                depth -= 1
                if depth == 0 { groups.append(BraceGroup(open: open, commas: commas, close: index)) }
            case UInt8(ascii: ",") where depth == 1: commas.append(index)
            default: break
            }
        }
        guard depth == 0 else { throw .unterminated(pattern: pattern, what: "{") }
        return groups
    }

    /// The group to expand next: the first one, or with `keepingBranches` the first that
    /// cannot stay branches of one program.
    private static func groupToExpand(in bytes: [UInt8], among groups: [BraceGroup], keepingBranches: Bool) -> BraceGroup? {
        guard keepingBranches else { return groups.first }
        let spanning = groups.first { group in
            bytes[(group.open + 1)..<group.close].contains { $0 == 0x2F || $0 == UInt8(ascii: "*") }
        }
        if let spanning { return spanning }
        // No group holds a `/` now, so components are plain to find. A component that is `**`
        // once its groups are gone may expand to the folder wildcard: expand it.
        return groups.first { group in
            let start = (bytes[..<group.open].lastIndex(of: 0x2F)).map { $0 + 1 } ?? 0
            let end = bytes[group.close...].firstIndex(of: 0x2F) ?? bytes.count
            var rest: [UInt8] = []
            var depth = 0
            for byte in bytes[start..<end] {
                if byte == UInt8(ascii: "{") { depth += 1 } else if byte == UInt8(ascii: "}") { depth -= 1 } else if depth == 0 { rest.append(byte) }
            }
            return rest.elementsEqual("**".utf8)
        }
    }

    private static func expandBraces(_ bytes: [UInt8], in pattern: String, count: inout Int, limit: Int, keepingBranches: Bool) throws(GlobError) -> [[UInt8]] {
        let groups = try braceGroups(in: bytes, in: pattern)
        guard let group = groupToExpand(in: bytes, among: groups, keepingBranches: keepingBranches) else {
            count += 1
            guard count <= limit else { throw .tooManyAlternatives(pattern: pattern, limit: limit) }
            return [bytes]
        }
        let prefix = Array(bytes[..<group.open])
        let suffix = Array(bytes[(group.close + 1)...])
        let bounds = [group.open] + group.commas + [group.close]
        var results: [[UInt8]] = []
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            results += try expandBraces(prefix + bytes[(start + 1)..<end] + suffix, in: pattern, count: &count, limit: limit, keepingBranches: keepingBranches)
        }
        return results
    }

    private static func compile(_ bytes: [UInt8], in pattern: String, sets: inout [ByteSet]) throws(GlobError) -> [Op] {
        let components = bytes.split(separator: 0x2F, omittingEmptySubsequences: true)
        var ops: [Op] = []
        for (position, part) in components.enumerated() {
            let isLast = position == components.count - 1
            if part.elementsEqual("**".utf8) {
                if isLast {
                    ops.append(.anyRest)
                } else if ops.last != .anyDirectories {
                    ops.append(.anyDirectories)
                }
                continue
            }
            try compileComponent(part, in: pattern, into: &ops, sets: &sets)
            // `**/` already consumed the separator; any other component is followed by `/`.
            if !isLast { ops.append(.byte(0x2F)) }
        }
        return ops
    }

    /// Appends the steps of `part`, bytes within one path component; a `{…}` group still in it
    /// becomes a `fork` before each alternative but the last and a `jump` after each.
    private static func compileComponent(_ part: ArraySlice<UInt8>, in pattern: String, into ops: inout [Op], sets: inout [ByteSet]) throws(GlobError) {
        var index = part.startIndex
        while index < part.endIndex {
            let byte = part[index]
            switch byte {
            case UInt8(ascii: "*"):
                if ops.last != .anyRun { ops.append(.anyRun) }
            case UInt8(ascii: "?"):
                ops.append(.oneByte)
            case UInt8(ascii: "["):
                guard let close = part[(index + 1)...].dropFirst().firstIndex(of: UInt8(ascii: "]")) else {
                    throw .unterminated(pattern: pattern, what: "[")
                }
                sets.append(byteSet(Array(part[(index + 1)..<close])))
                ops.append(.set(sets.count - 1))
                index = close
            case UInt8(ascii: "{"):
                var depth = 0
                var close = index
                var bounds = [index]
                for position in index..<part.endIndex {
                    switch part[position] {
                    case UInt8(ascii: "{"): depth += 1
                    case UInt8(ascii: "}"): depth -= 1
                    case UInt8(ascii: ",") where depth == 1: bounds.append(position)
                    default: break
                    }
                    if depth == 0 { close = position; break }
                }
                guard depth == 0 else { throw .unterminated(pattern: pattern, what: "{") }
                bounds.append(close)
                var jumps: [Int] = []
                for (alternative, (start, end)) in zip(bounds, bounds.dropFirst()).enumerated() {
                    let isLast = alternative == bounds.count - 2
                    let fork = ops.count
                    if !isLast { ops.append(.fork(-1)) }
                    try compileComponent(part[(start + 1)..<end], in: pattern, into: &ops, sets: &sets)
                    if !isLast {
                        jumps.append(ops.count)
                        ops.append(.jump(-1))
                        ops[fork] = .fork(ops.count)
                    }
                }
                for jump in jumps { ops[jump] = .jump(ops.count) }
                index = close
            case UInt8(ascii: "\\") where index + 1 < part.endIndex:
                index += 1
                ops.append(.byte(part[index]))
            default:
                ops.append(.byte(byte))
            }
            index += 1
        }
    }

    /// The bytes a `[…]` class's body (without its brackets) admits.
    private static func byteSet(_ classBody: [UInt8]) -> ByteSet {
        var body = classBody
        let negated = body.first == UInt8(ascii: "!") || body.first == UInt8(ascii: "^")
        if negated { body.removeFirst() }
        var set = ByteSet()
        var position = 0
        while position < body.count {
            if position + 2 < body.count, body[position + 1] == UInt8(ascii: "-") {
                for member in min(body[position], body[position + 2])...max(body[position], body[position + 2]) { set.insert(member) }
                position += 3
            } else {
                set.insert(body[position])
                position += 1
            }
        }
        guard negated else { return set }
        var complement = ByteSet()
        for member in UInt8.min...UInt8.max where !set.contains(member) { complement.insert(member) }
        return complement
    }
}

/// A pattern that cannot be compiled.
public enum GlobError: Error, Sendable, Hashable, CustomStringConvertible {
    case unterminated(pattern: String, what: String)
    case tooManyAlternatives(pattern: String, limit: Int)

    public var description: String {
        switch self {
        case .unterminated(let pattern, let what): "unterminated '\(what)' in pattern '\(pattern)'"
        case .tooManyAlternatives(let pattern, let limit): "pattern '\(pattern.prefix(200))' expands to more than \(limit) alternatives; write fewer '{…}' groups"
        }
    }
}
