/// Opening a repository that a list names, exactly where it is named.
extension Repository {
    /// Opens the repository at exactly `path` — a work tree holding `.git`, or a bare repository
    /// or `.git` directory — given as raw bytes (a folder's name need not be UTF-8), without
    /// searching the folders above it. `name` is how messages call it.
    ///
    /// Why no search: a scan names each repository it reads; a folder in the list that is not a
    /// repository must say so, not lint whichever repository happens to contain the list.
    public static func open(exactly path: [UInt8], named name: String) throws(RepositoryError) -> Repository {
        // `git_repository_open`, behind `reopen`, is libgit2's open without the upward search;
        // it accepts a work tree holding `.git` as well as a git directory.
        do {
            return try reopen(gitDirectory: path.map { CChar(bitPattern: $0) } + [0])
        } catch {
            guard case .unreadable(_, let failure) = error else { throw error }
            if failure.code == .notFound { throw .notARepository(path: name) }
            throw .unreadable(path: name, failure)
        }
    }
}
