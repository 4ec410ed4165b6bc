import Foundation

/// The threads that run background work (`Preload`, libgit2's initialisation, the listing's
/// second thread): a thread that has finished its work waits for the next instead of ending.
///
/// Why keep them: on a busy machine a new thread first runs only once the scheduler moves it
/// off the core of the thread that started it. On the 2-core development machine, while the
/// starting thread kept working, a new thread waited 1.9 ms before its first instruction
/// (median of 200; 3.6 ms at the 90th percentile) and a waiting thread woke in 0.03 ms
/// (`Scripts/thread-start-latency.c`). A lint's second thread of checks is started just as
/// the main thread gets busy with its own, so it began ~2 ms late; the threads that loaded
/// the rule set and the licence index have finished by then and are waiting.
///
/// Why not Dispatch's global queue: it runs only as many blocks at once as there are cores,
/// so on two cores the listing, the rule set and the licence index queued behind each other
/// (the listing waited up to 20 ms for the loads). Here a piece of work never waits for
/// another: with no thread waiting, a new one starts.
///
/// One per process, like the threads themselves; it holds no state a caller can see.
final class WorkerThreads: @unchecked Sendable {
    static let shared = WorkerThreads()

    // `waiting` is only touched under `lock`.
    private let lock = NSLock()
    private var waiting: [Worker] = []

    /// Runs `work` on a waiting thread, or on a new one when none waits.
    func run(_ work: @escaping @Sendable () -> Void) {
        lock.lock()
        let worker = waiting.popLast()
        lock.unlock()
        if let worker {
            worker.hand(work)
        } else {
            Thread.detachNewThread {
                HeapReservation.reserveForThisThread()
                Worker().serve(first: work, in: self)
            }
        }
    }

    /// How many threads wait at most; others end once their work is done. The kernel ends a
    /// process's waiting threads as it exits, on the exit's path: a C program that started five
    /// threads which then waited took 0.4 ms longer than one that started none, and a 10k-file
    /// `check` took 1.7 ms less (median of 30, interleaved) with two waiting at most than with
    /// all its threads waiting. A lint needs one waiting thread at a time: the listing's second
    /// thread, then the checks'.
    private static let mostWaiting = 2

    /// Adds `worker` to the waiting threads, unless enough wait already (false: it should end).
    fileprivate func wait(_ worker: Worker) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard waiting.count < Self.mostWaiting else { return false }
        waiting.append(worker)
        return true
    }
}

/// One kept thread: runs what it is handed, then waits for more.
private final class Worker: @unchecked Sendable {
    private let handed = DispatchSemaphore(value: 0)
    // Written by `hand` before `handed.signal()` and read after `handed.wait()`: the semaphore
    // orders the two.
    private var next: (@Sendable () -> Void)?

    func hand(_ work: @escaping @Sendable () -> Void) {
        next = work
        handed.signal()
    }

    /// The thread's whole life: its first work, then whatever it is handed while it waits.
    func serve(first work: @escaping @Sendable () -> Void, in threads: WorkerThreads) {
        work()
        while threads.wait(self) {
            handed.wait()
            let work = next
            next = nil
            work?()
        }
    }
}
