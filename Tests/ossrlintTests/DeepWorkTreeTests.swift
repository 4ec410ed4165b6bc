import Foundation
import Testing
import TestSupport

/// An untracked folder deeper than libgit2 lists stopped `--worktree` with libgit2's words
/// ("directory nesting too deep (100)") and no name; now the folder is named with what to do.
@Suite struct DeepWorkTreeTests {
    @Test func aFolderDeeperThanLibgit2ListsIsNamed() throws {
        let repository = try CompleteOSSRRepository.make()
        let deep = Array(repeating: "deep", count: 101).joined(separator: "/")
        try repository.write(deep + "/file.txt", "x\n")
        let result = try OSSRLintExecutable.run(["check", "--worktree"], in: repository.url)
        #expect(result.status == 3)
        #expect(result.standardError.contains("folder 'deep/deep/deep/… (101 levels)' nests more than 100 levels deep"), "\(result.standardError)")
        #expect(result.standardError.contains("add it to .gitignore"))

        try repository.write(".gitignore", "deep/\n")
        let ignored = try OSSRLintExecutable.run(["check", "--worktree"], in: repository.url)
        #expect(ignored.status == 0, "\(ignored.standardOutput)\(ignored.standardError)")
    }
}
