import Foundation
import Synchronization

/// Numbered chunks of work that the calling thread and one other share, each taking the next
/// chunk left until none is: how many blobs are read on two cores (the sizes of a listing, the
/// secret scan's contents). The other thread starts at `init`; the caller joins in with
/// `shareAndWait`, which returns every chunk's value in chunk order once both are done.
///
/// Each thread brings what it reads with (a pack reader, a repository handle of its own):
/// `work` is the other thread's, the closure given to `shareAndWait` the caller's.
public final class SharedChunks<Value: Sendable>: Sendable {
    private let count: Int
    private let next = Atomic<Int>(0)
    private let values: Mutex<[Value?]>
    private let otherFinished = DispatchSemaphore(value: 0)

    /// Starts another thread on chunks `0..<count`, calling `work` with each chunk it takes.
    public init(count: Int, onAnotherThread work: @escaping @Sendable (Int) -> Value) {
        self.count = count
        values = Mutex(Array(repeating: nil, count: count))
        let thread = Thread { [self] in
            takeChunks(work)
            otherFinished.signal()
        }
        // As much stack as a main thread has: the work may parse what it reads.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Takes chunks on this thread with `work` until none is left, waits for the other thread
    /// to finish its last, and returns every chunk's value in order.
    public func shareAndWait(_ work: (Int) -> Value) -> [Value] {
        takeChunks(work)
        otherFinished.wait()
        return values.withLock { $0.compactMap { $0 } }
    }

    private func takeChunks(_ work: (Int) -> Value) {
        while case let chunk = next.add(1, ordering: .relaxed).oldValue, chunk < count {
            let value = work(chunk)
            values.withLock { $0[chunk] = value }
        }
    }
}

/// A value handed whole to one other thread, which alone uses it from then on (or, for
/// memory, writes only where no other thread does). Swift's checks cannot see that the
/// handover is exclusive; this says so in one place.
public struct Handover<Value>: @unchecked Sendable {
    public let value: Value

    public init(_ value: Value) { self.value = value }
}
