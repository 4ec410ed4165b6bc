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
        } catch {
            throw CheckOptionsError(error.description)
        }
    }

    /// Whether every pattern can only match a root-level path, so only those need testing.
    var isRootOnly: Bool { globs.allSatisfy(\.isRootOnly) }

    func select(in context: CheckContext) -> [SnapshotEntryMatch] {
        (isRootOnly ? context.rootEntries : context.entries).compactMap { entry in
            guard globs.contains(where: { $0.matches(entry.path.bytes) }),
                  !excludes.contains(where: { $0.matches(entry.path.bytes) }) else { return nil }
            return SnapshotEntryMatch(entry: entry)
        }
    }

    var description: String { globs.map(\.pattern).joined(separator: ", ") }
}
