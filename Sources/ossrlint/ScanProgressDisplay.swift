import Foundation
import OSSRLintKit

/// Shows a scan's progress on standard error, never on standard output (where the table goes):
/// on a terminal a bar redrawn in place, elsewhere (a CI log, a file) one line per repository.
struct ScanProgressDisplay: Sendable {
    let isTerminal: Bool
    let width: Int

    init() {
        isTerminal = isatty(STDERR_FILENO) == 1
        var size = winsize()
        let columns = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : 0
        width = columns > 0 ? columns : 80
    }

    /// Called once per finished repository, one call at a time.
    func show(_ progress: ScanProgress) {
        if isTerminal {
            // Carriage return, the bar, then "erase to the end of the line": the line is redrawn
            // in place, and a shorter name leaves nothing of a longer one behind. One column is
            // left free, since writing the last one makes some terminals wrap.
            Self.draw("\r" + ScanProgressText.bar(progress, width: width - 1) + "\u{1B}[K")
        } else {
            Terminal.note(ScanProgressText.line(progress))
        }
    }

    /// Ends the bar's line and says how the scan went.
    func finish(_ table: ScanTable) {
        if isTerminal { Self.draw("\r\u{1B}[K") }
        Terminal.note(ScanProgressText.summary(table))
    }

    /// Writes `text` to standard error without a line break (`Terminal.note` adds one). A
    /// standard error that cannot be written is ignored, as there: the bar is only a courtesy.
    private static func draw(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            written += count
        }
    }
}
