import ArgumentParser
import GitKit

/// Opening what the user named, with the documented exit codes on failure.
enum Session {
    static func openSnapshot(_ options: SourceOptions) throws -> RepositorySnapshot {
        do {
            return try RepositorySnapshot(path: options.path, source: options.source)
        } catch {
            Terminal.error(error.description)
            throw ExitCodes.code(for: error)
        }
    }
}
