import Foundation
import Testing

/// Runs a command-line validator found on PATH. A missing tool is a test failure that names it,
/// never a silent pass: CI (.ci/run) installs all of them.
struct ExternalTool {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let name: String
    let url: URL

    /// The tool on PATH, or nil after recording an issue that says how to get it.
    static func locate(_ name: String, installHint: String, sourceLocation: SourceLocation = #_sourceLocation) -> ExternalTool? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return ExternalTool(name: name, url: candidate)
            }
        }
        Issue.record("'\(name)' is not on PATH; install it (\(installHint)) — .ci/run does", sourceLocation: sourceLocation)
        return nil
    }

    /// Runs the tool with `arguments`, feeding `input` on standard input.
    func run(_ arguments: [String], input: String = "") throws -> Output {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Inputs are small and these tools read all input before writing much, so writing
        // first and then reading each pipe to its end cannot dead-lock.
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}

/// A temporary file holding `text` (or bytes), removed by `remove()`.
struct TemporaryFile {
    let url: URL

    init(_ text: String, suffix: String) throws {
        try self.init(bytes: Array(text.utf8), suffix: suffix)
    }

    init(bytes: [UInt8], suffix: String) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ossrlint-\(UUID().uuidString)\(suffix)")
        try Data(bytes).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
