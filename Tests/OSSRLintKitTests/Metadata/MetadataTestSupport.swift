import Foundation
import TestSupport

/// Paths and tools the metadata tests share.
enum MetadataTestSupport {
    static var packageRoot: URL { PackageRoot.url }
    static var shared: URL { PackageRoot.shared }
    static let fixtures = packageRoot.appendingPathComponent("Tests/OSSRLintKitTests/Metadata/Fixtures")

    /// The full path of an executable on PATH, or nil.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program and returns its exit status and combined output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let input = Pipe()
        if stdin != nil { process.standardInput = input }
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs a generator script into a temporary file and returns (generated, committed) bytes.
    static func regenerate(script: String, committed: String) throws -> (generated: Data, committed: Data, output: String) {
        let python = try requirePython()
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("ossrlint-gen-\(UUID().uuidString).swift")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let result = try run(python, [packageRoot.appendingPathComponent(script).path, shared.path, temporary.path])
        let generated = (try? Data(contentsOf: temporary)) ?? Data()
        let current = try Data(contentsOf: packageRoot.appendingPathComponent(committed))
        return (generated, current, result.output)
    }

    private static func requirePython() throws -> String {
        guard let python = which("python3") else { throw MissingTool(name: "python3") }
        return python
    }

    struct MissingTool: Error { var name: String }
}
