/// What a check found: a verdict, a message and the evidence that decided it.
public struct CheckOutcome: Sendable, Hashable {
    public var status: RuleStatus
    public var message: String
    public var evidence: [Evidence]

    public init(_ status: RuleStatus, _ message: String, evidence: [Evidence] = []) {
        self.status = status
        self.message = message
        self.evidence = evidence
    }

    public static func pass(_ message: String, evidence: [Evidence] = []) -> CheckOutcome {
        CheckOutcome(.pass, message, evidence: evidence)
    }

    public static func fail(_ message: String, evidence: [Evidence] = []) -> CheckOutcome {
        CheckOutcome(.fail, message, evidence: evidence)
    }

    public static func notApplicable(_ message: String, evidence: [Evidence] = []) -> CheckOutcome {
        CheckOutcome(.notApplicable, message, evidence: evidence)
    }

    /// The check could not run; the evidence says where (a missing object, an unreadable file).
    public static func error(_ message: String, evidence: [Evidence] = []) -> CheckOutcome {
        CheckOutcome(.error, message, evidence: evidence)
    }
}
