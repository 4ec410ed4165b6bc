import Foundation
import GitKit

/// What a check may read: the snapshot's entries (minus the configured exclusions), contents
/// and sizes on demand (cached across checks), tags and history.
///
/// Not Sendable: it owns the snapshot. Checks read through it and never elsewhere.
public final class CheckContext {
    public let snapshot: RepositorySnapshot
    /// Entries not excluded by the configuration, in path order.
    public let entries: [SnapshotEntry]
    /// "Now" for checks about age, in seconds since 1970: given, else `SOURCE_DATE_EPOCH` when
    /// set (reproducible reports), else the clock. Read here, once, so that checks stay pure.
    public let now: Int64
    private var texts: [GitPath: (text: String, limit: Int, isComplete: Bool)] = [:]
    private var codeMetaFindings: (data: Data, findings: [MetadataFinding])?
    private var licence: Result<LicenceAnalysis, any Error>?
    private var releases: [(tag: TagInfo, version: ReleaseVersion)]?
    private var finals: [(tag: TagInfo, version: ReleaseVersion)]?

    /// Every entry's lower-cased path, name and depth, made by the first check of either of the
    /// lint's threads that asks (`sharedFacts`).
    private lazy var facts = sharedFacts.table(for: entries)

    /// Where the facts are made once for this context and those sharing it.
    let sharedFacts: SharedEntryFacts

    /// The entry at exactly `path`, unless the configuration excludes it (a lookup, not a scan).
    public func entry(at path: GitPath) -> SnapshotEntry? {
        guard let entry = snapshot.entry(at: path), !excludes.contains(where: { $0.matches(path.bytes) }) else { return nil }
        return entry
    }

    /// The entry `fact` describes.
    func entry(of fact: EntryFacts) -> SnapshotEntry {
        entries[fact.index]
    }

    /// Calls `body` with each entry's facts at the given depths (shallowest first, in path order
    /// within a depth), or with every entry's when `depths` is nil. The facts are valid only
    /// during the call.
    func forEachFact(atDepths depths: Set<Int>?, _ body: (EntryFacts) -> Void) {
        facts.forEach(atDepths: depths, body)
    }

    /// Root-level entries.
    public var rootEntries: [SnapshotEntry] { entries(atDepths: [0]) }

    /// Entries at the given depths (0 is the root), in path order within each depth.
    public func entries(atDepths depths: Set<Int>) -> [SnapshotEntry] {
        var entries: [SnapshotEntry] = []
        forEachFact(atDepths: depths) { entries.append(entry(of: $0)) }
        return entries
    }

    /// Paths the configuration excludes from every check.
    private let excludes: [Glob]

