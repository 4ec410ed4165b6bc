import GitKit

/// What `json-valid` and `yaml-valid` share: select files, parse each, fail with every syntax
/// error at its position, pass naming the files.
enum SyntaxValidation {
    /// `problem` returns the syntax error of one file as evidence, or nil when it parses.
    static func evaluate(
        _ patterns: PathPatterns, in context: CheckContext, language: String,
        problem: (SnapshotEntry) throws(SnapshotReadError) -> Evidence?
    ) -> CheckOutcome {
        let files = patterns.select(in: context).filter { $0.entry.kind.hasContent }
        guard !files.isEmpty else { return .notApplicable("no file matches \(patterns.description)") }
        var broken: [Evidence] = []
        for file in files {
            do {
                if let evidence = try problem(file.entry) { broken.append(evidence) }
            } catch {
                return CheckContext.readFailure(error)
            }
        }
        if broken.isEmpty { return .pass("\(files.count) \(language) file\(files.count == 1 ? "" : "s") parse", evidence: files.evidence()) }
        return .fail("\(broken.count) file\(broken.count == 1 ? " is" : "s are") not valid \(language)", evidence: broken)
    }
}
