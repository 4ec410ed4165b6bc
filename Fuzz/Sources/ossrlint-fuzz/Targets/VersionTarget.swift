import Foundation
import OSSRLintKit

/// Tag names and declared versions, one per line. Precedence must be a strict total order
/// (a release list is sorted by it and the latest release chosen by it), equal versions must
/// hash alike, and the normalised spelling that messages print must read back as the same
/// version.
enum VersionTarget {
    /// Pairs are compared among this many versions, so that long inputs stay cheap.
    static let comparedVersions = 16

    static func run(_ data: Data) {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let versions = lines.compactMap { ReleaseVersion(tag: $0) }
        _ = ReleaseVersion.latestFinal(among: lines)
        for version in versions {
            invariant(version == version && !(version < version), "'\(version.tag)' is not equal to itself, or is less")
            let reread = ReleaseVersion(tag: version.normalized)
            invariant(reread == version, "'\(version.tag)' normalises to '\(version.normalized)', which reads as \(reread.map { "'\($0.normalized)'" } ?? "no version")")
            _ = version.isFinal
        }
        let compared = versions.prefix(comparedVersions)
        for left in compared {
            for right in compared {
                let orders = [left < right, left == right, right < left].filter { $0 }.count
                invariant(orders == 1, "'\(left.tag)' and '\(right.tag)' are not in exactly one of <, ==, >")
                if left == right {
                    invariant(left.hashValue == right.hashValue, "'\(left.tag)' == '\(right.tag)' but their hashes differ")
                }
                _ = left.agreement(with: right)
            }
        }
    }
}
