import Foundation
import GitKit

/// Reads, once, what a rule set needs to know about one revision, and nothing else.
///
/// Order, and why: entries are filtered by the configuration's exclusions first (an excluded
/// file is never read); sizes come before contents (a file over a need's limit is known by its
/// size and never read); tags before their relations (only the latest release's is walked);
/// the licence analysis last, from the contents already read. The secret scan, which reads
/// every text file, shares its reads with a second thread from the sizes on: that thread
/// starts on them while this one reads the rest, then this one joins in.
public enum FactCollector {
    /// The facts of `snapshot` that `needs` asks for; `memory` keeps what later revisions of
    /// the same run may share (a history's).
    public static func collect(_ snapshot: RepositorySnapshot, needs: FactNeeds, excluding excludes: [Glob] = [], now: Int64 = currentTime(),
                               memory: FactMemory? = nil) -> RevisionFacts {
        collect(from: snapshot, needs: needs, excluding: excludes, now: now, memory: memory)
    }

    /// "Now": `SOURCE_DATE_EPOCH` when set (reproducible reports), else the clock.
    public static func currentTime() -> Int64 {
        ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int64.init) ?? Int64(Date().timeIntervalSince1970)
    }

    static func collect(from reader: some RevisionReader, needs: FactNeeds, excluding excludes: [Glob], now: Int64, memory: FactMemory? = nil) -> RevisionFacts {
        let all = reader.entries
        let entries = excludes.isEmpty ? all : all.filter { entry in !excludes.contains { $0.matches(entry.path.bytes) } }
        let table = EntryTable(entries: entries)
        var needs = needs
        if needs.licence { needs.files += [LicenceEvidenceLocator.need, LicenceEvidenceLocator.citationNeed] }
        if needs.ciPipeline, let need = CIPipelineCollector.need { needs.files.append(need) }
        // The licence index is decoded once a process, whatever the repository (4 ms, 7% of a
        // lint of 10k files): another thread decodes it while this one reads the revision, and
        // this one does if it gets there first.
        let licenceIndex = needs.licence && memory == nil ? SharedChunks(count: 1) { _ in _ = LicenceIndex.shared } : nil
        var sizes: [Int] = []
        var sizeProblems: [Int: SnapshotReadError] = [:]
        // The secret scan weighs every file before it reads any.
        if needs.sizes || needs.secretScan != nil { (sizes, sizeProblems) = reader.readEverySize(of: table.entries) }
        // The secret scan reads every text file (on 100k files, half the collection's
        // instructions, callgrind): a second thread, through a reader of its own, starts
        // judging them now, while this one reads the rest and then joins in.
        let scanPlan = needs.secretScan.map { limits in SecretScanner.plan(table, sizes: sizes, from: reader, limits: limits) }
        let judging = scanPlan.flatMap { plan in judgeOnAnotherThread(plan, from: reader, memory: memory) }
        let selections = selections(of: needs.files, plus: needs.selections, in: table)
        let files = readFiles(needs.files, of: table, selections: selections, knownSizes: sizes, from: reader)
        let documents = parseYAML(needs.files, of: table, selections: selections, files: files, memory: memory)
        var skippedLinks: [String] = []
        let tags = needs.tags ? Result { () throws(FactProblem) in
            let read = try readTags(from: reader, history: needs.releaseHistory, memory: memory)
            skippedLinks = read.skippedLinks
            return read.tags
        } : nil
        _ = licenceIndex?.shareAndWait { _ in _ = LicenceIndex.shared }
        let licence = needs.licence ? Result { () throws(FactProblem) in try LicenceEvidenceLocator.analyse(table, files: files, documents: documents) } : nil
        let secrets = scanPlan.map { plan in
            let judged = judging?.shareAndWait { run in SecretScanner.judgeAhead(run: run, of: plan, from: reader) } ?? []
            return SecretScanner.scan(plan, judgedAhead: judged, from: reader, memory: memory)
        }
        let pipeline = needs.ciPipeline ? CIPipelineCollector.collect(table, files: files, from: reader) : nil
        return RevisionFacts(source: reader.source, commit: reader.commit, diagnostics: reader.diagnostics, now: now, table: table,
                             selections: selections, files: files, documents: documents, sizes: needs.sizes ? sizes : [], sizeProblems: needs.sizes ? sizeProblems : [:], tags: tags,
                             skippedReferenceLinks: skippedLinks, licence: licence, releaseHistory: needs.releaseHistory && reader.commit != nil,
                             secrets: secrets, pipeline: pipeline)
    }

    /// The secret scan's reads shared with another thread, which starts on them at once; nil
    /// where they are all read on this one: a small revision (the thread would cost more than
    /// it saves), no reader for another thread, or a history's shared memory (one thread owns it).
    private static func judgeOnAnotherThread<Reader: RevisionReader>(_ plan: SecretScanner.Plan, from reader: Reader,
                                                                      memory: FactMemory?) -> SharedChunks<SecretScanner.JudgedRun>? {
        guard memory == nil, plan.candidates.count >= scanOnAnotherThreadFrom, let other = reader.forAnotherThread() else { return nil }
        // The reader goes to the other thread whole; only it reads with it.
        let otherReader = Handover(other)
        return SharedChunks(count: SecretScanner.runCount(of: plan)) { run in SecretScanner.judgeAhead(run: run, of: plan, from: otherReader.value) }
    }

    /// Below this many files the scan takes about what starting a thread and opening the
    /// repository again take.
    static let scanOnAnotherThreadFrom = 2_000

    /// Which entries each distinct set of patterns selects (the files' needs and the paths the
    /// checks select), in selection order: matched once, for the reading, the YAML parsing and
    /// the checks that select the same paths again (`RevisionFacts.selection(of:)`), where each
    /// matched every path of a large tree again (at 100k files, 14% of a lint's instructions
    /// were path matching).
    private static func selections(of needs: [FileNeed], plus paths: [PathPatterns], in table: EntryTable) -> [PathPatterns: [Int32]] {
        var selections: [PathPatterns: [Int32]] = [:]
        for patterns in needs.map(\.patterns) + paths where selections[patterns] == nil {
            var positions: [Int32] = []
            patterns.forEachSelected(in: table) { positions.append(Int32(truncatingIfNeeded: $0.index)) }
            selections[patterns] = positions
        }
        return selections
    }

    /// The contents the needs select. A file wanted whole is read only when it fits the largest
    /// limit that wants it whole; else the largest prefix asked for is read; else only its size
    /// is kept.
    private static func readFiles(_ needs: [FileNeed], of table: EntryTable, selections: [PathPatterns: [Int32]], knownSizes: [Int],
                                  from reader: some RevisionReader) -> [Int: FileContent] {
        var whole: [Int: Int] = [:]
        var prefix: [Int: Int] = [:]
        for need in needs {
            for position in selections[need.patterns] ?? [] where table.entries[Int(position)].kind.hasContent {
                let index = Int(position)
                if need.isPrefix {
                    prefix[index] = max(prefix[index] ?? 0, need.limit)
                } else {
                    whole[index] = max(whole[index] ?? 0, need.limit)
                }
            }
        }
        let positions = Set(whole.keys).union(prefix.keys).sorted()
        let unknown = positions.filter { !knownSizes.indices.contains($0) || knownSizes[$0] < 0 }
        var sizes: [Int: Result<Int, SnapshotReadError>] = [:]
        for (position, size) in zip(unknown, reader.readSizes(of: unknown.map { table.entries[$0] })) { sizes[position] = size }
        var files: [Int: FileContent] = [:]
        for position in positions {
            let entry = table.entries[position]
            let size: Int
            switch sizes[position] ?? .success(knownSizes[position]) {
            case .success(let bytes): size = bytes
            case .failure(let error):
                files[position] = .unreadable(error)
                continue
            }
            let limit: Int
            if let wholeLimit = whole[position], size <= wholeLimit {
                limit = size
            } else if let prefixLimit = prefix[position] {
                limit = prefixLimit
            } else {
                files[position] = .tooLarge(size: size, limit: whole[position] ?? 0)
                continue
            }
            do {
                files[position] = .bytes(try reader.readContent(of: entry, limit: limit), size: size)
            } catch {
                files[position] = .unreadable(error)
            }
        }
        return files
    }

    /// The files a YAML need selects and that were read whole, parsed once.
    private static func parseYAML(_ needs: [FileNeed], of table: EntryTable, selections: [PathPatterns: [Int32]], files: [Int: FileContent],
                                  memory: FactMemory?) -> [Int: YAMLDocument] {
        var documents: [Int: YAMLDocument] = [:]
        for need in needs where need.isYAML {
            for position in (selections[need.patterns] ?? []).map({ Int($0) }) {
                guard documents[position] == nil, case .bytes(let data, let size)? = files[position], data.count == size else { continue }
                if let memory, let id = table.entries[position].objectID {
                    documents[position] = memory.document(of: id, data: data)
                } else {
                    documents[position] = Result { () throws(YAMLPositionedReader.SyntaxError) in try YAMLPositionedReader.read(data) }
                }
            }
        }
        return documents
    }

    /// The tags; with `history`, the latest release of the linted commit
    /// (`LatestReleaseChoice`) and how it relates to it, how the highest version relates (is it
    /// on another branch?), and every tag on the linted commit. With `memory`, the tags are read
    /// once a run (history scores many revisions of one repository).
    private static func readTags(from reader: some RevisionReader, history: Bool, memory: FactMemory?) throws(FactProblem) -> (tags: [TagFacts], skippedLinks: [String]) {
        let read: (tags: [TagFacts], skippedLinks: [String])
        if let known = memory?.tags {
            read = known
        } else {
            read = try reader.readTags()
            memory?.tags = read
        }
        var tags = read.tags
        let skippedLinks = read.skippedLinks
        guard history, let head = reader.commit?.id else { return (tags, skippedLinks) }
        for index in tags.indices where tags[index].commit == head {
            tags[index].relation = .ancestor(commitsSince: 0)
        }
        let finals = tags.indices.compactMap { index -> LatestReleaseChoice.Candidate? in
            guard tags[index].isFinalRelease, let version = tags[index].version, let commit = tags[index].commit else { return nil }
            return LatestReleaseChoice.Candidate(index: index, name: tags[index].name, version: version, commit: commit, date: tags[index].date)
        }
        // Which releases are in the linted commit's history, in one walk; the other questions
        // (is one release in another's history) are few and asked one by one.
        let inHistory = reader.reachable(Set(finals.map(\.commit)), from: head)
        let isAncestor = { (ancestor: ObjectID, commit: ObjectID) -> Bool? in
            if commit == head, let inHistory { return inHistory.contains(ancestor) }
            return reader.isAncestor(ancestor, of: commit)
        }
        // Where the walk has placed a release, only the commits since are left to read.
        func relation(of tagged: ObjectID) -> TagRelation {
            switch inHistory?.contains(tagged) {
            case true?: reader.relation(ofAncestor: tagged, to: head)
            case false?: .notAncestor
            case nil: reader.relation(of: tagged, to: head)
            }
        }
        if let choice = LatestReleaseChoice.choose(finals, head: head, isAncestor: isAncestor) {
            tags[choice.index].isLatestRelease = true
            tags[choice.index].latestReleaseReason = choice.reason
            if tags[choice.index].relation == nil, let tagged = tags[choice.index].commit {
                tags[choice.index].relation = relation(of: tagged)
            }
        }
        if let highest = finals.max(by: { $0.version < $1.version }), tags[highest.index].relation == nil {
            var highestRelation = relation(of: highest.commit)
            if highestRelation == .notAncestor, reader.isAncestor(head, of: highest.commit) == true { highestRelation = .descendant }
            tags[highest.index].relation = highestRelation
        }
        return (tags, skippedLinks)
    }
}
