import Foundation

/// Runs a program to completion and collects its exit status and what it printed, for fixtures
/// and command-line tests.
///
/// Standard input, output and error go through temporary files rather than pipes, so that a child
/// printing more than a pipe buffer holds can never block while the parent waits for it to exit.
public enum ProcessRunner {
    /// What a finished process left behind.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// Everything written to standard output, decoded as UTF-8 (invalid bytes replaced).
        public var standardOutput: String
        /// Everything written to standard error, decoded as UTF-8 (invalid bytes replaced).
        public var standardError: String
    }

    /// Runs the program at `executable` with `arguments` in `folder`, feeding it `input` on
    /// standard input. The environment is exactly `environment`, or this process's when `nil`.
    public static func run(
        _ executable: String, _ arguments: [String], in folder: URL,
        environment: [String: String]? = nil, input: Data = Data()
    ) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("ossrlint-run-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputURL = scratch.appendingPathComponent("stdin")
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        try input.write(to: inputURL)
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        let inputHandle = try FileHandle(forReadingFrom: inputURL)
        let outputHandle = try FileHandle(forWritingTo: outputURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        defer {
            try? inputHandle.close()
            try? outputHandle.close()
            try? errorHandle.close()
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if let environment { process.environment = environment }
        process.standardInput = inputHandle
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }
}
