import Foundation

/// Work started on another thread now and collected later: the rule set, the licence index and
/// the repository's listing load while the main thread parses the arguments, and the checks that
/// read many git objects run beside the others (costs that would otherwise come on top of the
/// main thread's).
public final class Preload<Value: Sendable>: @unchecked Sendable {
    // `result` is written once, before `group.leave()`, and read only after `group.wait()`:
    // the group orders the two, which is why the class may be Sendable.
    private let group = DispatchGroup()
    private var result: Result<Value, any Error>?

    public init(_ work: @escaping @Sendable () throws -> Value) {
        group.enter()
        // On a thread of its own (see `WorkerThreads` for why neither a new thread each time
        // nor Dispatch's queue).
        WorkerThreads.shared.run {
            self.result = Result(catching: work)
            self.group.leave()
        }
    }

    /// Waits for the work and returns its value or rethrows its error.
    public func value() throws -> Value {
        group.wait()
        guard let result else { throw PreloadError.noResult }
        return try result.get()
    }
}

/// A preload finished without a result (cannot happen: the work always stores one).
public enum PreloadError: Error {
    case noResult
}
