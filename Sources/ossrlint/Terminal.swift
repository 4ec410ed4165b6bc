import Foundation
import OSSRLintKit

/// Buffered writes to standard output and standard error: one write per stream per run.
struct Terminal {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Information for the person at the terminal, on standard error (stdout stays data).
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A mistake in a rule file or `.ossrlint.yml`: already `FILE:LINE:COLUMN: error: …` with
    /// the source line, the form editors and CI logs link from, so printed as it is.
    static func error(_ error: ConfigurationError) {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("ossrlint: error: " + text + "\n").utf8))
    }
}
