import Foundation

/// A regular expression compiled once when its rule loads.
struct CompiledPattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented thread-safe for matching.
    let expression: NSRegularExpression
    let source: String

    init(_ source: String, ignoreCase: Bool) throws(CheckOptionsError) {
        do {
            expression = try NSRegularExpression(pattern: source, options: ignoreCase ? [.caseInsensitive, .anchorsMatchLines] : [.anchorsMatchLines])
        } catch {
            throw CheckOptionsError("'pattern' is not a valid regular expression: '\(source)'")
        }
        self.source = source
    }

    /// The 1-based line and column of the first match, if any.
    func firstMatch(in text: String) -> (line: Int, column: Int, text: String)? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: range), let found = Range(match.range, in: text) else { return nil }
        let before = text[..<found.lowerBound]
        let line = before.count { $0 == "\n" } + 1
        let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex, to: before.endIndex) + 1
        return (line, column, String(text[found].prefix(80)))
    }
}
