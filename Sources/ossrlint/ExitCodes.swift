import ArgumentParser
import GitKit

/// The documented exit codes: 0 clean, 1 findings, 2 usage or configuration, 3 unreadable repository.
enum ExitCodes {
    static let findings = ExitCode(1)
    static let configuration = ExitCode(2)
    static let unreadableRepository = ExitCode(3)

    /// Revision mistakes are the user's arguments (2); a repository that cannot be opened or
    /// read is 3.
    static func code(for error: RepositoryError) -> ExitCode {
        switch error {
        case .revisionNotFound, .ambiguousRevision, .revisionNotACommit, .noWorkTree, .unbornHead:
            configuration
        case .notARepository, .unreadable, .unreadableIndex, .damaged, .shallowHistory, .workTreeTooDeep, .git:
            unreadableRepository
        }
    }
}
