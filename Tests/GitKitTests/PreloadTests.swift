import Foundation
import GitKit
import Testing

/// Background work (`Preload`): pieces run at the same time, on threads that are kept.
@Suite struct PreloadTests {
    @Test func piecesOfWorkRunAtTheSameTimeNotOneAfterAnother() throws {
        // Each piece waits until all have started: queued behind each other (as on a queue as
        // wide as the cores), they would give up after the timeout instead.
        let count = 6
        let started = DispatchSemaphore(value: 0)
        let allStarted = DispatchSemaphore(value: 0)
        let pieces = (0..<count).map { _ in
            Preload { () -> Bool in
                started.signal()
                return allStarted.wait(timeout: .now() + 10) == .success
            }
        }
        for _ in 0..<count { #expect(started.wait(timeout: .now() + 10) == .success) }
        for _ in 0..<count { allStarted.signal() }
        for piece in pieces { #expect(try piece.value()) }
    }

    @Test func aFinishedPiecesThreadRunsLaterWork() throws {
        // Linux thread ids (`/proc/thread-self` names one) are not reused soon, unlike `pthread_t`s. Other tests may take a
        // waiting thread meanwhile, so only most of the pieces are expected to share one.
        var threads: Set<String> = []
        for _ in 0..<40 {
            threads.insert(try Preload { try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self") }.value())
        }
        #expect(threads.count < 10, "\(threads.count) threads for 40 pieces of work run one after another")
    }

    @Test func anErrorReachesTheCaller() {
        struct Failure: Error {}
        #expect(throws: Failure.self) { try Preload { () throws -> Int in throw Failure() }.value() }
    }
}
