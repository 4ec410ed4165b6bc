import Foundation
import Testing

/// The built `ossrlint` executable, run the way a user runs it.
enum OSSRLintExecutable {
    /// The executable beside the test bundle in the build products folder (`swift build` puts
    /// every product there), else `.build/debug/ossrlint` in the package.
    static let url: URL? = {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["OSSRLINT_EXECUTABLE"] { candidates.append(URL(fileURLWithPath: override)) }
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent().appendingPathComponent("ossrlint")) }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("ossrlint"))
        for bundle in Bundle.allBundles { candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("ossrlint")) }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/ossrlint"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `ossrlint ARGUMENTS` in `folder` with `environment`; records an issue (and returns
    /// `nil`) when the executable has not been built.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String], sourceLocation: SourceLocation = #_sourceLocation) throws -> ProcessRunner.Result? {
        guard let url else {
            Issue.record("the ossrlint executable was not found; run 'swift build' first", sourceLocation: sourceLocation)
            return nil
        }
        return try ProcessRunner.run(url, arguments, in: folder, environment: environment)
    }

    private static var packageRoot: URL {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder.deleteLastPathComponent()
        }
        return folder
    }
}
