/// A tiny repository and the verdict a check must give on it, with given options.
///
/// Examples are documentation (`ossrlint explain`) and tests: one shared test builds each
/// repository for real and replays every example of every check kind.
public struct CheckExample: Sendable, Hashable {
    public var title: String
    /// The check's options as YAML (`{}` for the defaults).
    public var options: String
    /// Committed files: path → content.
    public var files: [String: String]
    /// Lightweight tags on the single commit.
    public var tags: [String]
    /// How many days before "now" the commit was made (for checks about age; 0: just now).
    public var ageInDays: Int
    public var expected: RuleStatus

    public init(
        _ title: String, options: String = "{}", files: [String: String], tags: [String] = [],
        ageInDays: Int = 0, expected: RuleStatus
    ) {
        self.title = title
        self.options = options
        self.files = files
        self.tags = tags
        self.ageInDays = ageInDays
        self.expected = expected
    }
}
