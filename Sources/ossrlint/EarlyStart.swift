import GitKit
import OSSRLintKit

/// Work a `check` run will need, started as soon as `main` has read a plain command line.
///
/// Loading the default profile and the licence index takes a few milliseconds, and on a small
/// repository the whole lint then waits for it. When the command line is a plain `check`
/// (`CheckRequest(plainCommandLine:)`), `main` starts that loading at once on other threads,
/// and the opening and listing of the repository it names on a third, before anything else.
/// `.ossrlint.yml` may still name another rule set, which is then loaded as usual.
enum EarlyStart {
    /// The plain `check` the command line asks for; nil when ArgumentParser must parse it.
    static let request = CheckRequest(plainCommandLine: Array(CommandLine.arguments.dropFirst()))

    /// The default profile and the licence index, loading from first use on; nil unless the
    /// request uses the default profile.
    static let defaultProfile: RuleSetPreload? = request?.usesDefaultProfile == true ? LintSetup.preload() : nil

    /// The repository and source the request lints, opening and listing from first use on.
    static let snapshot: SnapshotPreload? = request.map { SnapshotPreload(path: $0.path, source: $0.source) }

    /// Waits for everything begun at start-up: a process must not exit while libgit2 or a load
    /// still works on another thread (see `GitLibrary.startInitialising`).
    static func finish() {
        GitLibrary.waitUntilInitialised()
        defaultProfile?.finish()
        snapshot?.finish()
    }
}
