/// Why a text is not a valid SPDX licence expression.
public enum SPDXExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case unexpectedToken(String)
    case unbalancedParenthesis
    case missingOperand(after: String)
    case tooDeep(limit: Int)

    public var description: String {
        switch self {
        case .empty: return "licence expression is empty"
        case .unexpectedToken(let token): return "unexpected '\(token)' in licence expression"
        case .unbalancedParenthesis: return "unbalanced parenthesis in licence expression"
        case .missingOperand(let token): return "licence expression ends after '\(token)'"
        case .tooDeep(let limit): return "licence expression nests parentheses more than \(limit) deep"
        }
    }
}
