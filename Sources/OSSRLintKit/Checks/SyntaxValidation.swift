import GitKit

/// What `json-valid` and `yaml-valid` share: select files, parse each, fail with every syntax
/// error at its position, pass naming the files.
enum SyntaxValidation {
    /// The largest file read (16 MiB); a larger one is reported as too large, never parsed in part.
    static let limit = 16 << 20

    /// `problem` returns the syntax error of one file as evidence, or nil when it parses.
    static func evaluate(
        _ patterns: PathPatterns, in facts: RevisionFacts, language: String,
        problem: (SnapshotEntry) throws(FileContentProblem) -> Evidence?
    ) -> CheckOutcome {
        let files = patterns.select(in: facts).filter { $0.kind.hasContent }
        guard !files.isEmpty else { return .notApplicable("no file matches \(patterns.description)") }
        var broken: [Evidence] = []
        for file in files {
            do {
                if let evidence = try problem(file) { broken.append(evidence) }
            } catch {
                return error.outcome
            }
        }
        if broken.isEmpty { return .pass("\(files.count) \(language) file\(files.count == 1 ? "" : "s") parse", evidence: files.evidence()) }
        return .fail("\(broken.count) file\(broken.count == 1 ? " is" : "s are") not valid \(language)", evidence: broken)
    }
}
