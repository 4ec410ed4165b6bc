import Foundation
import Synchronization

/// Scans many repositories at once, each on one of `jobs` threads, in this process.
///
/// Why threads and not processes: a repository costs a few milliseconds to lint, about what
/// starting a process and loading the rule set cost. Why it is safe: libgit2 is thread-safe with
/// one repository handle per thread, and each repository's handles live inside one
/// `RepositoryScanner.scan` call on one thread; the rule set is a Sendable value shared by all.
public struct BatchScanner: Sendable {
    public let scanner: RepositoryScanner

    /// The stack of each worker thread: what the main thread has on a usual Linux set-up, so
    /// that a repository that lints on the main thread (in `check`) lints on a worker too.
    static let stackSize = 8 << 20

    public init(_ scanner: RepositoryScanner) {
        self.scanner = scanner
    }

    /// The rows of `targets`, in their order, scanned by `jobs` threads at once. `progress` hears
    /// of each repository as it finishes, one call at a time, with how many have finished.
    public func scan(_ targets: [ScanTarget], jobs: Int, progress: @escaping @Sendable (ScanProgress) -> Void = { _ in }) -> [ScanRow] {
        let queue = ScanQueue(count: targets.count)
        let done = DispatchGroup()
        let scanner = scanner
        for _ in 0..<max(1, min(jobs, targets.count)) {
            done.enter()
            let thread = Thread {
                defer { done.leave() }
                while let position = queue.take() {
                    queue.finish(scanner.scan(targets[position]), at: position, progress: progress)
                }
            }
            thread.stackSize = Self.stackSize
            thread.start()
        }
        done.wait()
        return queue.rows
    }
}

/// A repository as it finishes: the row and how far the scan is.
public struct ScanProgress: Sendable {
    /// How many repositories have finished, this one included.
    public var finished: Int
    public var total: Int
    public var row: ScanRow
}

/// The positions the threads take in turn, and the rows they leave.
private final class ScanQueue: Sendable {
    private struct State {
        var next = 0
        var finished = 0
        var rows: [ScanRow?]
    }

    private let count: Int
    private let state: Mutex<State>

    init(count: Int) {
        self.count = count
        state = Mutex(State(rows: Array(repeating: nil, count: count)))
    }

    /// The next position to scan, or nil when every one is taken.
    func take() -> Int? {
        state.withLock { state in
            guard state.next < count else { return nil }
            state.next += 1
            return state.next - 1
        }
    }

    /// Stores `row` and tells `progress`, under the lock, so that progress lines never mix and
    /// their counts only rise.
    func finish(_ row: ScanRow, at position: Int, progress: (ScanProgress) -> Void) {
        state.withLock { state in
            state.rows[position] = row
            state.finished += 1
            progress(ScanProgress(finished: state.finished, total: count, row: row))
        }
    }

    /// Every row, once every thread has finished.
    var rows: [ScanRow] {
        state.withLock { $0.rows.compactMap { $0 } }
    }
}
