import Foundation

/// Paths the tests use, found from this source file so they do not depend on the working directory.
enum PackageRoot {
    /// The folder that holds Package.swift.
    static let url: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    }()

    /// `../shared` beside the package, as in CI.
    static var shared: URL { url.deletingLastPathComponent().appendingPathComponent("shared") }
}
