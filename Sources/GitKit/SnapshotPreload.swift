import Foundation

/// A snapshot opened and listed on another thread, for the thread that later asks for the same
/// path and source to take over.
///
/// Parsing the command line costs a few milliseconds of ArgumentParser's reflection; listing a
/// large tree costs more. When the raw arguments show which repository a run will list, the
/// listing starts at once and the parse runs beside it. The parse still decides: the snapshot is
/// used only when the parsed path and source are the ones it was opened with.
public final class SnapshotPreload: Sendable {
    public let path: String
    public let source: SnapshotSource
    private let work: Preload<Handoff>

    /// Starts opening the repository at `path` and listing `source` of it.
    public init(path: String, source: SnapshotSource) {
        self.path = path
        self.source = source
        work = Preload { Handoff(Result { () throws(RepositoryError) in try RepositorySnapshot(path: path, source: source) }) }
    }

    /// The snapshot (or the error opening it) when `path` and `source` are the ones it was
    /// started with and nobody took it yet; nil otherwise. Waits for the listing.
    public func take(path: String, source: SnapshotSource) -> Result<RepositorySnapshot, RepositoryError>? {
        guard path == self.path, source == self.source else { return nil }
        return (try? work.value())?.take()
    }

    /// Waits for the listing: a process must not exit while libgit2 works on another thread.
    public func finish() {
        _ = try? work.value()
    }
}

/// The listing's result between the thread that made it and the one that takes it.
private final class Handoff: @unchecked Sendable {
    // Ownership passes, it is never shared: the listing thread makes the snapshot and does not
    // touch it after handing this over; `take` gives it out once, under the lock. That is why
    // the class may be Sendable though a snapshot is not.
    private let lock = NSLock()
    private var result: Result<RepositorySnapshot, RepositoryError>?

    init(_ result: Result<RepositorySnapshot, RepositoryError>) {
        self.result = result
    }

    func take() -> Result<RepositorySnapshot, RepositoryError>? {
        lock.lock()
        defer { result = nil; lock.unlock() }
        return result
    }
}
