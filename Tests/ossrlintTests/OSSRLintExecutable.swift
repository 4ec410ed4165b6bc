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

    /// Runs `ossrlint ARGUMENTS` as `run` does, under a Python parent that reports the child's
    /// peak resident memory in kilobytes (`getrusage(RUSAGE_CHILDREN)`, which counts only that
    /// child, unlike this test process's, which runs many at once).
    static func runMeasuringPeakMemory(_ arguments: [String], in folder: URL) throws -> (result: ProcessRunner.Result, peakKilobytes: Int) {
        guard let url else { throw ExecutableNotBuilt() }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["SOURCE_DATE_EPOCH"] = String(TemporaryRepository.epoch)
        let marker = "ossrlint-test-peak-kilobytes="
        let script = """
            import resource, subprocess, sys
            status = subprocess.run(sys.argv[1:]).returncode
            sys.stderr.write("\\n\(marker)%d\\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            sys.exit(status if status >= 0 else 128 - status)
            """
        var result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, url.path] + arguments, in: folder, environment: environment)
        guard let range = result.standardError.range(of: "\n" + marker, options: .backwards),
              let peak = Int(result.standardError[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)) else {
            return (result, -1)
        }
        result.standardError = String(result.standardError[..<range.lowerBound])
        return (result, peak)
    }

    /// The `ossrlint` executable was not found.
    struct ExecutableNotBuilt: Error, CustomStringConvertible {
        var description: String { "the ossrlint executable was not found; run 'swift build' first" }
    }
}
