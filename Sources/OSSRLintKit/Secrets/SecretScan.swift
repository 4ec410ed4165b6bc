/// What a scan of every text file of a revision for secrets found, and what it read: a fact
/// of the revision, so that a verdict can say what was scanned as well as what was found.
public struct SecretScan: Sendable, Hashable {
    public struct Finding: Sendable, Hashable {
        /// The path as shown (git's quoting when not plain UTF-8).
        public var path: String
        public var line: Int
        public var kind: String
    }

    public var findings: [Finding] = []
    /// Text files read and searched (each distinct blob once), and their bytes.
    public var scannedFiles = 0
    public var scannedBytes = 0
    /// Files not read: larger than the per-file limit; binary (a NUL byte, or a binary
    /// extension); or unreadable.
    public var skippedLarge = 0
    public var skippedBinary = 0
    public var unreadable = 0
    /// Files left unread because the scan's total budget was spent.
    public var leftOver = 0
}

/// How much a secret scan may read.
struct SecretScanLimits: Sendable, Hashable {
    /// The most bytes of one file (larger files are counted, not read).
    var perFile: Int
    /// The most bytes in all, so that a huge repository cannot make a run read gigabytes.
    var total: Int

    static let standard = SecretScanLimits(perFile: 1 << 20, total: 512 << 20)

    func union(_ other: SecretScanLimits) -> SecretScanLimits {
        SecretScanLimits(perFile: max(perFile, other.perFile), total: max(total, other.total))
    }
}
