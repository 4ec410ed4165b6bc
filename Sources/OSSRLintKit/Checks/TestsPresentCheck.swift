/// Passes when the repository has tests: a test directory at any depth (`tests/`, `test/`,
/// `spec/`, `__tests__/`, `Tests/`) holding files, or test files by naming convention
/// (`test_*.py`, `*_test.go`, `*Tests.swift`, `*.test.js` …). `test_data/` and anything under a
/// docs folder do not count.
///
/// ```yaml
/// check: tests-present
/// ```
public struct TestsPresentCheck: CheckKind {
    public struct Options: Decodable, Sendable {}

    public static let id = "tests-present"
    public static let summary = "Test directories or test files exist."
    public static let optionsHelp: [OptionHelp] = []
    public static let examples = [
        CheckExample("a tests folder deep down", files: ["src/pkg/tests/test_core.py": "def test(): pass\n"], expected: .pass),
        CheckExample("a pytest file at the root", files: ["test_core.py": "def test(): pass\n"], expected: .pass),
        CheckExample("the root test folder is cited before a vendored one", files: ["natgrid/Test/nnex01.c": "int main(void) { return 0; }\n", "test/test_grid.py": "def test(): pass\n"], expected: .pass),
        CheckExample("only test data", files: ["test_data/sample.csv": "1,2\n"], expected: .fail),
        CheckExample("a tests folder under docs", files: ["docs/tests/index.md": "# x\n"], expected: .fail),
    ]

    public init(options: Options) {}

    static let directoryNames: Set<String> = ["test", "tests", "testing", "spec", "specs", "__tests__", "unittests", "unit_tests", "testsuite"]
    static let test = Array("test".utf8)
    static let spec = Array("spec".utf8)
    static let docsNames: Set<String> = ["doc", "docs", "documentation"]

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        var directories: [String] = []
        var files: [Evidence] = []
        facts.forEachEntry(atDepths: nil) { fact in
            // Every test folder and test file name contains one of these; most paths do not.
            guard fact.kind.hasContent, fact.pathContains(bytes: Self.test) || fact.pathContains(bytes: Self.spec) else { return }
            let folders = fact.lowercasedDirectories
            if folders.contains(where: { Self.docsNames.contains(String($0)) }) { return }
            if let index = folders.firstIndex(where: { Self.directoryNames.contains(String($0)) }) {
                let directory = facts.entry(of: fact).path.lossyString.split(separator: "/").prefix(index + 1).joined(separator: "/")
                if !directories.contains(directory) { directories.append(directory) }
            } else if Self.isTestFileName(fact.lowercasedName) {
                files.append(.entry(facts.entry(of: fact), "test file"))
            }
        }
        // The project's own tests first: the shallowest folder, so that a root `test/` is cited
        // rather than a vendored library's `natgrid/Test/`, which sorts before it.
        directories.sort { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) }
        let evidence = directories.prefix(20).map { Evidence.path($0 + "/", "test directory") } + files.prefix(20)
        guard !evidence.isEmpty else { return .fail("no test directory or test file found") }
        return .pass(directories.isEmpty ? "found \(files.count) test file\(files.count == 1 ? "" : "s")" : "found test directory '\(directories[0])/'", evidence: Array(evidence))
    }

    static func isTestFileName(_ name: String) -> Bool {
        (name.hasPrefix("test_") && name.hasSuffix(".py")) || name.hasSuffix("_test.py") || name.hasSuffix("_test.go")
            || name.hasSuffix("tests.swift") || name.hasSuffix("test.java") || name.hasSuffix("_test.cpp") || name.hasSuffix("_test.cc")
            || name.hasSuffix(".test.js") || name.hasSuffix(".test.ts") || name.hasSuffix(".spec.js") || name.hasSuffix(".spec.ts")
            || name.hasSuffix("_spec.rb") || name.hasSuffix("_test.rb") || (name.hasPrefix("test-") && name.hasSuffix(".r")) || name.hasSuffix("_test.rs")
    }
}
