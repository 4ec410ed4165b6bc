import GitKit

extension SecretScanner {
    /// The verdicts of a run of consecutive candidates, judged ahead of the scan and kept
    /// small: four bytes a candidate (a million files' runs take 4 MB), findings only where
    /// there are some.
    struct JudgedRun: Sendable {
        /// The candidates' indices in the plan.
        let candidates: Range<Int>
        /// Per candidate: `notJudged`, `unreadable`, `binary`, or the length of its text.
        private var outcomes: [Int32]
        private var findings: [Int: [(line: Int, kind: String)]] = [:]

        private static let notJudged: Int32 = -3
        private static let unreadable: Int32 = -2
        private static let binary: Int32 = -1

        init(candidates: Range<Int>) {
            self.candidates = candidates
            outcomes = Array(repeating: Self.notJudged, count: candidates.count)
        }

        /// nil when `candidate` was not judged ahead (the scan reads it); `.some(nil)` when it
        /// could not be read; else its verdict.
        func verdict(of candidate: Int) -> BlobVerdict?? {
            guard candidates.contains(candidate) else { return nil }
            let offset = candidate - candidates.lowerBound
            switch outcomes[offset] {
            case Self.notJudged: return nil
            case Self.unreadable: return .some(nil)
            case Self.binary: return .binary
            case let length: return .text(bytes: Int(length), findings: findings[offset] ?? [])
            }
        }

        mutating func record(_ verdict: BlobVerdict?, of candidate: Int) {
            let offset = candidate - candidates.lowerBound
            switch verdict {
            case nil: outcomes[offset] = Self.unreadable
            case .binary?: outcomes[offset] = Self.binary
            case let .text(bytes, found)?:
                // Longer than four bytes can count: left for the scan to read again.
                guard let length = Int32(exactly: bytes) else { return }
                outcomes[offset] = length
                if !found.isEmpty { findings[offset] = found }
            }
        }
    }

    /// Candidates a run judged ahead holds: enough that taking a run costs nothing beside it.
    static let runLength = 256

    /// How many runs the judgeable candidates of `plan` make.
    static func runCount(of plan: Plan) -> Int {
        (plan.judgeableCount + runLength - 1) / runLength
    }

    /// Judges run `run` of `plan`'s judgeable candidates: each that the scan would read (its
    /// size known and within the per-file limit; a repeated blob only at its first path) is
    /// read and searched. Any thread may judge any run, each with a reader of its own.
    static func judgeAhead(run: Int, of plan: Plan, from reader: some RevisionReader) -> JudgedRun {
        let candidates = run * runLength..<min((run + 1) * runLength, plan.judgeableCount)
        var judged = JudgedRun(candidates: candidates)
        for index in candidates {
            let position = plan.candidates[index]
            let size = plan.sizes[position]
            guard size >= 0, size <= plan.limits.perFile, plan.ciFile[index] || !plan.isLaterRepeat[index] else { continue }
            judged.record(judge(plan.table.entries[position], size: size, isCI: plan.ciFile[index], from: reader), of: index)
        }
        return judged
    }
}
