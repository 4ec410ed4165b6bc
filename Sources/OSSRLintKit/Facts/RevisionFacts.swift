import Foundation
import GitKit

/// Everything the rules of a set may know about one revision — a commit, the staged index or
/// the work tree — collected once (`FactCollector`) and then only read.
///
/// A plain value: checks are pure functions of it and their options, so a check example
/// builds one in memory (`RevisionFacts(example:)`), and a merge request's baseline or a
/// history of releases is just another value through the same checks.
public struct RevisionFacts: Sendable {
    /// Which state of the repository this is.
    public let source: SnapshotSource
    /// The linted commit; for the index and the work tree, HEAD's commit (nil when unborn).
    public let commit: CommitInfo?
    /// Paths the listing could not read as expected (missing trees, conflicts).
    public let diagnostics: [SnapshotDiagnostic]
    /// "Now" for checks about age, in seconds since 1970 (fixed at collection).
    public let now: Int64
    /// Every entry not excluded by the configuration, in path order, with what path checks
    /// match on.
    let table: EntryTable
    /// The entries each set of patterns of the rules' file needs selects, by position, in
    /// selection order: a check selecting the same paths again finds them here.
    let selections: [PathPatterns: [Int32]]
    /// The contents read, by entry position: only the files some rule's needs select.
    let files: [Int: FileContent]
    /// The files a YAML need selects, parsed, by entry position.
    let documents: [Int: YAMLDocument]
    /// Every entry's size when a rule needs sizes (-1 where it could not be read), else empty.
    let sizes: [Int]
    /// Why sizes could not be read, by entry position.
    let sizeProblems: [Int: SnapshotReadError]
    /// The tags, when a rule needs them; the error when they could not be read.
    let tagList: Result<[TagFacts], FactProblem>?
    /// The final releases among the tags, with the latest and the highest.
    let releaseSummary: Result<ReleaseSummary, FactProblem>?
    /// Symbolic links in the reference store, skipped when the tags were read (git never makes
    /// them); the rules that read tags name them.
    let skippedReferenceLinks: [String]
    /// The licence analysis, when a rule needs it.
    let licenceResult: Result<LicenceAnalysis, FactProblem>?
    /// Whether the tags were read with how they relate to the linted commit's history.
    let releaseHistory: Bool
    /// The secret scan, when a rule needs it.
    let secretScanResult: SecretScan?
    /// The CI configuration, when a rule needs it.
    let ciPipelineResult: CIPipeline?

    init(source: SnapshotSource, commit: CommitInfo?, diagnostics: [SnapshotDiagnostic], now: Int64, table: EntryTable,
         selections: [PathPatterns: [Int32]] = [:], files: [Int: FileContent], documents: [Int: YAMLDocument], sizes: [Int], sizeProblems: [Int: SnapshotReadError],
         tags: Result<[TagFacts], FactProblem>?, skippedReferenceLinks: [String] = [], licence: Result<LicenceAnalysis, FactProblem>?,
         releaseHistory: Bool = false, secrets: SecretScan? = nil, pipeline: CIPipeline? = nil) {
        ciPipelineResult = pipeline
        self.releaseHistory = releaseHistory
        secretScanResult = secrets
        self.source = source
        self.commit = commit
        self.diagnostics = diagnostics
        self.now = now
        self.table = table
        self.selections = selections
        self.files = files
        self.documents = documents
        self.sizes = sizes
        self.sizeProblems = sizeProblems
        tagList = tags
        releaseSummary = tags.map { result in result.map { ReleaseSummary(tags: $0, releaseHistory: releaseHistory) } }
        self.skippedReferenceLinks = skippedReferenceLinks
        licenceResult = licence
    }

    // MARK: Entries

    /// Every entry not excluded by the configuration, in path order.
    public var entries: [SnapshotEntry] { table.entries }

    /// The entry at exactly `path`, unless excluded.
    public func entry(at path: GitPath) -> SnapshotEntry? {
        table.position(of: path).map { table.entries[$0] }
    }

    /// The positions of the entries `patterns` select, when a file need of the rules matched
    /// them already.
    func selection(of patterns: PathPatterns) -> [Int32]? {
        selections.isEmpty ? nil : selections[patterns]
    }

    /// The entry `fact` describes.
    func entry(of fact: EntryFacts) -> SnapshotEntry {
        table.entries[fact.index]
    }

    /// Calls `body` with each entry's facts at the given depths (shallowest first, in path order
    /// within a depth), or with every entry's when `depths` is nil. The facts are valid only
    /// during the call.
    func forEachEntry(atDepths depths: Set<Int>?, _ body: (EntryFacts) -> Void) {
        table.forEach(atDepths: depths, body)
    }

    /// Root-level entries.
    public var rootEntries: [SnapshotEntry] {
        var entries: [SnapshotEntry] = []
        forEachEntry(atDepths: [0]) { entries.append(entry(of: $0)) }
        return entries
    }

    // MARK: Contents and sizes

    /// The file's bytes, whole.
    public func data(of entry: SnapshotEntry) throws(FileContentProblem) -> Data {
        let (data, size) = try bytes(of: entry)
        guard data.count == size else { throw .tooLarge(path: entry.path, size: size, limit: data.count) }
        return data
    }

