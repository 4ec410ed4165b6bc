import Foundation

/// The wall time of each phase of a run, for `--timings`: where a slow run spends its time.
/// Time before `run()` (process start-up, argument parsing) is not included; compare with the
/// whole process's time (`Scripts/bench.py`) to see it.
struct PhaseClock {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private(set) var lines = ["phases:"]

    init() {
        last = clock.now
    }

    /// Records the time since the previous phase ended (or since `init`) under `phase`.
    mutating func end(_ phase: String) {
        let now = clock.now
        lines.append(Self.line(phase, now - last))
        last = now
    }

    static func line(_ label: String, _ duration: Duration) -> String {
        let milliseconds = Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%8.2f ms  ", milliseconds) + label
    }
}
