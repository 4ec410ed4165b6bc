import GitKit
@testable import OSSRLintKit
import Testing

@Suite struct ReadmeChoiceTests {
    private func ranked(_ names: [String]) -> [String] {
        ReadmeChoice.ranked(names.map { SnapshotEntry(path: GitPath($0), kind: .file, objectID: nil) }).map(\.path.displayName)
    }

    /// pyvo and others keep a developer README beside the project's; byte order put it first.
    @Test func theProjectReadmeComesBeforeItsVariants() {
        #expect(ranked(["README.dev.md", "README.md"]) == ["README.md", "README.dev.md"])
        #expect(ranked(["README_fr.md", "README.rst", "README.md"]) == ["README.md", "README.rst", "README_fr.md"])
        #expect(ranked(["README.txt", "README", "readme.rst"]) == ["readme.rst", "README.txt", "README"])
        #expect(ranked(["LICENSE", "README-developers.md"]) == ["README-developers.md"])
    }
}
