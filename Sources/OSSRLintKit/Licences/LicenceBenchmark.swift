import Foundation

/// Measures how long loading the licence index and identifying texts take, for
/// `Scripts/bench-licences.sh`; no test asserts on time.
public enum LicenceBenchmark {
    /// Timings in milliseconds.
    public struct Report: Sendable, CustomStringConvertible {
        /// The fastest of the load runs.
        public var loadMilliseconds: Double
        /// The first load run: what every `ossrlint` process pays, one-time tables (the SPDX
        /// facts) and first-touch page faults included.
        public var firstLoadMilliseconds: Double
        /// Per text label: the fastest identification over the runs.
        public var identifyMilliseconds: [(label: String, milliseconds: Double)]

        public var description: String {
            var lines = [String(format: "load: %.3f ms (first, as in a fresh process: %.3f ms)", loadMilliseconds, firstLoadMilliseconds)]
            for (label, milliseconds) in identifyMilliseconds {
                lines.append(String(format: "identify %@: %.3f ms", label, milliseconds))
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Loads the index `runs` times, then identifies each text `runs` times, keeping the fastest run.
    public static func run(texts: [(label: String, text: String)], runs: Int = 20) throws -> Report {
        var loads: [Double] = []
        var index: LicenceIndex?
        for _ in 0..<max(runs, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            index = try LicenceIndex.load()
            loads.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        let bestLoad = loads.min() ?? 0
        let firstLoad = loads.first ?? 0
        guard let index else { return Report(loadMilliseconds: bestLoad, firstLoadMilliseconds: firstLoad, identifyMilliseconds: []) }
        var timings: [(String, Double)] = []
        for (label, text) in texts {
            var best = Double.infinity
            for _ in 0..<max(runs, 1) {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = index.identify(text)
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
            timings.append((label, best))
        }
        return Report(loadMilliseconds: bestLoad, firstLoadMilliseconds: firstLoad, identifyMilliseconds: timings)
    }
}
