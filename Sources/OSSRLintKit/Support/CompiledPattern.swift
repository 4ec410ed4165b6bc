import Foundation

/// A regular expression compiled once, when the rule or schema that holds it loads, and
/// searched within a time and stack budget.
struct CompiledPattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as safe to use from
    // several threads at once, and the deferred one is created under a lock: that is why the
    // wrapper may be Sendable.
    let source: String
    private let options: NSRegularExpression.Options
    /// Every match starts with one of these (`RegexLiteral`): a text without any is not
    /// searched, and ICU starts at the first place one occurs. An alternation that ICU cannot
    /// skip ahead in, such as the identifier rule's `(10\.[0-9]{4,9}/…|swh:1:…)`, otherwise
    /// tries every position of a 70 KB CITATION.cff before its first DOI: 7 ms a run.
    private let leadingLiterals: [[UInt8]]?
    /// Whether a leading literal holds a letter (see `RegexLiteral.hasLetters`).
    private let literalsHaveLetters: Bool
    private let compiled: Compiled

    /// Compiles `source` as an ICU regular expression; throws Foundation's error when invalid.
    init(_ source: String, options: NSRegularExpression.Options = []) throws {
        self.source = source
        self.options = options
        leadingLiterals = RegexLiteral.leadingAlternatives(of: source, ignoringCase: options.contains(.caseInsensitive))
        literalsHaveLetters = leadingLiterals.map(RegexLiteral.hasLetters) ?? false
        compiled = Compiled(try NSRegularExpression(pattern: source, options: options))
    }

    /// A pattern compiled on its first search: for the bundled CFF schema's patterns that
    /// `ASCIIPattern` answers, ICU is needed only for a long or non-ASCII value, and compiling
    /// eleven expressions up front was a fifth of validating a large CITATION.cff.
    init(deferring source: String) {
        self.source = source
        options = []
        leadingLiterals = RegexLiteral.leadingAlternatives(of: source, ignoringCase: false)
        literalsHaveLetters = leadingLiterals.map(RegexLiteral.hasLetters) ?? false
        compiled = Compiled(nil)
    }

    /// Compiles a pattern given in a check's options, `^`/`$` matching at line ends.
    init(option source: String, ignoreCase: Bool) throws(CheckOptionsError) {
        do {
            try self.init(source, options: Self.options(ignoreCase: ignoreCase))
        } catch {
            throw CheckOptionsError("'pattern' is not a valid regular expression: '\(source)'")
        }
    }

    private static func options(ignoreCase: Bool) -> NSRegularExpression.Options {
        ignoreCase ? [.caseInsensitive, .anchorsMatchLines] : [.anchorsMatchLines]
    }

    /// How long one search may take: ample for any sane pattern over the largest file read
    /// (16 MiB), and short enough that a catastrophic one (`(a+)+c`) cannot stall a run.
    static let searchBudget: TimeInterval = 2

    /// What a search found.
    enum Search: Equatable {
        /// The 1-based line and column of the first match, with the matched text.
        case match(line: Int, column: Int, text: String)
        case noMatch
        /// The engine stopped before it could tell: out of time or out of backtracking stack.
        /// Never to be read as "no match".
        case gaveUp(String)
    }

    /// Whether the pattern occurs anywhere in `text` (JSON Schema semantics: searched, not
    /// anchored). A search that gives up counts as no match, so a schema value that cannot be
    /// checked fails its pattern rather than passing.
    func matches(_ text: String) -> Bool {
        if case .match = search(in: text) { return true }
        return false
    }

    /// The first match in `text`, searched within `searchBudget`.
    func search(in text: String) -> Search {
        guard let start = firstPossibleStart(in: text) else { return .noMatch }
        guard let expression = compiled.expression(source, options) else { return .gaveUp("the pattern does not compile") }
        // From the first place a match can start. Transparent bounds let `\b` and look-behinds
        // see the text before it, and without anchoring bounds `^` does not match there unless a
        // line starts there: the first match is the one a search of the whole text finds.
        let range = NSRange(start..<text.endIndex, in: text)
        let deadline = Date(timeIntervalSinceNow: Self.searchBudget)
        var first: NSRange?
        var failure: String?
        // ICU reports progress while it backtracks; stopping there is the only way to bound a
        // search through Foundation. Its stack overflow shows only as the internal-error flag.
        expression.enumerateMatches(in: text, options: [.reportProgress, .reportCompletion, .withTransparentBounds, .withoutAnchoringBounds],
                                    range: range) { result, flags, stop in
            if let result {
                first = result.range
                stop.pointee = true
            } else if flags.contains(.internalError) {
                failure = "the regular expression engine ran out of backtracking stack"
            } else if !flags.contains(.completed), Date() > deadline {
                failure = "the search took longer than \(Int(Self.searchBudget)) s"
                stop.pointee = true
            }
        }
        if let first, let found = Range(first, in: text) {
            // Lines counted on bytes: as Characters, a 40 KB prefix took a millisecond, and a
            // CRLF is one Character that is not "\n".
            let before = text[..<found.lowerBound]
            let line = before.utf8.count { $0 == 0x0A } + 1
            let lineStart = before.utf8.lastIndex(of: 0x0A).map { before.utf8.index(after: $0) } ?? before.startIndex
            return .match(line: line, column: before.distance(from: lineStart, to: before.endIndex) + 1, text: String(text[found].prefix(80)))
        }
        return failure.map { .gaveUp($0) } ?? .noMatch
    }

    /// The outcome of a rule whose pattern could not be searched in `file`: an error naming
    /// both, never a pass.
    func gaveUpOutcome(_ reason: String, file: String) -> CheckOutcome {
        .error("/\(source)/ could not be searched in '\(file)': \(reason); simplify the pattern (nested repetition such as '(a+)+' backtracks exponentially)",
               evidence: [Evidence(kind: .diagnostic, subject: file, detail: reason)])
    }

    /// Where in `text` the first match can start: the first occurrence of a leading literal
    /// (always at a character's start, since a literal's bytes are ASCII), the text's start
    /// when the pattern has none, nil when no match is possible.
    private func firstPossibleStart(in text: String) -> String.Index? {
        guard let leadingLiterals else { return text.startIndex }
        let ignoringCase = options.contains(.caseInsensitive)
        var text = text
        let offset: Int? = text.withUTF8 { bytes in
            if ignoringCase, literalsHaveLetters, bytes.contains(where: { $0 >= 0x80 }) { return 0 }
            return leadingLiterals.compactMap { ByteSearch.firstOffset(of: $0, in: bytes, foldingCase: ignoringCase) }.min()
        }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
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
