import Foundation
import Synchronization

/// Work started on a thread of its own, for the caller to collect once it has done its own:
/// the collector reads every text file for the secret scan this way, beside the rest.
final class WorkOnAnotherThread<Value: Sendable>: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let value = Mutex<Value?>(nil)

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let result = work()
            value.withLock { $0 = result }
            finished.signal()
        }
        thread.stackSize = BatchScanner.stackSize
        thread.start()
    }

    /// The work's value, once it has finished.
    func wait() -> Value? {
        finished.wait()
        return value.withLock { $0 }
    }
}

/// A value handed whole to one other thread, which alone uses it from then on. Swift's checks
/// cannot see that the handover is exclusive; this says so in one place.
struct Handover<Value>: @unchecked Sendable {
    let value: Value
}
