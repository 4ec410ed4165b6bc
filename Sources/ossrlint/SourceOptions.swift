import ArgumentParser
import Foundation
import GitKit

/// Which repository and which state of it: shared by every command that reads a repository.
struct SourceOptions: ParsableArguments {
    @Argument(help: "A path inside the repository, or a bare repository.")
    var path: String = "."

    @Option(name: .long, help: ArgumentHelp("Lint this revision: a branch, a tag, a commit id, HEAD~2 …", valueName: "revision"))
    var rev: String?

    @Flag(name: .long, help: "Lint the staged index: exactly what 'git commit' would record (in a hook, the index GIT_INDEX_FILE names).")
    var staged = false

    @Flag(name: .long, help: "Lint the work tree: tracked and untracked files that are not ignored.")
    var worktree = false

    func validate() throws {
        let chosen = [rev != nil, staged, worktree].filter { $0 }.count
        if chosen > 1 { throw ValidationError("choose one of --rev, --staged and --worktree") }
    }

    var source: SnapshotSource {
        if staged {
            // Git points hooks at the index the commit will record: for `git commit -a` and
            // `git commit PATH` a temporary one, not .git/index.
            if let file = ProcessInfo.processInfo.environment["GIT_INDEX_FILE"], !file.isEmpty { return .indexFile(file) }
            return .index
        }
        if worktree { return .worktree }
        return .commit(revision: rev ?? "HEAD")
    }
}
