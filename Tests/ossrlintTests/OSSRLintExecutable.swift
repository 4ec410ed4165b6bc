import Foundation
import TestSupport

/// The built `ossrlint` executable, run the way a user or CI runs it.
enum OSSRLintExecutable {
    /// `OSSRLINT_EXECUTABLE` when set, else `ossrlint` beside the test bundle in the build
    /// products folder (`swift build` puts every product there), else `.build/debug/ossrlint` in
    /// the package.
    static let url: URL? = {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["OSSRLINT_EXECUTABLE"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("ossrlint"))
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("ossrlint"))
        }
        candidates.append(PackageRoot.url.appendingPathComponent(".build/debug/ossrlint"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `ossrlint ARGUMENTS` in `folder` with `environment` (default: this process's), colour
    /// off and "now" fixed at `TemporaryRepository.epoch` (`SOURCE_DATE_EPOCH`). Throws when the
    /// executable has not been built.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String]? = nil) throws -> ProcessRunner.Result {
        guard let url else { throw ExecutableNotBuilt() }
        var environment = environment ?? ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["SOURCE_DATE_EPOCH"] = String(TemporaryRepository.epoch)
        return try ProcessRunner.run(url.path, arguments, in: folder, environment: environment)
    }

    /// The `ossrlint` executable was not found.
    struct ExecutableNotBuilt: Error, CustomStringConvertible {
        var description: String { "the ossrlint executable was not found; run 'swift build' first" }
    }
}
