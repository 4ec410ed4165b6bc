/// One fact that decided a verdict: a path, a tag, a value, with an optional position in a file.
public struct Evidence: Codable, Sendable, Hashable {
    /// What the evidence names.
    public enum Kind: String, Codable, Sendable {
        case path
        case tag
        case commit
        case value
        case diagnostic
    }

    public var kind: Kind
    /// The path (quoted the way git quotes it when it is not plain UTF-8), tag name or value.
    public var subject: String
    /// A short explanation of why this subject matters, if any.
    public var detail: String?
    /// 1-based line in `subject`'s file, when the evidence points inside a file.
    public var line: Int?
    /// 1-based column, with `line`.
    public var column: Int?

    public init(kind: Kind, subject: String, detail: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.kind = kind
        self.subject = subject
        self.detail = detail
        self.line = line
        self.column = column
    }

    public static func path(_ path: String, _ detail: String? = nil, line: Int? = nil, column: Int? = nil) -> Evidence {
        Evidence(kind: .path, subject: path, detail: detail, line: line, column: column)
    }

    public static func tag(_ name: String, _ detail: String? = nil) -> Evidence {
        Evidence(kind: .tag, subject: name, detail: detail)
    }

    public static func value(_ value: String, _ detail: String? = nil) -> Evidence {
        Evidence(kind: .value, subject: value, detail: detail)
    }

    /// What identifies this evidence from one run to the next: its kind and subject, never its
    /// position or detail, which an unrelated edit can change. Baseline comparisons and report
    /// fingerprints match findings by it.
    public var identity: String { kind.rawValue + "\u{0}" + subject }

    /// `path:line:column`, or as much of it as is known.
    public var location: String {
        var text = subject
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}
