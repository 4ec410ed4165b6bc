import Foundation
import GitKit

/// What the collector keeps between the revisions of one run (a history of releases): the YAML
/// documents it parsed, by the blob's object id, and the tags with their versions parsed.
///
/// Why: an id is the hash of the content, so a document parsed for one revision is the document
/// of every revision holding the same blob, and releases seldom change their metadata. Parsing
/// a 70 KB CITATION.cff took 6 ms, a fifth of a release's time in a history of a hundred tags.
/// The tags are the run's, not a revision's (a repository that shares objects between
/// revisions reads them once), and a history of 1,000 tags parsed 1,000 versions for each.
///
/// Bounded: the documents kept come from at most `memoryLimit` bytes of YAML (a parsed document
/// weighs several times its text); past that, what is kept is dropped and filled again. One
/// run, one task: not Sendable.
public final class FactMemory {
    private let memoryLimit: Int
    private var documents: [ObjectID: YAMLDocument] = [:]
    private var sourceBytes = 0
    /// The tags as the run's first revision read them, and the reference links skipped.
    var tags: (tags: [TagFacts], skippedLinks: [String])?
    /// What the secret scan found in each blob it read (a few dozen bytes a blob, at most
    /// `verdictLimit` of them before they are dropped and filled again).
    private(set) var secretVerdicts: [ObjectID: SecretScanner.BlobVerdict] = [:]
    private let verdictLimit = 1 << 20

    func remember(_ verdict: SecretScanner.BlobVerdict, of id: ObjectID) {
        if secretVerdicts.count >= verdictLimit { secretVerdicts.removeAll() }
        secretVerdicts[id] = verdict
    }

    public init(memoryLimit: Int = 4 << 20) {
        self.memoryLimit = memoryLimit
    }

    /// The document of blob `id`, whose whole content is `data`: parsed once.
    func document(of id: ObjectID, data: Data) -> YAMLDocument {
        if let document = documents[id] { return document }
        let document = Result { () throws(YAMLPositionedReader.SyntaxError) in try YAMLPositionedReader.read(data) }
        guard data.count <= memoryLimit else { return document }
        if sourceBytes + data.count > memoryLimit {
            documents.removeAll()
            sourceBytes = 0
        }
        documents[id] = document
        sourceBytes += data.count
        return document
    }
}
