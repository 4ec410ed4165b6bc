import GitKit
import Yams

/// Passes when every selected file is valid YAML; a syntax error is reported at its line.
///
/// ```yaml
/// check: yaml-valid
/// options: { paths: ["CITATION.cff", ".gitlab-ci.yml"] }
/// ```
public struct YAMLValidCheck: CheckKind {
    public typealias Options = PathExistsCheck.Options

    public static let id = "yaml-valid"
    public static let summary = "Every selected file parses as YAML."
    public static let optionsHelp = PathExistsCheck.optionsHelp
    public static let examples = [
        CheckExample("valid YAML", options: "{paths: ['*.cff']}", files: ["CITATION.cff": "title: x\n"], expected: .pass),
        CheckExample("no matching file", options: "{paths: ['*.cff']}", files: ["a.txt": "x\n"], expected: .notApplicable),
        CheckExample("a bad indentation", options: "{paths: ['*.cff']}", files: ["CITATION.cff": "a:\n  - b\n c: d\n"], expected: .fail),
    ]

    let patterns: PathPatterns

    public init(options: Options) throws(CheckOptionsError) {
        patterns = try PathPatterns(options)
    }

    public var needs: FactNeeds { .files(patterns, limit: SyntaxValidation.limit) }

    public var scope: PathScope { .of(patterns) }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        SyntaxValidation.evaluate(patterns, in: facts, language: "YAML") { entry throws(FileContentProblem) in
            let text = try facts.text(of: entry)
            do {
                try YAMLAliasGuard.refuseAliasedKeys(in: text)
                let parser = try Parser(yaml: text)
                while let root = try parser.nextRoot() { try YAMLAliasGuard.checkExpansion(root) }
                return nil
            } catch let refusal as YAMLAliasGuard.Refusal {
                return .path(entry.path.displayName, refusal.message, line: refusal.line, column: refusal.column)
            } catch {
                let problem = RuleSetLoader.convert(error, file: entry.path.displayName, yaml: text)
                return .path(entry.path.displayName, problem.message, line: problem.line, column: problem.column)
            }
        }
    }
}
