/// A fixture step of `TemporaryRepository` that did not succeed; the description says which.
public enum TemporaryRepositoryError: Error, CustomStringConvertible {
    /// A command (`git …` or another tool) exited with a non-zero status.
    case commandFailed(command: [String], status: Int32, standardError: String)
    /// A work-tree file could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .commandFailed(let command, let status, let standardError):
            "\(command.joined(separator: " ")) exited with \(status): \(standardError)"
        case .cannotWrite(let path, let reason):
            "cannot write '\(path)': \(reason)"
        }
    }
}
