import Foundation

/// Runs a program to completion and collects its exit status and output.
enum ProcessRunner {
    struct Result {
        var status: Int32
        var standardOutput: Data
        var standardError: Data
        var standardOutputText: String { String(decoding: standardOutput, as: UTF8.self) }
        var standardErrorText: String { String(decoding: standardError, as: UTF8.self) }
    }

    /// Runs `executable ARGUMENTS` in `folder` with exactly `environment`. Output goes through
    /// temporary files rather than pipes, so a chatty program can never block on a full pipe.
    static func run(_ executable: URL, _ arguments: [String], in folder: URL, environment: [String: String], input: Data = Data()) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gitkit-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inURL = scratch.appendingPathComponent("in"), outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        try input.write(to: inURL)
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let stdin = try FileHandle(forReadingFrom: inURL)
        let stdout = try FileHandle(forWritingTo: outURL)
        let stderr = try FileHandle(forWritingTo: errURL)
        defer {
            try? stdin.close()
            try? stdout.close()
            try? stderr.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: try Data(contentsOf: outURL), standardError: try Data(contentsOf: errURL))
    }
}
