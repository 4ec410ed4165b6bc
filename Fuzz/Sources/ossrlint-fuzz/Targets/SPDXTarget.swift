import Foundation
import OSSRLintKit

/// An SPDX expression, and the same text as a declared licence name or a trove classifier.
/// What the parser accepts must print as text that parses back to the same expression,
/// because reports and `codemeta init` show expressions in that spelling.
enum SPDXTarget {
    static func run(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        _ = LicenceNameResolver.expression(fromDeclared: text)
        _ = LicenceNameResolver.expression(fromClassifier: text)
        guard let expression = try? SPDXExpression.parse(text) else { return }
        let normalised = expression.normalised()
        _ = normalised.isOSIApproved
        // The printed form drops redundant parentheses (`A AND (B AND C)` prints flat), so it
        // reads back as the same expression once normalised, and the normalised form exactly.
        let reparsed = try? SPDXExpression.parse(expression.description)
        invariant(reparsed?.normalised() == normalised, "'\(expression)' does not parse back to the same expression (from '\(text)')")
        let reparsedNormalised = try? SPDXExpression.parse(normalised.description)
        invariant(reparsedNormalised == normalised, "'\(normalised)' does not parse back to itself (from '\(text)')")
        invariant(normalised.normalised() == normalised, "normalising '\(normalised)' again changes it (from '\(text)')")
    }
}
