import Foundation

/// A regular expression compiled once, when the rule or schema that holds it loads, or, for the
/// shipped rule sets' compiled values, the first time a text may match (`init(validated:)`).
struct CompiledPattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as safe to use from
    // several threads at once, and the deferred one is created under a lock: that is why the
    // wrapper may be Sendable.
    let source: String
    private let options: NSRegularExpression.Options
    /// Bytes every match contains (`RegexLiteral`): a text without them is not searched.
    private let requiredLiteral: [UInt8]?
    private let compiled: Compiled

    /// Compiles `source` as an ICU regular expression; throws Foundation's error when invalid.
    init(_ source: String, options: NSRegularExpression.Options = []) throws {
        self.source = source
        self.options = options
        requiredLiteral = RegexLiteral.leading(of: source, ignoringCase: options.contains(.caseInsensitive))
        compiled = Compiled(try NSRegularExpression(pattern: source, options: options))
    }

    /// Compiles a pattern given in a check's options, `^`/`$` matching at line ends.
    init(option source: String, ignoreCase: Bool) throws(CheckOptionsError) {
        do {
            try self.init(source, options: Self.options(ignoreCase: ignoreCase))
        } catch {
            throw CheckOptionsError("'pattern' is not a valid regular expression: '\(source)'")
        }
    }

    /// A pattern from a check's options that is known to compile (the shipped rule sets'
    /// compiled values, which a test loads from YAML too), compiled when first needed: most
    /// runs never need it, as no text has its required literal.
    init(validated source: String, ignoreCase: Bool) {
        self.source = source
        options = Self.options(ignoreCase: ignoreCase)
        requiredLiteral = RegexLiteral.leading(of: source, ignoringCase: ignoreCase)
        compiled = Compiled(nil)
    }

    private static func options(ignoreCase: Bool) -> NSRegularExpression.Options {
        ignoreCase ? [.caseInsensitive, .anchorsMatchLines] : [.anchorsMatchLines]
    }

    /// Whether the pattern occurs anywhere in `text` (JSON Schema semantics: searched, not
    /// anchored).
    func matches(_ text: String) -> Bool {
        guard mayMatch(text), let expression = compiled.expression(source, options) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The 1-based line and column of the first match, if any, with the matched text.
    func firstMatch(in text: String) -> (line: Int, column: Int, text: String)? {
        guard mayMatch(text), let expression = compiled.expression(source, options) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: range), let found = Range(match.range, in: text) else { return nil }
        let before = text[..<found.lowerBound]
        let line = before.count { $0 == "\n" } + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, before.distance(from: lineStart, to: before.endIndex) + 1, String(text[found].prefix(80)))
    }

    private func mayMatch(_ text: String) -> Bool {
        guard let requiredLiteral else { return true }
        var text = text
        return text.withUTF8 { ByteSearch.contains(requiredLiteral, in: $0) }
    }

    /// The expression, created at most once.
    private final class Compiled: @unchecked Sendable {
        // Guarded by `lock` while `expression` may still be nil; never changed once set.
        private let lock = NSLock()
        private var expression: NSRegularExpression?

        init(_ expression: NSRegularExpression?) { self.expression = expression }

        /// The expression, compiling `source` on first use. Nil only if a pattern said to be
        /// valid does not compile, which the test that loads the shipped sets from YAML rules
        /// out; such a pattern then matches nothing.
        func expression(_ source: String, _ options: NSRegularExpression.Options) -> NSRegularExpression? {
            lock.lock()
            defer { lock.unlock() }
            if expression == nil { expression = try? NSRegularExpression(pattern: source, options: options) }
            return expression
        }
    }
}
