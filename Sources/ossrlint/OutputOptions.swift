import ArgumentParser
import Foundation
import OSSRLintKit

extension ReportFormat: ExpressibleByArgument {}

/// `--format FORMAT[=PATH]`: a report format and where to write it (standard output without `=`).
struct ReportDestination: ExpressibleByArgument, Equatable {
    var format: ReportFormat
    var path: String?

    init?(argument: String) {
        let name = argument.prefix { $0 != "=" }
        guard let format = ReportFormat(rawValue: String(name)) else { return nil }
        self.format = format
        let path = argument.dropFirst(name.count + 1)
        self.path = path.isEmpty ? nil : String(path)
    }

    init(format: ReportFormat, path: String? = nil) {
        self.format = format
        self.path = path
    }

    /// The console report on standard output: what a run writes when no format is asked for.
    static let console = ReportDestination(format: .console)

    static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
}

/// The severity at or above which findings make the exit code 1.
enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    /// The least severity that fails a run; nil for `never`.
    var minimum: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }

    func fails(_ report: LintReport) -> Bool {
        guard let minimum else { return false }
        return report.results.contains { $0.isFinding && $0.severity >= minimum }
    }

    /// Whether a finding the baseline did not have is at or above the threshold.
    func failsOnNew(_ report: LintReport) -> Bool {
        guard let minimum else { return false }
        return report.results.contains { $0.severity >= minimum && report.isNew($0) == true }
    }
}

/// When the console report uses colour.
enum ColourChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// `auto`: only on a terminal, and never when `NO_COLOR` is set.
    var isOn: Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }
}

extension Stage: ExpressibleByArgument {}
