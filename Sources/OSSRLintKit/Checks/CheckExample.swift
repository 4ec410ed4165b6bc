import GitKit

/// A tiny revision and the verdict a check must give on it, with given options.
///
/// Examples are documentation (`ossrlint explain`) and tests: one shared test builds each
/// revision's facts in memory, through the same collector as a real run, and replays every
/// example of every check kind.
public struct CheckExample: Sendable, Hashable {
    public var title: String
    /// The check's options as YAML (`{}` for the defaults).
    public var options: String
    /// Committed files: path → content.
    public var files: [String: String]
    /// Paths of submodules (gitlinks).
    public var submodules: [String]
    /// Tags, and where each stands relative to the linted commit.
    public var tags: [ExampleTag]
    /// How many days before "now" the commit was made (for checks about age; 0: just now).
    public var ageInDays: Int
    /// The revision linted (`--rev`), when it matters (a release tag).
    public var revision: String
    public var expected: RuleStatus

    public init(
        _ title: String, options: String = "{}", files: [String: String], submodules: [String] = [], tags: [ExampleTag] = [],
        ageInDays: Int = 0, revision: String = "HEAD", expected: RuleStatus
    ) {
        self.title = title
        self.options = options
        self.files = files
        self.submodules = submodules
        self.tags = tags
        self.ageInDays = ageInDays
        self.revision = revision
        self.expected = expected
    }
}

/// A tag of an example: a name, whether it is annotated, and where its commit stands.
public struct ExampleTag: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public enum Position: Sendable, Hashable {
        /// On the linted commit.
        case linted
        /// On an ancestor, this many commits behind (and as many days earlier).
        case behind(Int)
        /// On a descendant, this many commits ahead (tagged later; the linted state is older).
        case ahead(Int)
        /// On a commit outside the linted commit's history (another branch).
        case elsewhere
    }

    public var name: String
    public var isAnnotated: Bool
    public var position: Position

    public init(_ name: String, annotated: Bool = false, at position: Position = .linted) {
        self.name = name
        isAnnotated = annotated
        self.position = position
    }

    /// The name, and where the tag stands when not on the linted commit (for `explain`).
    public var description: String {
        let kind = isAnnotated ? " annotated" : ""
        switch position {
        case .linted: return isAnnotated ? "\(name) (annotated)" : name
        case .behind(let count): return "\(name) (\(count) commit\(count == 1 ? "" : "s") back\(kind))"
        case .ahead(let count): return "\(name) (\(count) commit\(count == 1 ? "" : "s") later\(kind))"
        case .elsewhere: return "\(name) (on another branch\(kind))"
        }
    }

    /// A lightweight tag on the linted commit.
    public init(stringLiteral name: String) {
        self.init(name)
    }
}
