import Yams

/// A mistake in a rule file or `.ossrlint.yml`, with the position to fix it at.
///
/// Printed as `FILE:LINE:COLUMN: error: MESSAGE`, then the source line and a caret, the way
/// compilers print errors, so editors and CI logs link straight to it.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String
    /// The offending source line, when known.
    public var sourceLine: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, sourceLine: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
    }

    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        var text = "\(location): error: \(message)"
        if let sourceLine, let column {
            text += "\n\(sourceLine)\n" + String(repeating: " ", count: max(0, column - 1)) + "^"
        }
        return text
    }
}

/// A semantic error raised while decoding, carrying the position of the node it is about.
/// Converted to a `ConfigurationError` (with the file name and source line) by the loader.
struct PositionedError: Error {
    var message: String
    var position: SourcePosition?

    init(message: String, mark: Mark?) {
        self.message = message
        position = mark.map { SourcePosition(line: $0.line, column: $0.column) }
    }

    init(message: String, position: SourcePosition?) {
        self.message = message
        self.position = position
    }
}

