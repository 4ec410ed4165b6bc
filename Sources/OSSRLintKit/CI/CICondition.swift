/// The events on which a CI condition (GitLab `rules: - if:`, GitHub `if:`) may be true, read
/// from the variables it tests: `$CI_COMMIT_TAG` is set only in tag pipelines,
/// `startsWith(github.ref, 'refs/tags/')` holds only for tags and releases.
///
/// `isCertain` says the condition is true on exactly those events; a condition on anything else
/// (a variable of the project, changed files) may be true or false, so it counts as possibly
/// true on every event it does not rule out, and never as certain.
struct CICondition: Sendable, Hashable {
    var events: Set<CIEvent>
    var isCertain: Bool

    static let unknown = CICondition(events: CIEvent.all, isCertain: false)

    static func exactly(_ events: Set<CIEvent>) -> CICondition { CICondition(events: events, isCertain: true) }

    /// `&&`: true only where both may be.
    func and(_ other: CICondition) -> CICondition {
        CICondition(events: events.intersection(other.events), isCertain: isCertain && other.isCertain)
    }

    /// `||`: true where either may be.
    func or(_ other: CICondition) -> CICondition {
        CICondition(events: events.union(other.events), isCertain: isCertain && other.isCertain)
    }

    /// `!`: a certain condition's complement; an uncertain one's is just as uncertain.
    var negated: CICondition {
        isCertain ? .exactly(CIEvent.all.subtracting(events)) : .unknown
    }

    // MARK: Expressions

    /// A GitLab `if:` expression.
    static func gitLab(_ expression: String) -> CICondition {
        parse(expression, atom: gitLabAtom)
    }

    /// A GitHub `if:` expression, with or without `${{ }}`.
    static func gitHub(_ expression: String) -> CICondition {
        var text = expression.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("${{"), text.hasSuffix("}}") { text = String(text.dropFirst(3).dropLast(2)) }
        return parse(text, atom: gitHubAtom)
    }

    /// `a || b && c`, parentheses and a leading `!`: the grammar both forges share.
    private static func parse(_ expression: String, atom: (String) -> CICondition) -> CICondition {
        var text = expression.trimmingCharacters(in: .whitespaces)
        if let alternatives = split(text, on: "||"), alternatives.count > 1 {
            return alternatives.map { parse($0, atom: atom) }.dropFirst().reduce(parse(alternatives[0], atom: atom)) { $0.or($1) }
        }
        if let parts = split(text, on: "&&"), parts.count > 1 {
            return parts.map { parse($0, atom: atom) }.dropFirst().reduce(parse(parts[0], atom: atom)) { $0.and($1) }
        }
        if text.hasPrefix("!"), !text.hasPrefix("!=") {
            return parse(String(text.dropFirst()), atom: atom).negated
        }
        if text.hasPrefix("("), text.hasSuffix(")"), split(text, on: "||") != nil, isWrapped(text) {
            text = String(text.dropFirst().dropLast())
            return parse(text, atom: atom)
        }
        return atom(text)
    }

    /// The parts of `text` between top-level `separator`s (outside parentheses and quotes); nil
    /// when the parentheses do not balance.
    private static func split(_ text: String, on separator: String) -> [String]? {
        var parts: [String] = []
        var depth = 0
        var quote: Character?
        var current = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                depth -= 1
                if depth < 0 { return nil }
            } else if depth == 0, text[index...].hasPrefix(separator) {
                parts.append(current)
                current = ""
                index = text.index(index, offsetBy: separator.count)
                continue
            }
            current.append(character)
            index = text.index(after: index)
        }
        guard depth == 0 else { return nil }
        parts.append(current)
        return parts
    }

    /// Whether the opening parenthesis closes at the very end (`(a) && (b)` is not wrapped).
    private static func isWrapped(_ text: String) -> Bool {
        var depth = 0
        for (offset, character) in text.enumerated() {
            if character == "(" { depth += 1 }
            if character == ")" {
                depth -= 1
                if depth == 0 { return offset == text.count - 1 }
            }
        }
        return false
    }

    /// One comparison of GitLab's predefined variables.
    private static func gitLabAtom(_ atom: String) -> CICondition {
        let compact = atom.replacingOccurrences(of: " ", with: "")
        let isNullTest = compact.hasSuffix("==null") || compact.hasSuffix("==\"\"") || compact.hasSuffix("==''")
        func variable(_ name: String) -> Bool { compact.hasPrefix("$" + name) || compact.hasPrefix("${" + name + "}") }
        if variable("CI_COMMIT_TAG") {
            if compact.contains("!~") { return .unknown }
            return isNullTest ? .exactly([.branches, .mergeRequests]) : .exactly([.tags])
        }
        if variable("CI_COMMIT_BRANCH") {
            return isNullTest ? .exactly([.tags, .mergeRequests]) : .exactly([.branches])
        }
        if variable("CI_MERGE_REQUEST_IID") || variable("CI_MERGE_REQUEST_ID") || variable("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME") {
            return isNullTest ? .exactly([.tags, .branches]) : .exactly([.mergeRequests])
        }
        if variable("CI_PIPELINE_SOURCE") {
            let sources: [String: Set<CIEvent>] = ["merge_request_event": [.mergeRequests], "external_pull_request_event": [.mergeRequests], "push": [.tags, .branches]]
            guard let named = sources.first(where: { compact.contains("\"\($0.key)\"") || compact.contains("'\($0.key)'") }) else {
                // schedule, web, api, trigger …: none of the events that matter here, when tested for equality.
                return compact.contains("==") ? .exactly([]) : .unknown
            }
            return compact.contains("!=") ? .exactly(CIEvent.all.subtracting(named.value)) : .exactly(named.value)
        }
        if variable("CI_COMMIT_REF_NAME") || variable("CI_COMMIT_REF_SLUG") {
            // A ref name is a branch's or a tag's; equal to the default branch, it is a branch.
            if compact.contains("$CI_DEFAULT_BRANCH") && compact.contains("==") { return CICondition(events: [.branches, .mergeRequests], isCertain: false) }
        }
        return .unknown
    }

    /// One comparison of GitHub's contexts.
    private static func gitHubAtom(_ atom: String) -> CICondition {
        let compact = atom.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\"", with: "'")
        let negative = compact.contains("!=")
        func compared(_ events: Set<CIEvent>) -> CICondition { negative ? .exactly(CIEvent.all.subtracting(events)) : .exactly(events) }
        if compact.hasPrefix("startsWith(github.ref,'refs/tags") || compact.hasPrefix("contains(github.ref,'refs/tags") { return .exactly([.tags, .release]) }
        if compact.hasPrefix("startsWith(github.ref,'refs/heads") { return .exactly([.branches]) }
        if compact.hasPrefix("github.ref=='refs/heads/") || compact.hasPrefix("github.ref!='refs/heads/") { return negative ? .unknown : .exactly([.branches]) }
        if compact.hasPrefix("github.ref_type") {
            if compact.hasSuffix("'tag'") { return compared([.tags, .release]) }
            if compact.hasSuffix("'branch'") { return compared([.branches, .mergeRequests]) }
        }
        if compact.hasPrefix("github.event_name") {
            let names: [String: Set<CIEvent>] = ["'release'": [.release], "'push'": [.tags, .branches], "'pull_request'": [.mergeRequests],
                                                 "'pull_request_target'": [.mergeRequests], "'create'": [.tags, .branches]]
            if let named = names.first(where: { compact.hasSuffix($0.key) }) { return compared(named.value) }
            return negative ? .unknown : .exactly([])
        }
        return .unknown
    }
}
