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
        patterns = try PathPatterns(options.paths, ignoreCase: options.ignoreCase ?? true, anyDepth: options.anyDepth ?? false, exclude: options.exclude ?? [])
    }

    public func evaluate(in context: CheckContext) -> CheckOutcome {
        let files = patterns.select(in: context).filter { $0.entry.kind.hasContent }
        guard !files.isEmpty else { return .notApplicable("no file matches \(patterns.description)") }
        var broken: [Evidence] = []
        for file in files {
            let text: String
            do { text = try context.text(of: file.entry) } catch { return CheckContext.readFailure(error) }
            do {
                let parser = try Parser(yaml: text)
                while try parser.nextRoot() != nil {}
            } catch {
                let problem = RuleSetLoader.convert(error, file: file.entry.path.displayName, yaml: text)
                broken.append(.path(file.entry.path.displayName, problem.message, line: problem.line, column: problem.column))
            }
        }
        if broken.isEmpty { return .pass("\(files.count) YAML file\(files.count == 1 ? "" : "s") parse", evidence: files.evidence()) }
        return .fail("\(broken.count) file\(broken.count == 1 ? " is" : "s are") not valid YAML", evidence: broken)
    }
}
