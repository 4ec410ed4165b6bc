import Foundation
import TestSupport

/// Runs the built `ossrlint` executable, the way a user or CI does.
enum OSSRLintExecutable {
    /// `ossrlint` beside the test bundle (`.build/<triple>/debug/`), else `.build/debug/ossrlint`
    /// under the package root.
    static let url: URL? = {
        var candidates: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("ossrlint"))
        }
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder.deleteLastPathComponent()
        }
        candidates.append(folder.appendingPathComponent(".build/debug/ossrlint"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `ossrlint arguments…` in `directory` with colour off and a fixed clock.
    static func run(_ arguments: [String], in directory: URL) throws -> ProcessRunner.Result {
        guard let url else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: ".build/debug/ossrlint"]) }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["SOURCE_DATE_EPOCH"] = "1704110400"
        return try ProcessRunner.run(url.path, arguments, in: directory, environment: environment)
    }
}
