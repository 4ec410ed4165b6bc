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

/// Getting libgit2 ready ahead of the first repository.
public enum GitLibrary {
    /// Left when the background initialisation has finished (a synchronisation object, not
    /// state: nothing reads a value from it).
    private static let initialisation = DispatchGroup()

    /// Starts libgit2's one-time initialisation on another thread and returns at once.
    ///
    /// Initialisation includes libgit2's network set-up, which OSSRLint never uses: Debian's
    /// libgit2 parses the system's CA bundle into mbedTLS and initialises OpenSSL through
    /// libssh2, about 7 ms of `git_libgit2_init` (timed in C). Started first thing in `main`, it
    /// overlaps the rest of start-up instead of delaying the first `Repository.open`, which waits
    /// for it if it has not finished. The caller must `waitUntilInitialised()` before the process
    /// exits.
    public static func startInitialising() {
        initialisation.enter()
        WorkerThreads.shared.run {
            LibGit2.ready
            initialisation.leave()
        }
    }

    /// Returns once an initialisation started by `startInitialising()` has finished (at once if
    /// none was started). Exiting earlier crashes: libgit2 initialises OpenSSL through libssh2,
    /// and OpenSSL's exit handler frees the locks its initialisation is still using (about one
    /// `ossrlint --version` in thirty crashed so).
    public static func waitUntilInitialised() {
        initialisation.wait()
    }
}
