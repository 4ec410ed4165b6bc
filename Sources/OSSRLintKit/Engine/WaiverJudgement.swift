/// Applies the time-limited waivers of one rule to its outcome: the part of linting that
/// decides whether a failure is waived, waived no longer, or was never there to waive.
///
/// A waiver without paths covers the rule's whole failure; one with paths covers the findings
/// whose path evidence its globs match, and the failure is waived only when every finding is
/// covered. An expired waiver covers nothing but is named in the failure, with the day it
/// ended, so that nobody wonders why a waived rule fails again. A rule that passes makes its
/// waivers unused; a rule that did not run or could not judge leaves them undecided.
struct WaiverJudgement {
    var outcome: CheckOutcome
    var records: [WaiverRecord]

    init(_ outcome: CheckOutcome, waivers: [RepositoryConfiguration.Waiver], today: CalendarDay, file: String) {
        self.outcome = outcome
        records = []
        guard !waivers.isEmpty else { return }
        var states: [WaiverRecord.State?] = Array(repeating: nil, count: waivers.count)
        switch outcome.status {
        case .pass:
            states = states.map { _ in .unused }
        case .fail:
            judgeFailure(waivers, today: today, file: file, states: &states)
        case .notApplicable, .waived, .error:
            return
        }
        records = zip(waivers, states).compactMap { waiver, state in
            state.map { Self.record(waiver, $0, file: file) }
        }
    }

    private mutating func judgeFailure(_ waivers: [RepositoryConfiguration.Waiver], today: CalendarDay, file: String, states: inout [WaiverRecord.State?]) {
        func isActive(_ index: Int) -> Bool { waivers[index].expires.map { today < $0 } ?? true }
        var waivedBy: Int?
        for (index, waiver) in waivers.enumerated() where waiver.paths.isEmpty {
            states[index] = isActive(index) ? .applied : .expired
            if waivedBy == nil, isActive(index) { waivedBy = index }
        }
        // Path waivers take the findings on their paths out of the failure.
        var kept: [Evidence] = []
        var pathFindings = 0
        var coveredPaths = 0
        for evidence in outcome.evidence {
            guard evidence.kind == .path else { kept.append(evidence); continue }
            pathFindings += 1
            let bytes = Array(evidence.subject.utf8)
            let matching = waivers.indices.filter { !waivers[$0].paths.isEmpty && waivers[$0].paths.contains { $0.matches(bytes) } }
            if let active = matching.first(where: isActive) {
                states[active] = .applied
                coveredPaths += 1
            } else {
                for index in matching { states[index] = states[index] ?? .expired }
                kept.append(evidence)
            }
        }
        for index in waivers.indices where states[index] == nil { states[index] = .unused }

        let allPathsCovered = pathFindings > 0 && coveredPaths == pathFindings
        if let index = waivedBy ?? (allPathsCovered ? states.firstIndex(of: .applied) : nil) {
            let waiver = waivers[index]
            let until = waiver.expires.map { " until \($0)" } ?? ""
            outcome = CheckOutcome(.waived, "waived\(until) (owner \(waiver.owner ?? "none")): \(waiver.reason) — the rule found: \(outcome.message)",
                                   evidence: outcome.evidence + [Self.location(of: waiver, file: file, "the waiver")])
            return
        }
        var message = outcome.message
        var evidence = kept
        if coveredPaths > 0 {
            message += " (\(coveredPaths) more \(coveredPaths == 1 ? "finding is" : "findings are") waived by path)"
        }
        let expired = waivers.indices.filter { states[$0] == .expired }
        if let first = expired.first, let day = waivers[first].expires {
            let ago = day.days(until: today)
            message = "the waiver of this finding expired on \(day), \(ago) \(ago == 1 ? "day" : "days") ago (owner \(waivers[first].owner ?? "none"), reason: \(waivers[first].reason)); renew it with a new date or fix the finding: " + message
            evidence += expired.map { Self.location(of: waivers[$0], file: file, "the expired waiver") }
        }
        outcome = CheckOutcome(.fail, message, evidence: evidence)
    }

    private static func location(of waiver: RepositoryConfiguration.Waiver, file: String, _ what: String) -> Evidence {
        .path(file, "\(what) of '\(waiver.rule)'", line: waiver.position?.line, column: waiver.position?.column)
    }

    private static func record(_ waiver: RepositoryConfiguration.Waiver, _ state: WaiverRecord.State, file: String) -> WaiverRecord {
        var location = file
        if let position = waiver.position { location += ":\(position.line):\(position.column)" }
        return WaiverRecord(rule: waiver.rule, paths: waiver.paths.map(\.description), reason: waiver.reason, owner: waiver.owner ?? "",
                            expires: waiver.expires?.description ?? "", state: state, location: location)
    }
}
