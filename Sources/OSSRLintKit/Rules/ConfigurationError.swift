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
    /// One step of a coding path, kept Sendable (a `CodingKey` is not).
    enum Step: Sendable, Hashable {
        case key(String)
        case index(Int)

        init(_ key: any CodingKey) {
            self = key.intValue.map(Step.index) ?? .key(key.stringValue)
        }
    }

    var message: String
    var position: SourcePosition?
    /// For an unknown key: the path to its mapping and the key's name. Only the loader holds
    /// the document, so only it can find the key's own position; `position` is the fallback.
    var unknownKey: (mapping: [Step], name: String)?

    init(message: String, mark: Mark?) {
        self.message = message
        position = mark.map { SourcePosition(line: $0.line, column: $0.column) }
    }

    init(message: String, position: SourcePosition?, unknownKey: (mapping: [Step], name: String)? = nil) {
        self.message = message
        self.position = position
        self.unknownKey = unknownKey
    }
}

