import GitKit

/// The linter of each revision of a history, built as `ossrlint check --rev` builds it (the
/// revision's own `.ossrlint.yml`, then the rule set the options or that configuration name),
/// and built again only when what builds it changed: the configuration file, or a rule file the
/// configuration names inside the revision.
///
/// Why: reading the OSSR profile parses some hundred rules, and releases seldom change their
/// configuration; a hundred tags would read the same profile a hundred times.
final class RevisionLinters {
    private let profile: String?
    private let rulesFile: String?
    private let stage: Stage
    /// The last linter built, and the files of its revision that built it.
    private var last: (files: [String: FileIdentity?], linter: Linter)?

    /// A file of a revision as far as a linter is concerned: an id is its content.
    private struct FileIdentity: Hashable {
        let kind: EntryKind
        let id: ObjectID?

        init?(_ entry: SnapshotEntry?) {
            guard let entry else { return nil }
            kind = entry.kind
            id = entry.objectID
        }
    }

    /// The paths of the rule files read while building a linter, kept in a class so that the
    /// escaping reader can note them.
    private final class ReadFiles {
        var paths: [String] = []
    }

    init(profile: String?, rulesFile: String?, stage: Stage) {
        self.profile = profile
        self.rulesFile = rulesFile
        self.stage = stage
    }

    func linter(for snapshot: RepositorySnapshot) throws(ConfigurationError) -> Linter {
        let configuration = RepositoryConfiguration.fileName
        if let last, last.files.allSatisfy({ path, identity in FileIdentity(snapshot.entry(at: GitPath(path))) == identity }) {
            return last.linter
        }
        let read = ReadFiles()
        let ruleFiles = FactCollector.ruleFiles(of: snapshot)
        let linter = try LintSetup.linter(
            configuration: try FactCollector.configuration(of: snapshot), profile: profile, rulesFile: rulesFile, stage: stage,
            revisionFiles: RuleFiles(read: { path in read.paths.append(path); return try ruleFiles.read(path) }, locate: ruleFiles.locate))
        var files: [String: FileIdentity?] = [configuration: FileIdentity(snapshot.entry(at: GitPath(configuration)))]
        for path in read.paths { files[path] = FileIdentity(snapshot.entry(at: GitPath(path))) }
        last = (files, linter)
        return linter
    }
}
