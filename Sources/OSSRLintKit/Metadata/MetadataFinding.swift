/// One problem found in a metadata file, pointing at the key or value at fault.
public struct MetadataFinding: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The rule id, such as `codemeta-required` or `citation-cff-valid`.
    public var rule: String
    public var severity: Severity
    /// Lowercase, no trailing period, quoting the offending value.
    public var message: String
    /// The file the finding is about, relative to the repository root.
    public var path: String
    /// 1-based line of the offending key or value, when known.
    public var line: Int?
    /// 1-based column, with `line`.
    public var column: Int?

    public init(rule: String, severity: Severity, message: String, path: String, line: Int? = nil, column: Int? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.path = path
        self.line = line
        self.column = column
    }

    init(rule: String, severity: Severity, message: String, path: String, at position: SourcePosition?) {
        self.init(rule: rule, severity: severity, message: message, path: path, line: position?.line, column: position?.column)
    }

    /// `path:line:column`, or as much of it as is known.
    public var location: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// `codemeta.json:3:5: error: message`, the way compilers print diagnostics.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// This finding as evidence for a rule result.
    public var evidence: Evidence { .path(path, message, line: line, column: column) }
}
