import Foundation

/// Where the package is, found from this source file so that tests do not depend on the working
/// directory they are started in.
public enum PackageRoot {
    /// The folder that holds Package.swift.
    public static let url: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    }()

    /// The read-only reference data, `../shared` beside the package (as in CI).
    public static var shared: URL { url.deletingLastPathComponent().appendingPathComponent("shared") }
}
