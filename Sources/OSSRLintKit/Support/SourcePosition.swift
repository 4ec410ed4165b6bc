/// A 1-based line and column in a source file (a rule file, a metadata file); columns count
/// Unicode scalars.
public struct SourcePosition: Sendable, Hashable, Comparable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Where `key` starts when this is the position of its value written `key: value` on one
    /// line: the fallback when the YAML document is not at hand to find the key itself.
    func ofKey(_ key: String) -> SourcePosition {
        SourcePosition(line: line, column: max(1, column - key.count - 2))
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
