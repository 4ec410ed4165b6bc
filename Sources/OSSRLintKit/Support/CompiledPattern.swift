import Foundation

/// A regular expression compiled once, when the rule or schema that holds it loads.
struct CompiledPattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as safe to use from
    // several threads at once; that is why the wrapper may be Sendable.
    let source: String
    private let expression: NSRegularExpression

    /// Compiles `source` as an ICU regular expression; throws Foundation's error when invalid.
    init(_ source: String, options: NSRegularExpression.Options = []) throws {
        self.source = source
        expression = try NSRegularExpression(pattern: source, options: options)
    }

    /// Compiles a pattern given in a check's options, `^`/`$` matching at line ends.
    init(option source: String, ignoreCase: Bool) throws(CheckOptionsError) {
        do {
            try self.init(source, options: ignoreCase ? [.caseInsensitive, .anchorsMatchLines] : [.anchorsMatchLines])
        } catch {
            throw CheckOptionsError("'pattern' is not a valid regular expression: '\(source)'")
        }
    }

    /// Whether the pattern occurs anywhere in `text` (JSON Schema semantics: searched, not
    /// anchored).
    func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The 1-based line and column of the first match, if any, with the matched text.
    func firstMatch(in text: String) -> (line: Int, column: Int, text: String)? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: range), let found = Range(match.range, in: text) else { return nil }
        let before = text[..<found.lowerBound]
        let line = before.count { $0 == "\n" } + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, before.distance(from: lineStart, to: before.endIndex) + 1, String(text[found].prefix(80)))
    }
}
