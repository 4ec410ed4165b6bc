/// One dot-separated part of a pre-release label, ordered the way SemVer 2.0 orders them:
/// numbers compare numerically and sort before words, words compare in ASCII order.
///
/// PEP 440 pre-releases map onto the same model (`a1` is `["a", 1]`, `rc` is `["rc", 0]`), so
/// `1.0a1 < 1.0b2 < 1.0rc1` holds and versions from both schemes sort together.
public enum PreReleaseIdentifier: Sendable, Hashable, Comparable, CustomStringConvertible {
    case numeric(Int)
    case alphanumeric(String)

    public static func < (lhs: PreReleaseIdentifier, rhs: PreReleaseIdentifier) -> Bool {
        switch (lhs, rhs) {
        case let (.numeric(left), .numeric(right)): left < right
        case (.numeric, .alphanumeric): true
        case (.alphanumeric, .numeric): false
        case let (.alphanumeric(left), .alphanumeric(right)): Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8))
        }
    }

    public var description: String {
        switch self {
        case let .numeric(value): String(value)
        case let .alphanumeric(text): text
        }
    }
}
