import ArgumentParser
import GitKit

/// Which repository and which state of it: shared by every command that reads a repository.
struct SourceOptions: ParsableArguments {
    @Argument(help: "A path inside the repository, or a bare repository.")
    var path: String = "."

    @Option(name: .long, help: ArgumentHelp("Lint this revision: a branch, a tag, a commit id, HEAD~2 …", valueName: "revision"))
    var rev: String?

    @Flag(name: .long, help: "Lint the staged index: exactly what 'git commit' would record.")
    var staged = false

    @Flag(name: .long, help: "Lint the work tree: tracked and untracked files that are not ignored.")
    var worktree = false

    func validate() throws {
        let chosen = [rev != nil, staged, worktree].filter { $0 }.count
        if chosen > 1 { throw ValidationError("choose one of --rev, --staged and --worktree") }
    }

    var source: SnapshotSource {
        if staged { return .index }
        if worktree { return .worktree }
        return .commit(revision: rev ?? "HEAD")
    }
}
