import Foundation

/// What a run over many revisions of one repository keeps between them, by object id: trees
/// as listed, blob sizes, and the contents of small blobs; and the tags, read once.
///
/// Why by id: an id is the hash of the object's content, so whatever was read for one revision
/// is exact for every other revision that holds the same object, and successive releases share
/// most of their trees and files. Listing a hundred tags of a 3,000-file repository read the
/// same trees and headers a hundred times over.
///
/// Bounded: each store has a budget in bytes; one that would outgrow it is emptied and fills
/// again. The revisions of a history are visited in order, so what the last ones read is what
/// the next ones need.
final class ObjectCache {
    /// The budgets: trees, sizes and contents each get a share of `memoryLimit`.
    private let treeBudget: Int
    private let sizeBudget: Int
    private let contentBudget: Int
    /// The largest blob whose content is kept: metadata and licence files, not data files.
    static let largestContent = 1 << 20

    private var trees: [ObjectID: TreeObject] = [:]
    private var treeBytes = 0
    private var sizes: [ObjectID: Int] = [:]
    private var contents: [ObjectID: Data] = [:]
    private var contentBytes = 0
    /// The tags as the run's first revision read them: every revision of a run is judged
    /// against the same tags (a history scores each release against the tags as they are now),
    /// and a hundred releases listed a hundred tag objects each.
    var tagListing: TagListing?

    /// About what one remembered size costs in a dictionary (key, value, hash-table slack).
    private static let bytesPerSize = 64

    init(memoryLimit: Int) {
        treeBudget = memoryLimit / 2
        sizeBudget = memoryLimit / 4
        contentBudget = memoryLimit / 4
    }

    func tree(_ id: ObjectID) -> TreeObject? { trees[id] }

    func store(_ tree: TreeObject, for id: ObjectID) {
        if treeBytes + tree.bytes > treeBudget {
            trees.removeAll()
            treeBytes = 0
            guard tree.bytes <= treeBudget else { return }
        }
        trees[id] = tree
        treeBytes += tree.bytes
    }

    func size(of id: ObjectID) -> Int? { sizes[id] }

    func store(size: Int, for id: ObjectID) {
        if (sizes.count + 1) * Self.bytesPerSize > sizeBudget { sizes.removeAll() }
        sizes[id] = size
    }

    /// The whole content of blob `id`, when kept.
    func content(of id: ObjectID) -> Data? { contents[id] }

    func store(content: Data, for id: ObjectID) {
        guard content.count <= Self.largestContent else { return }
        if contentBytes + content.count > contentBudget {
            contents.removeAll()
            contentBytes = 0
            guard content.count <= contentBudget else { return }
        }
        contents[id] = content
        contentBytes += content.count
    }
}
