/// A kind of check: generic code that a rule configures with options.
///
/// A conforming type *is* a configured check: `init(options:)` validates the options and
/// compiles what they need (globs, regexes) once, when the rule set loads; `needs` declares, as
/// data, what the check reads of a revision, and `evaluate(_:)` is a pure function of those
/// facts. Each kind documents itself with passing and failing examples, which one shared test
/// replays on facts built in memory.
public protocol CheckKind: Sendable {
    associatedtype Options: Decodable & Sendable

    /// The name rules use in `check:`, kebab-case.
    static var id: String { get }
    /// One sentence: what the check establishes.
    static var summary: String { get }
    /// Each option with its meaning and default.
    static var optionsHelp: [OptionHelp] { get }
    /// Revisions on which the check must pass, and on which it must fail.
    static var examples: [CheckExample] { get }

    init(options: Options) throws(CheckOptionsError)

    /// What the check reads beyond the paths: files, sizes, tags, history, the licence analysis.
    var needs: FactNeeds { get }

    /// Where in the tree the check looks: a folder missing from the object database makes a
    /// check that looks there unable to judge (its absence is not the files' absence).
    var scope: PathScope { get }

    /// The verdict on one revision.
    func evaluate(_ facts: RevisionFacts) -> CheckOutcome
}

extension CheckKind {
    /// Paths only.
    public var needs: FactNeeds { .paths }

    /// The whole tree.
    public var scope: PathScope { .tree }
}

/// Where in a revision's tree a check looks.
public enum PathScope: Sendable, Hashable {
    /// Nowhere: tags and the commit only.
    case none
    /// Root-level entries only.
    case root
    /// Anywhere.
    case tree

    /// The scope of checks that look where `patterns` can match.
    static func of(_ patterns: PathPatterns) -> PathScope {
        patterns.depths == [0] ? .root : .tree
    }

    /// Whether a folder at `path` (empty: the root) that cannot be read hides entries this
    /// scope looks at.
    func isBlinded(byMissingFolder path: [UInt8]) -> Bool {
        switch self {
        case .none: false
        case .root: path.isEmpty
        case .tree: true
        }
    }
}

/// The documentation of one option of a check kind.
public struct OptionHelp: Sendable, Hashable {
    public var name: String
    public var help: String
    public init(_ name: String, _ help: String) {
        self.name = name
        self.help = help
    }
}

/// An option value that decodes but cannot be used (a bad pattern, an empty list …).
public struct CheckOptionsError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
