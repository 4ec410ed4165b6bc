import GitKit

extension FactCollector {
    /// The revision's own `.ossrlint.yml` (so a commit is linted with the configuration it
    /// had), or the empty configuration when there is none. Read before any other fact: it
    /// chooses the rule set, whose needs say what else to read.
    public static func configuration(of snapshot: RepositorySnapshot) throws(ConfigurationError) -> RepositoryConfiguration {
        let fileName = RepositoryConfiguration.fileName
        guard let entry = snapshot.entry(at: GitPath(fileName)), entry.kind.hasContent else { return .empty() }
        let limit = 1 << 20
        do {
            let size = try snapshot.size(of: entry)
            guard size <= limit else {
                throw ConfigurationError(file: fileName, message: "the configuration is \(ByteCount.describe(size)); a configuration over \(ByteCount.describe(limit)) is not read")
            }
            let data = try snapshot.content(of: entry, limit: limit)
            return try RepositoryConfiguration.parse(yaml: String(decoding: data, as: UTF8.self), file: fileName)
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError(file: fileName, message: "cannot read the configuration: \(error)")
        }
    }

    /// The files of `snapshot`, for rule files its configuration names: regular files only, up
    /// to 1 MiB, read from git objects (or, for the work tree, from beneath the work tree).
    public static func ruleFiles(of snapshot: RepositorySnapshot) -> RuleFiles {
        .revision { path in
            guard let entry = snapshot.entry(at: GitPath(path)) else {
                throw RuleFileRefusal("'\(path)' is not a file of the linted revision")
            }
            guard entry.kind == .file || entry.kind == .executable else {
                throw RuleFileRefusal("'\(path)' is a \(entry.kind.rawValue) in the linted revision, not a rule file")
            }
            let limit = 1 << 20
            let size = try snapshot.size(of: entry)
            guard size <= limit else {
                throw RuleFileRefusal("'\(path)' is \(ByteCount.describe(size)); rule files over \(ByteCount.describe(limit)) are not read")
            }
            return String(decoding: try snapshot.content(of: entry, limit: limit), as: UTF8.self)
        }
    }
}
