/// A recursive-descent parser for SPDX licence expressions (`WITH` binds tighter than `AND`,
/// which binds tighter than `OR`). Operators are accepted in any case, as tools in the wild write them.
struct SPDXExpressionParser {
    private var tokens: [String]
    private var position = 0
    /// How many parentheses are open where the parser is.
    private var depth = 0
    /// The deepest nesting accepted: far beyond any real expression, and shallow enough that
    /// the parser's recursion (one level per parenthesis) never exhausts the stack, whatever a
    /// `package.json` or `CITATION.cff` in a merge request holds.
    static let maximumDepth = 64

    init(_ text: String) {
        var tokens: [String] = []
        var current = ""
        for character in text {
            if character == "(" || character == ")" {
                if !current.isEmpty { tokens.append(current); current = "" }
                tokens.append(String(character))
            } else if character.isWhitespace {
                if !current.isEmpty { tokens.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        self.tokens = tokens
    }

    mutating func parseExpression() throws -> SPDXExpression {
        guard !tokens.isEmpty else { throw SPDXExpressionError.empty }
        let expression = try parseOr()
        if position < tokens.count {
            throw tokens[position] == ")" ? SPDXExpressionError.unbalancedParenthesis : SPDXExpressionError.unexpectedToken(tokens[position])
        }
        return expression
    }

    private func peekOperator() -> String? {
        guard position < tokens.count else { return nil }
        let upper = tokens[position].uppercased()
        return ["AND", "OR", "WITH"].contains(upper) ? upper : nil
    }

    private mutating func parseOr() throws -> SPDXExpression {
        var parts = [try parseAnd()]
        while peekOperator() == "OR" {
            position += 1
            parts.append(try parseAnd())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private mutating func parseAnd() throws -> SPDXExpression {
        var parts = [try parseWith()]
        while peekOperator() == "AND" {
            position += 1
            parts.append(try parseWith())
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private mutating func parseWith() throws -> SPDXExpression {
        let licence = try parseAtom()
        guard peekOperator() == "WITH" else { return licence }
        position += 1
        guard position < tokens.count else { throw SPDXExpressionError.missingOperand(after: "WITH") }
        let exception = tokens[position]
        guard Self.isIdentifier(exception) else { throw SPDXExpressionError.unexpectedToken(exception) }
        position += 1
        return .with(licence, exception: exception)
    }

    private mutating func parseAtom() throws -> SPDXExpression {
        guard position < tokens.count else {
            throw SPDXExpressionError.missingOperand(after: position > 0 ? tokens[position - 1] : "")
        }
        let token = tokens[position]
        if token == "(" {
            guard depth < Self.maximumDepth else { throw SPDXExpressionError.tooDeep(limit: Self.maximumDepth) }
            position += 1
            depth += 1
            defer { depth -= 1 }
            let inner = try parseOr()
            guard position < tokens.count, tokens[position] == ")" else { throw SPDXExpressionError.unbalancedParenthesis }
            position += 1
            return inner
        }
        guard peekOperator() == nil, token != ")", Self.isIdentifier(token) else {
            throw SPDXExpressionError.unexpectedToken(token)
        }
        position += 1
        if token.hasSuffix("+") {
            return .licence(String(token.dropLast()), orLater: true)
        }
        return .licence(token, orLater: false)
    }

    private static func isIdentifier(_ token: String) -> Bool {
        let body = token.hasSuffix("+") ? token.dropLast() : Substring(token)
        return !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == ":") }
    }
}
