internal import CLibGit2

// One owner class per libgit2 handle family: each frees its handle in `deinit`, none is
// Sendable, and none leaves GitKit. Callers copy facts into value types before returning.

final class ObjectHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_object_free(pointer) }
}

final class TreeHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_tree_free(pointer) }
}

final class CommitHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_commit_free(pointer) }
}

final class TagHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_tag_free(pointer) }
}

final class BlobHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_blob_free(pointer) }
}

final class IndexHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_index_free(pointer) }
}

final class ConfigHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_config_free(pointer) }
}

final class ObjectDatabaseHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_odb_free(pointer) }
}

final class ReferenceHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_reference_free(pointer) }
}

final class ReferenceIteratorHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_reference_iterator_free(pointer) }
}

final class RemoteHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_remote_free(pointer) }
}

final class StatusListHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_status_list_free(pointer) }
}

final class StringArray {
    var value = git_strarray()
    deinit { git_strarray_dispose(&value) }
}

final class BufferHandle {
    var value = git_buf()
    deinit { git_buf_dispose(&value) }
}

final class RevisionWalkHandle {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_revwalk_free(pointer) }
}
