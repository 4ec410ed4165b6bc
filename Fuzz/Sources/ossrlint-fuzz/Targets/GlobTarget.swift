import Foundation
import OSSRLintKit

/// A glob on the first line, paths on the others, matched as given and case-blind. A glob
/// without `**` matches only at the depths it declares (the collector tests no other depth),
/// and a glob without wildcards matches the path spelled as it is.
enum GlobTarget {
    /// Bytes with a meaning in a pattern; a pattern free of them is a literal path.
    static let wildcardBytes = Set("*?[]{}\\".utf8)

    static func run(_ data: Data) {
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard let first = lines.first else { return }
        let pattern = String(decoding: first, as: UTF8.self)
        let paths = lines.dropFirst().map { Array($0) }
        for ignoresCase in [false, true] {
            guard let glob = try? Glob(pattern, ignoresCase: ignoresCase) else { continue }
            let depths = glob.depths
            for path in paths where glob.matches(path) {
                if let depths {
                    let slashes = path.count { $0 == 0x2F }
                    invariant(depths.contains(slashes), "'\(pattern)' matched '\(String(decoding: path, as: UTF8.self))' at depth \(slashes), outside its depths \(depths.sorted())")
                }
            }
            let literal = Array(pattern.utf8)
            if !literal.contains(where: wildcardBytes.contains), !literal.isEmpty,
               literal.first != 0x2F, literal.last != 0x2F, !literal.starts(with: "./".utf8),
               !String(decoding: literal, as: UTF8.self).contains("//") {
                invariant(glob.matches(literal), "'\(pattern)' (ignoring case: \(ignoresCase)) does not match itself")
            }
        }
    }
}
