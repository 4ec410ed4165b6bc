import Foundation

/// Buffered writes to standard output and standard error: one write per stream per run.
struct Terminal {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Information for the person at the terminal, on standard error (stdout stays data).
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("ossrlint: error: " + text + "\n").utf8))
    }
}
