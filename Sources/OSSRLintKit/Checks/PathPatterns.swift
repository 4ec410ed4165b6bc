/// Options shared by checks that select paths: globs, case, depth and exclusions, compiled once.
struct PathPatterns: Sendable {
    let globs: [Glob]
    let excludes: [Glob]

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
            self.globs = globs
            self.excludes = excludes
            var depths: Set<Int>? = []
            for glob in globs {
                guard let globDepths = glob.depths, let known = depths else { depths = nil; break }
                depths = known.union(globDepths)
            }
            self.depths = depths
        } catch {
            throw CheckOptionsError(error.description)
        }
    }

    /// The depths the patterns can match at, when none contains `**`: only entries at those
    /// depths need testing (most OSSR patterns name root files or one folder down).
    let depths: Set<Int>?

    func select(in context: CheckContext) -> [SnapshotEntryMatch] {
        let candidates = depths.map { context.entries(atDepths: $0) } ?? context.entries
        return candidates.compactMap { entry in
            guard globs.contains(where: { $0.matches(entry.path.bytes) }),
                  !excludes.contains(where: { $0.matches(entry.path.bytes) }) else { return nil }
            return SnapshotEntryMatch(entry: entry)
        }
    }

    var description: String { globs.map(\.pattern).joined(separator: ", ") }

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
