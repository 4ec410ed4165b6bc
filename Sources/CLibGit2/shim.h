// Swift cannot call C variadic functions, so the few git_libgit2_opts calls GitKit needs are
// wrapped here as plain functions; and malloc.h, which Swift's Glibc module leaves out.
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

/// glibc's malloc settings, for GitKit's HeapReservation (malloc.h is not in Swift's Glibc module).
#include <malloc.h>

/// Allocations below `bytes` come from the heaps rather than from mappings of their own.
static inline int ossrlint_set_mmap_threshold(int bytes) {
    return mallopt(M_MMAP_THRESHOLD, bytes);
}

#endif