    /// The file as text (invalid UTF-8 replaced, a byte-order mark dropped), whole.
    public func text(of entry: SnapshotEntry) throws(FileContentProblem) -> String {
        Self.text(try data(of: entry))
    }

    /// The file's first bytes as text, as much as a prefix need read (the whole file when it is
    /// shorter).
    public func leadingText(of entry: SnapshotEntry) throws(FileContentProblem) -> String {
        Self.text(try bytes(of: entry).data)
    }

    private func bytes(of entry: SnapshotEntry) throws(FileContentProblem) -> (data: Data, size: Int) {
        guard let position = table.position(of: entry.path), let content = files[position] else { throw .notCollected(path: entry.path) }
        switch content {
        case .bytes(let data, let size): return (data, size)
        case .tooLarge(let size, let limit): throw .tooLarge(path: entry.path, size: size, limit: limit)
        case .unreadable(let error): throw .unreadable(error)
        }
    }

    /// The file parsed as YAML: once by the collector when a YAML need selected it, else here.
    func yamlDocument(of entry: SnapshotEntry) throws(FileContentProblem) -> YAMLDocument {
        if let position = table.position(of: entry.path), let document = documents[position] { return document }
        let data = try data(of: entry)
        return Result { () throws(YAMLPositionedReader.SyntaxError) in try YAMLPositionedReader.read(data) }
    }

    static func text(_ data: Data) -> String {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The size of the entry at `position`, when sizes were collected.
    func size(at position: Int) -> Result<Int, SnapshotReadError>? {
        if let problem = sizeProblems[position] { return .failure(problem) }
        guard sizes.indices.contains(position), sizes[position] >= 0 else { return nil }
        return .success(sizes[position])
    }

    // MARK: Tags and licence

    /// The repository's tags, sorted by name.
    public func tags() throws(FactProblem) -> [TagFacts] {
        guard let tagList else { throw FactProblem("internal error: the tags were not collected for this rule") }
        return try tagList.get()
    }

    /// The final release tags (no pre-release or development part), in name order.
    public func finalReleaseTags() throws(FactProblem) -> [TagFacts] {
        try releases().finals
    }

    /// The final release tags with their versions, in name order.
    public func finalReleases() throws(FactProblem) -> [(tag: TagFacts, version: ReleaseVersion)] {
        try releases().versioned
    }

    /// The latest release of the linted commit and its version: with the release history, the
    /// tag `LatestReleaseChoice` chose (nil when no final release is in the commit's history);
    /// without it, the highest version.
    public func latestRelease() throws(FactProblem) -> (tag: TagFacts, version: ReleaseVersion)? {
        try releases().latest
    }

    /// The final release with the highest version, wherever it is.
    public func highestRelease() throws(FactProblem) -> (tag: TagFacts, version: ReleaseVersion)? {
        try releases().highest
    }

    private func releases() throws(FactProblem) -> ReleaseSummary {
        guard let releaseSummary else { throw FactProblem("internal error: the tags were not collected for this rule") }
        return try releaseSummary.get()
    }

    /// What the scan of every text file for secrets found and read.
    public func secretScan() throws(FactProblem) -> SecretScan {
        guard let secretScanResult else { throw FactProblem("internal error: the secret scan was not collected for this rule") }
        return secretScanResult
    }

    /// The CI configuration read as jobs.
    public func ciPipeline() throws(FactProblem) -> CIPipeline {
        guard let ciPipelineResult else { throw FactProblem("internal error: the CI configuration was not collected for this rule") }
        return ciPipelineResult
    }

    /// The licence analysis of this revision.
    public func licenceAnalysis() throws(FactProblem) -> LicenceAnalysis {
        guard let licenceResult else { throw FactProblem("internal error: the licence analysis was not collected for this rule") }
        return try licenceResult.get()
    }

    /// The tag the linted revision names, when it names one (`--rev v1.2.3`) and it points at
    /// the linted commit.
    public var lintedTagName: String? {
        guard case .commit(let revision) = source else { return nil }
        let name = revision.hasPrefix("refs/tags/") ? String(revision.dropFirst("refs/tags/".count)) : revision
        guard let tags = try? tags(), let tag = tags.first(where: { $0.name == name }), tag.commit != nil, tag.commit == commit?.id else { return nil }
        return tag.name
    }
}

/// A fact that could not be collected, and why (a sentence for people).
public struct FactProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    /// The file concerned, when one is.
    public let path: GitPath?

    public init(_ message: String, path: GitPath? = nil) {
        self.message = message
        self.path = path
    }

    public var description: String { message }

    var outcome: CheckOutcome {
        .error(message, evidence: path.map { [Evidence(kind: .diagnostic, subject: $0.displayName, detail: message)] } ?? [])
    }
}

extension Evidence {
    /// Evidence naming an entry's path as reports show it.
    static func entry(_ entry: SnapshotEntry, _ detail: String? = nil) -> Evidence {
        .path(entry.path.displayName, detail)
    }
}
