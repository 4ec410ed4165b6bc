/// What became of one time-limited waiver (`waivers:` in `.ossrlint.yml`) in a run, so that
/// every report can show waivers that are used, that ran out, and that no longer match
/// anything — the last two are work for the waiver's owner.
public struct WaiverRecord: Codable, Sendable, Hashable {
    public enum State: String, Codable, Sendable {
        /// It turned the rule's failure (or its findings on the waiver's paths) into `waived`.
        case applied
        /// It would have matched the rule's failure, but its day has passed: the failure stands.
        case expired
        /// The rule ran and nothing it found matches the waiver: remove it.
        case unused
    }

    public var rule: String
    /// The path globs as written; empty for the whole rule.
    public var paths: [String]
    public var reason: String
    public var owner: String
    /// `YYYY-MM-DD`: the first day it no longer holds.
    public var expires: String
    public var state: State
    /// Where the waiver is written: `.ossrlint.yml:LINE:COLUMN`.
    public var location: String

    public init(rule: String, paths: [String], reason: String, owner: String, expires: String, state: State, location: String) {
        self.rule = rule
        self.paths = paths
        self.reason = reason
        self.owner = owner
        self.expires = expires
        self.state = state
        self.location = location
    }

    /// One line for people: what the waiver is and what to do about it.
    public var summary: String {
        let scope = paths.isEmpty ? "'\(rule)'" : "'\(rule)' on \(paths.joined(separator: ", "))"
        switch state {
        case .applied: return "waiver of \(scope) (\(location)) applied until \(expires), owner \(owner)"
        case .expired: return "waiver of \(scope) (\(location)) expired on \(expires), owner \(owner): renew it with a new date or fix the finding"
        case .unused: return "waiver of \(scope) (\(location)) matches nothing (the rule finds nothing it covers); owner \(owner): remove it"
        }
    }
}
