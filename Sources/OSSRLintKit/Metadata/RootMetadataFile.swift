import Foundation
import GitKit

/// Reads a metadata file at the root of a revision, through the fact collector: what
/// `ossrlint codemeta to-zenodo` converts when it is given a repository instead of a file.
public enum RootMetadataFile {
    /// The content of the root file named exactly `name`; nil when the revision has none (or
    /// has a folder or submodule there).
    public static func data(named name: String, in snapshot: RepositorySnapshot) throws(FileContentProblem) -> Data? {
        let facts = FactCollector.collect(snapshot, needs: MetadataFileCheck.need(name))
        guard let entry = MetadataFileCheck.entry(name, in: facts) else { return nil }
        return try facts.data(of: entry)
    }
}