    public convenience init(snapshot: RepositorySnapshot, excluding excludes: [Glob] = [], now: Int64? = nil) {
        let entries = excludes.isEmpty ? snapshot.entries : snapshot.entries.filter { entry in
            !excludes.contains { $0.matches(entry.path.bytes) }
        }
        self.init(snapshot: snapshot, entries: entries, excluding: excludes, facts: SharedEntryFacts(), now: now
            ?? ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int64.init)
            ?? Int64(Date().timeIntervalSince1970))
    }

    private init(snapshot: RepositorySnapshot, entries: [SnapshotEntry], excluding excludes: [Glob], facts: SharedEntryFacts, now: Int64) {
        self.snapshot = snapshot
        self.entries = entries
        self.excludes = excludes
        sharedFacts = facts
        self.now = now
    }

    /// This context as another thread may take it up (see `init(_:)`).
    struct Sibling: Sendable {
        fileprivate let snapshot: RepositorySnapshot.Sibling
        fileprivate let entries: [SnapshotEntry]
        fileprivate let excludes: [Glob]
        fileprivate let facts: SharedEntryFacts
        fileprivate let now: Int64
    }

    var sibling: Sibling {
        Sibling(snapshot: snapshot.sibling, entries: entries, excludes: excludes, facts: sharedFacts, now: now)
    }

    /// The same context for another thread: the same snapshot through a repository handle of
    /// its own, the same entries (not filtered again), "now" and per-entry facts (made once,
    /// by whichever context first needs them). Its caches of contents and analyses are its own.
    convenience init(_ sibling: Sibling) throws(RepositoryError) {
        self.init(snapshot: try RepositorySnapshot(sibling.snapshot), entries: sibling.entries, excluding: sibling.excludes,
                  facts: sibling.facts, now: sibling.now)
    }

    /// The entry's first `limit` bytes (all of it when shorter) as text, invalid UTF-8
    /// replaced; cached, and a cached read is reused only when it covers `limit`, so a check
    /// that peeks at a header never hands a cut file to one that reads it whole.
    public func text(of entry: SnapshotEntry, limit: Int = 1 << 20) throws(SnapshotReadError) -> String {
        if let cached = texts[entry.path], cached.isComplete || cached.limit >= limit { return cached.text }
        let data = try snapshot.content(of: entry, limit: limit)
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        texts[entry.path] = (text, limit, data.count < limit)
        return text
    }

    /// The entry's raw content, at most `limit` bytes.
    public func data(of entry: SnapshotEntry, limit: Int = 16 << 20) throws(SnapshotReadError) -> Data {
        try snapshot.content(of: entry, limit: limit)
    }

    public func size(of entry: SnapshotEntry) throws(SnapshotReadError) -> Int {
        try snapshot.size(of: entry)
    }

    /// The sizes of many entries, in order; nil where `size(of:)` must be asked (see
    /// `RepositorySnapshot.sizes(of:)`).
    public func sizes(of entries: [SnapshotEntry]) -> [Int?] {
        snapshot.sizes(of: entries)
    }

    /// codemeta.json's findings, validated once for the six codemeta rules.
    func cachedCodeMetaFindings(_ data: Data) -> [MetadataFinding] {
        if let codeMetaFindings, codeMetaFindings.data == data { return codeMetaFindings.findings }
        let findings = CodeMetaValidator(knownLicenseIDs: Self.knownLicenceIDs).validate(data)
        codeMetaFindings = (data, findings)
        return findings
    }

    /// SPDX ids the codemeta licence URL may end with (a constant: built once per process).
    static let knownLicenceIDs: Set<String> = Set(SPDXLicenceFacts.allLicences.map(\.id))

    /// The licence analysis of this snapshot, made once: it reads only the files the licence
    /// evidence locator names (licence files, REUSE texts, packaging, README).
    public func licenceAnalysis() throws -> LicenceAnalysis {
        if let licence { return try licence.get() }
        let result = Result { () throws -> LicenceAnalysis in
            let index = try LicenceIndex.shared.get()
            // Licence evidence lies at depth 0 to 2 (LICENSES/MIT.txt, conda/recipe/meta.yaml).
            var shallow: [SnapshotEntry] = []
            forEachFact(atDepths: [0, 1, 2]) { if $0.kind.hasContent { shallow.append(entry(of: $0)) } }
            let byName = Dictionary(shallow.map { ($0.path.displayName, $0) }, uniquingKeysWith: { first, _ in first })
            var contents: [String: Data] = [:]
            for path in LicenceEvidenceLocator.pathsToRead(among: shallow.map(\.path.displayName)) {
                guard let entry = byName[path] else { continue }
                // A licence file that cannot be read must not look absent: the analysis stops
                // and every licence rule reports the read error.
                contents[path] = try data(of: entry, limit: 1 << 20)
            }
            var submodules: [String] = []
            var vendorPaths: [String] = []
            // Third-party roots are found from paths through a vendor folder (or a submodule),
            // so only those are handed over, not all of a large tree.
            let vendorFolders = LicenceEvidenceLocator.vendorFolders.map { Array($0.utf8) }
            // Entries come in path order, so the files of a folder come together: the folders
            // above a file are tested once per folder, not once per file (in any other order
            // the answer is the same, only tested more often).
            var lastFolder: [UInt8] = []
            var lastFolderIsVendor = false
            forEachFact(atDepths: nil) { fact in
                if fact.kind == .submodule { submodules.append(entry(of: fact).path.displayName) }
                let folder = fact.lowercasedBytes[..<fact.nameStart]
                if !folder.elementsEqual(lastFolder) {
                    lastFolder = Array(folder)
                    lastFolderIsVendor = fact.hasFolder(namedAnyOf: vendorFolders)
                }
                if lastFolderIsVendor { vendorPaths.append(entry(of: fact).path.displayName) }
            }
            return LicenceAnalysis.analyse(contents, allPaths: vendorPaths, submodules: submodules, index: index)
        }
        licence = result
        return try result.get()
    }

    /// The tags whose names are versions, with their parsed versions (parsed once per lint: six
    /// release rules ask, and a project may have thousands of tags).
    public func releaseTags() throws(RepositoryError) -> [(tag: TagInfo, version: ReleaseVersion)] {
        if let releases { return releases }
        let tags = try tags()
        // A loop into a reserved array: large elements, and a repository may have thousands.
        var parsed: [(tag: TagInfo, version: ReleaseVersion)] = []
        parsed.reserveCapacity(tags.count)
        for tag in tags {
            if let version = ReleaseVersion(tag: tag.name) { parsed.append((tag, version)) }
        }
        releases = parsed
        return parsed
    }

    /// The release tags whose versions are final (no pre-release or dev part), found once per
    /// lint for the rules that ask.
    public func finalReleaseTags() throws(RepositoryError) -> [(tag: TagInfo, version: ReleaseVersion)] {
        if let finals { return finals }
        let found = try releaseTags().filter { $0.version.isFinal }
        finals = found
        return found
    }

    public func tags() throws(RepositoryError) -> [TagInfo] {
        try snapshot.tags()
    }

    /// Evidence naming a path as reports show it.
    public static func evidence(_ entry: SnapshotEntry, _ detail: String? = nil) -> Evidence {
        .path(entry.path.displayName, detail)
    }

    /// The outcome for a content read that failed.
    public static func readFailure(_ error: SnapshotReadError) -> CheckOutcome {
        .error(error.description, evidence: [Evidence(kind: .diagnostic, subject: error.path.displayName, detail: error.description)])
    }
}
