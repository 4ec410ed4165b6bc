/// What a configured check needs to know about a revision, declared as data so that the
/// collector reads exactly that from git, once, for every rule of a set together.
///
/// Paths (the listing) are always known; anything else — file contents, sizes, tags, how the
/// latest release relates to the linted commit, the licence analysis — is read only when a
/// rule of the set asks for it.
public struct FactNeeds: Sendable {
    /// Files whose contents the checks read.
    var files: [FileNeed] = []
    /// Paths the checks select without reading them, selected by the collector with the files'
    /// patterns (`RevisionFacts.selection(of:)`): there the walk shares the cores with the
    /// secret scan's second thread, where a check's own walk ran alone after collection.
    var selections: [PathPatterns] = []
    /// The size of every file (read from object headers, never from contents).
    var sizes = false
    /// The repository's tags, with their versions parsed.
    var tags = false
    /// Tags plus how the latest final release, and any tag on the linted commit, relate to the
    /// linted commit (ancestor or not, commits between).
    var releaseHistory = false
    /// The licence analysis (which reads its own evidence files).
    var licence = false
    /// A scan of every text file for committed secrets, within these limits.
    var secretScan: SecretScanLimits?
    /// The CI configuration read as jobs (`CIPipeline`), local includes followed.
    var ciPipeline = false

    /// Nothing beyond the paths.
    public static let paths = FactNeeds()

    /// The contents of the files `patterns` select, whole, up to `limit` bytes each; a larger
    /// file is known only by its size (`FileContent.tooLarge`).
    static func files(_ patterns: PathPatterns, limit: Int = FileNeed.defaultLimit) -> FactNeeds {
        FactNeeds(files: [FileNeed(patterns: patterns, limit: limit, isPrefix: false)])
    }

    /// The files `patterns` select, read as `files` does and parsed as YAML once for every
    /// check that reads them (a 70 KB CITATION.cff took 6 ms to parse, and three checks did).
    static func yamlDocuments(_ patterns: PathPatterns, limit: Int = FileNeed.defaultLimit) -> FactNeeds {
        FactNeeds(files: [FileNeed(patterns: patterns, limit: limit, isPrefix: false, isYAML: true)])
    }

    /// The first `limit` bytes of the files `patterns` select, however large (a header to peek
    /// at, such as a Singularity recipe's `Bootstrap:` line).
    static func prefixes(_ patterns: PathPatterns, limit: Int) -> FactNeeds {
        FactNeeds(files: [FileNeed(patterns: patterns, limit: limit, isPrefix: true)])
    }

    /// The entries `patterns` select, without their contents.
    static func selection(_ patterns: PathPatterns...) -> FactNeeds {
        FactNeeds(selections: patterns)
    }

    /// Every file's size.
    public static let everySize = FactNeeds(sizes: true)
    /// The tags, by name and version.
    public static let tagNames = FactNeeds(tags: true)
    /// The tags, and how the latest release relates to the linted commit.
    public static let releases = FactNeeds(tags: true, releaseHistory: true)
    /// The licence analysis.
    public static let licenceAnalysis = FactNeeds(licence: true)

    /// The CI configuration, read as jobs.
    static let pipeline = FactNeeds(ciPipeline: true)

    /// Every text file searched for secrets, within `limits`.
    static func secrets(_ limits: SecretScanLimits) -> FactNeeds { FactNeeds(secretScan: limits) }

    /// What both need.
    func union(_ other: FactNeeds) -> FactNeeds {
        FactNeeds(files: files + other.files, selections: selections + other.selections, sizes: sizes || other.sizes, tags: tags || other.tags || releaseHistory || other.releaseHistory,
                  releaseHistory: releaseHistory || other.releaseHistory, licence: licence || other.licence,
                  secretScan: secretScan.map { mine in other.secretScan.map(mine.union) ?? mine } ?? other.secretScan,
                  ciPipeline: ciPipeline || other.ciPipeline)
    }

    /// Every need of `needs` together.
    static func union(_ needs: some Sequence<FactNeeds>) -> FactNeeds {
        needs.reduce(FactNeeds()) { $0.union($1) }
    }
}

/// Files whose contents a check reads: selected by path patterns, bounded in size.
struct FileNeed: Sendable {
    /// What most metadata and text checks read at most (1 MiB).
    static let defaultLimit = 1 << 20

    let patterns: PathPatterns
    let limit: Int
    /// Whether the first `limit` bytes are enough (a header); otherwise the file is wanted whole.
    let isPrefix: Bool
    /// Whether the collector also parses the file as YAML (`RevisionFacts.yamlDocument(of:)`).
    var isYAML = false
}
