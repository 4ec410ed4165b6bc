import GitKit

/// Options shared by checks that select paths: globs, case, depth and exclusions, compiled once.
struct PathPatterns: Sendable, Hashable {
    let globs: GlobList
    let excludes: GlobList

    /// `anyDepth` prefixes each pattern with `**/`, so `README*` matches `docs/README.md` too.
    init(_ patterns: [String], ignoreCase: Bool, anyDepth: Bool, exclude: [String]) throws(CheckOptionsError) {
        guard !patterns.isEmpty else { throw CheckOptionsError("'paths' must name at least one pattern") }
        do {
            var globs: [Glob] = []
            for pattern in patterns {
                globs.append(try Glob(anyDepth && !pattern.hasPrefix("**/") ? "**/" + pattern : pattern, ignoresCase: ignoreCase))
            }
            var excludes: [Glob] = []
            for pattern in exclude { excludes.append(try Glob(pattern, ignoresCase: ignoreCase)) }
            self.globs = GlobList(globs)
            self.excludes = GlobList(excludes)
            self.ignoreCase = ignoreCase
            var depths: Set<Int>? = []
            for glob in globs {
                guard let globDepths = glob.depths, let known = depths else { depths = nil; break }
                depths = known.union(globDepths)
            }
            self.depths = depths
            selectsEverything = excludes.isEmpty && globs.contains { $0.pattern == "**" }
            testsDepths = depths != nil && Set((globs + excludes).map(\.depths)).count > 1
        } catch {
            throw CheckOptionsError(error.description)
        }
    }

    /// The depths the patterns can match at, when none contains `**`: only entries at those
    /// depths need testing (most OSSR patterns name root files or one folder down).
    let depths: Set<Int>?

    let ignoreCase: Bool

    /// `**` with no exclusions: every entry, which needs no matching (`blob-size-limit` weighs
    /// every file by default).
    private let selectsEverything: Bool

    /// Whether the globs match at different fixed depths (the licence evidence: root files,
    /// `licenses/*`, `conda/recipe/meta.yaml`): then each is tried only at its own depths.
    private let testsDepths: Bool

    /// The entries the patterns select, in path order within each depth.
    func select(in facts: RevisionFacts) -> [SnapshotEntry] {
        if selectsEverything { return facts.entries }
        if let known = facts.selection(of: self) { return known.map { facts.entries[Int($0)] } }
        var selected: [SnapshotEntry] = []
        forEachSelected(in: facts.table) { selected.append(facts.entries[$0.index]) }
        return selected
    }

    /// Calls `body` with each selected entry's facts, in the order `select` lists them, without
    /// collecting them (a check that weighs every file of a large tree needs no list of them).
    func forEachSelected(in table: EntryTable, _ body: (EntryFacts) -> Void) {
        // Case-blind patterns are compiled lower-case and run on the lower-cased path made once
        // per revision; the name's start is known too. This loop runs for every entry of every
        // path rule, so it neither allocates nor retains.
        _ = firstSelected(in: table) { fact in
            body(fact)
            return false
        }
    }

    /// The position of the first selected entry, in `select`'s order, whose facts satisfy
    /// `predicate`: the entries after it are not matched.
    func firstSelected(in table: EntryTable, where predicate: (EntryFacts) -> Bool) -> Int? {
        if selectsEverything { return table.firstIndex(atDepths: nil, where: predicate) }
        // What the loop reads, taken out of `self` first: read through `self` in the closure,
        // the whole value was copied (and its references retained) for every entry.
        let (globs, excludes, ignoreCase, testsDepths) = (globs, excludes, ignoreCase, testsDepths)
        let hasExcludes = !excludes.globs.isEmpty
        return table.firstIndex(atDepths: depths) { fact in
            let path = ignoreCase ? fact.lowercasedBytes : fact.pathBytes
            let depth = testsDepths ? fact.depth : nil
            return globs.firstIndexMatching(path, nameStart: fact.nameStart, depth: depth) != nil
                && !(hasExcludes && excludes.firstIndexMatching(path, nameStart: fact.nameStart, depth: depth) != nil)
                && predicate(fact)
        }
    }

    /// The first selected entry with content (a file, not a submodule or a folder), if any:
    /// what a rule that applies "when such a file exists" asks.
    func firstPresent(in facts: RevisionFacts) -> SnapshotEntry? {
        if let known = facts.selection(of: self) {
            return known.lazy.map { facts.entries[Int($0)] }.first(where: \.kind.hasContent)
        }
        return firstSelected(in: facts.table) { $0.kind.hasContent }.map { facts.entries[$0] }
    }

    var description: String { globs.patterns.joined(separator: ", ") }

    /// What the paths are, for messages people read ("a changelog"), when the rule says.
    var what: String?

    /// "None of these paths is here", in the rule's words when it gave them.
    var absence: String { what.map { "no \($0)" } ?? "no path matches \(description)" }
}

extension PathPatterns {
    /// The patterns of the shared path options (`paths`, `ignoreCase` default true, `anyDepth`,
    /// `exclude`, `what`).
    init(_ options: PathExistsCheck.Options) throws(CheckOptionsError) {
        try self.init(options.paths, ignoreCase: options.ignoreCase ?? true, anyDepth: options.anyDepth ?? false, exclude: options.exclude ?? [])
        what = options.what
    }
}
