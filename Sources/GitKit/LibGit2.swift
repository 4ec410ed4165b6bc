internal import CLibGit2
import Foundation

/// Process-wide libgit2 set-up, done once before any repository is opened.
///
/// The settings are constants, not state: every OSSRLint run must see the same repository the
/// same way, whoever runs it, so the user's global, XDG and system git configuration are never
/// read, and the `safe.directory` ownership check is off (see `Repository.open`).
enum LibGit2 {
    /// Evaluated once, thread-safely, by the first `Repository.open`.
    static let ready: Void = {
        git_libgit2_init()
        // An empty search path means "no file at this level": a global core.excludesFile or
        // core.autocrlf must not change what the linter sees.
        for level in [GIT_CONFIG_LEVEL_PROGRAMDATA, GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_GLOBAL] {
            _ = ossrlint_git_set_config_search_path(Int32(level.rawValue), "")
        }
        // A read-only linter runs no hooks, filters or fsmonitor commands from the repository,
        // which is what the ownership check guards against; CI containers routinely run as a
        // different user from the checkout's owner, where the check would only stop the lint.
        _ = ossrlint_git_set_owner_validation(0)
        // A lint visits each tree once; libgit2's object cache would only hold every parsed
        // tree in memory (tens of MB on a 100k-file repository) and cost a lookup per object.
        _ = ossrlint_git_enable_caching(0)
        // Re-hashing every object read was a sixth of listing a large tree. git itself does not
        // re-hash objects it only reads (`git ls-tree`, `git cat-file`), and zlib's checksum still
        // catches a damaged object; a linter never writes objects, so nothing can spread further.
        _ = ossrlint_git_enable_strict_hash_verification(0)
    }()
}
