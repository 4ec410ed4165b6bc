internal import CLibGit2

/// Blob sizes read on another thread while the checks run on the caller's.
///
/// Reading the object headers of a 10k-file tree takes several milliseconds, and only one check
/// (the size limit) waits for them; the other checks match paths and need no git object. So the
/// sizes are read ahead through an object database of their own (libgit2 objects must not be
/// shared between threads), and the snapshot collects them when a size is first asked for.
/// Two threads reading the *same* pack contend for libgit2 1.5's global pack-window lock, so
/// this pays only because the caller's thread reads few objects meanwhile.
final class SizeReadAhead {
    private let work: Preload<[Int]>
    /// Entry ordinals, parallel to the sizes `work` returns.
    let ordinals: [Int]

    /// Starts reading the sizes of `objects` from the object database in `objectsDirectory`
    /// (NUL-terminated path bytes); `ordinals` are the entries they belong to.
    init(objectsDirectory: [CChar], objects: [ObjectID], ordinals: [Int]) {
        self.ordinals = ordinals
        work = Preload {
            LibGit2.ready
            var handle: OpaquePointer?
            guard git_odb_open(&handle, objectsDirectory) == 0, let handle else { return [] }
            let database = ObjectDatabaseHandle(handle)
            return objects.map { id in
                var oid = id.gitOID
                var length = 0
                var type = GIT_OBJECT_ANY
                // An unreadable header is read again by the caller, which reports it properly.
                return git_odb_read_header(&length, &type, database.pointer, &oid) == 0 ? length : -1
            }
        }
    }

    /// Waits for the reading and returns each ordinal's size (-1: read it again); empty when
    /// the object database could not be opened.
    func sizes() -> [Int] {
        (try? work.value()) ?? []
    }
}
