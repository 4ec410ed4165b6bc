// Swift cannot call C variadic functions, so the few git_libgit2_opts calls GitKit needs are
// wrapped here as plain functions; and two readers that ask the object database's backends
// directly, where libgit2's own calls cost measurably more (each says why). Packed objects are
// read by GitKit's `PackedObjects` first; these read what it leaves (loose objects, damage).
#ifndef OSSRLINT_CLIBGIT2_SHIM_H
#define OSSRLINT_CLIBGIT2_SHIM_H

#include <git2.h>

/// Points one configuration level (global, XDG, system, programdata) at `path`; "" means none.
static inline int ossrlint_git_set_config_search_path(int level, const char *path) {
    return git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, path);
}

/// Turns libgit2's safe.directory ownership validation on (1) or off (0).
static inline int ossrlint_git_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

/// Turns libgit2's object cache on (1) or off (0).
static inline int ossrlint_git_enable_caching(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_CACHING, enabled);
}

/// Turns libgit2's check that an object read from the database hashes to its id on (1) or off (0).
static inline int ossrlint_git_enable_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

/// Object sizes from their headers, many at once: `sizes[i]` becomes the size of `ids[i]`,
/// or -1 when it is not read here (no backend has the object, a backend failed, or one cannot
/// read headers); the caller then asks `git_odb_read_header`, which also looks for packs added
/// since, reads the whole object where it must, and says what went wrong.
///
/// Why: `git_odb_read_header` asks the same backends in the same order, but takes the object
/// database's lock and looks up the backend list once per object; on 10k blobs that was a
/// sixth of the time (3.1 against 2.6 ms, measured in C on the benchmark repository).
#include <git2/sys/odb_backend.h>
static inline void ossrlint_odb_read_sizes(git_odb *db, const git_oid *ids, size_t count, intptr_t *sizes) {
    git_odb_backend *backends[16];
    size_t backendCount = git_odb_num_backends(db);
    if (backendCount > 16) backendCount = 0;
    for (size_t index = 0; index < backendCount; index++) {
        if (git_odb_get_backend(&backends[index], db, index) != 0) backendCount = 0;
    }
    for (size_t object = 0; object < count; object++) {
        sizes[object] = -1;
        for (size_t index = 0; index < backendCount; index++) {
            git_odb_backend *backend = backends[index];
            if (backend->read_header == NULL) break;
            size_t size;
            git_object_t type;
            int error = backend->read_header(&size, &type, backend, &ids[object]);
            if (error == 0) { sizes[object] = (intptr_t)size; break; }
            if (error != GIT_ENOTFOUND && error != GIT_PASSTHROUGH) break;
        }
    }
}

/// A whole blob read straight from the object database's backends: 0 with `*data` (to be
/// freed with `git_odb_backend_data_free(*owner, *data)`) and `*size` set, or -1 when it is not
/// read here (no backend has it, a backend failed, or it is not a blob); the caller then asks
/// `git_blob_lookup`, which also looks for packs added since and says what went wrong.
///
/// Why: `git_blob_lookup` takes the repository cache's lock, the object database's and its
/// cache's, and allocates an object around the content, for every blob. The secret scan reads
/// every text file: on the benchmark's 100k-file typical repository, reading its blobs took
/// 598 million instructions through this read against 718 million through `git_blob_lookup`
/// (callgrind). Reading on two threads, each with a repository handle of its own, was slower
/// in wall time than one: libgit2 1.5 serialises pack reads on a process-wide window lock.
static inline int ossrlint_odb_read_blob(git_odb *db, const git_oid *id, void **data, size_t *size, git_odb_backend **owner) {
    size_t backendCount = git_odb_num_backends(db);
    for (size_t index = 0; index < backendCount; index++) {
        git_odb_backend *backend;
        if (git_odb_get_backend(&backend, db, index) != 0) return -1;
        if (backend->read == NULL) continue;
        git_object_t type = GIT_OBJECT_INVALID;
        int error = backend->read(data, size, &type, backend, id);
        if (error == 0) {
            if (type == GIT_OBJECT_BLOB) { *owner = backend; return 0; }
            git_odb_backend_data_free(backend, *data);
            return -1;
        }
        if (error != GIT_ENOTFOUND && error != GIT_PASSTHROUGH) return -1;
    }
    return -1;
}

#endif
