/// A kind of check: generic code that a rule configures with options.
///
/// A conforming type *is* a configured check: `init(options:)` validates the options and
/// compiles what they need (globs, regexes) once, when the rule set loads, and
/// `evaluate(in:)` is a pure function of the snapshot, reading only the blobs it needs.
/// Each kind documents itself with passing and failing examples, which one shared test replays.
public protocol CheckKind: Sendable {
    associatedtype Options: Decodable & Sendable

    /// The name rules use in `check:`, kebab-case.
    static var id: String { get }
    /// One sentence: what the check establishes.
    static var summary: String { get }
    /// Each option with its meaning and default.
    static var optionsHelp: [OptionHelp] { get }
    /// Repositories on which the check must pass, and on which it must fail.
    static var examples: [CheckExample] { get }

    init(options: Options) throws(CheckOptionsError)

    /// Configures the check from options already known to be valid: the shipped rule sets'
    /// compiled values, which a test also loads from their YAML. A kind may leave costly
    /// preparation that only validates, such as compiling a regular expression, to first use.
    /// Default: `init(options:)`.
    init(validatedOptions options: Options) throws(CheckOptionsError)

    func evaluate(in context: CheckContext) -> CheckOutcome

    /// Whether the check reads many git objects (every tag, every file's size, the history):
    /// such checks run on a second thread, through a repository handle of their own, while the
    /// checks that match paths and read a few files run on the first. Default: false.
    static var readsManyObjects: Bool { get }

    /// Whether the check reads the repository's tags. A run that has a thread free while the
    /// listing is made reads the tags there, but only when a rule will need them. Default: false.
    static var readsTags: Bool { get }
}

extension CheckKind {
    public init(validatedOptions options: Options) throws(CheckOptionsError) {
        try self.init(options: options)
    }

    public static var readsManyObjects: Bool { false }

    public static var readsTags: Bool { false }
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
