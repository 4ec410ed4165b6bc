import Foundation

/// The wall time of each phase of a run, for `--timings`: where a slow run spends its time.
/// Time before `run()` (process start-up, argument parsing) is not included; compare with the
/// whole process's time (`Scripts/bench.py`) to see it.
struct PhaseClock {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var phases: [(String, Duration)] = []

    init() {
        last = clock.now
    }

    /// Records the time since the previous phase ended (or since `init`) under `phase`. Only
    /// the time is kept: formatting (`lines`) waits until `--timings` asks, since a run that
    /// does not show them should not pay for it (`String(format:)`'s first use costs a
    /// runtime search of the binary's conformances, ~0.3 ms).
    mutating func end(_ phase: String) {
        let now = clock.now
        phases.append((phase, now - last))
        last = now
    }

    /// The phases so far, one line each after a heading.
    var lines: [String] { ["phases:"] + phases.map { Self.line($0.0, $0.1) } }

    static func line(_ label: String, _ duration: Duration) -> String {
        let milliseconds = Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%8.2f ms  ", milliseconds) + label
    }
}
