import Foundation
import OSSRLintKit

/// Writes to standard output and standard error, and what happens when they cannot be written.
///
/// Why not `FileHandle.write`: on a closed or full stream it raises an exception that ends the
/// process with a trap and a backtrace. Here a report that cannot be written to standard output
/// (closed, `/dev/full`, an I/O error) is a message on standard error and exit 2, as for a
/// report file. A pipe closed by the reader (`| head -1`) ends the process by SIGPIPE, as for
/// any Unix tool (exit 141 in a shell).
enum Terminal {
    static func write(_ text: String) {
        write(bytes: Data(text.utf8))
    }

    /// Raw bytes to standard output (paths are bytes, not always UTF-8).
    static func write(bytes: Data) {
        guard write(bytes, to: STDOUT_FILENO) else {
            let reason = String(cString: strerror(errno))
            note("ossrlint: error: cannot write the report to standard output: \(reason). Check where standard output goes, or write the report to a file with --format FORMAT=PATH.")
            exit(ExitCodes.configuration.rawValue)
        }
    }

    /// Information for the person at the terminal, on standard error (stdout stays data). A
    /// standard error that cannot be written is ignored: the exit code still tells.
    static func note(_ text: String) {
        _ = write(Data((text + "\n").utf8), to: STDERR_FILENO)
    }

    /// A mistake in a rule file or `.ossrlint.yml`: already `FILE:LINE:COLUMN: error: …` with
    /// the source line, the form editors and CI logs link from, so printed as it is.
    static func error(_ error: ConfigurationError) {
        note(error.description)
    }

    static func error(_ text: String) {
        note("ossrlint: error: " + text)
    }

    /// Writes all of `data` to `descriptor`; false, with `errno` set, when it cannot.
    private static func write(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return true }
            var written = 0
            while written < bytes.count {
                let count = Glibc.write(descriptor, base + written, bytes.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += count
            }
            return true
        }
    }
}
