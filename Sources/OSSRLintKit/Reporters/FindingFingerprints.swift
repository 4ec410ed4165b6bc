/// Fingerprints that identify a finding across runs, for the formats whose consumers track
/// findings over time (SARIF's `partialFingerprints`, GitLab Code Quality's `fingerprint`).
///
/// A fingerprint is the SHA-256 of the rule id and the evidence's identities (kinds and
/// subjects, never lines, columns or details): as in `LintReport.compared(with:)`, an edit
/// elsewhere in a file, a licence match's confidence or a version number changing does not make
/// an old finding new. Within one document fingerprints are unique: an identity met again (two
/// issues on the same file for one rule) has its occurrence number hashed in as well, as GitHub
/// numbers identical line hashes.
struct FindingFingerprints {
    private var occurrences: [String: Int] = [:]

    /// The fingerprint of a finding of `rule` identified by `keys` (evidence identities; their
    /// order matters, so callers sort sets), as 64 hexadecimal digits.
    mutating func fingerprint(rule: String, keys: [String]) -> String {
        // Each part is prefixed by its length, so no choice of ids or subjects can make two
        // different identities spell the same bytes.
        let identity = ([rule] + keys).map { "\($0.utf8.count):\($0)" }.joined()
        let occurrence = occurrences[identity, default: 0] + 1
        occurrences[identity] = occurrence
        return SHA256.hex(occurrence == 1 ? identity : identity + "#\(occurrence)")
    }

    /// The sorted, distinct keys of all of `result`'s evidence.
    static func keys(of result: RuleResult) -> [String] {
        Set(result.evidence.map(\.identity)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
