import Foundation

/// A JSON Schema `pattern`, compiled once. JSON Schema patterns are searched for, not matched
/// against the whole string, so `^`/`$` in the pattern do the anchoring.
struct CompiledPattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as safe to use from
    // several threads at once; that is why the wrapper may be Sendable.
    let source: String
    private let expression: NSRegularExpression

    init(_ source: String) throws {
        self.source = source
        expression = try NSRegularExpression(pattern: source)
    }

    func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
