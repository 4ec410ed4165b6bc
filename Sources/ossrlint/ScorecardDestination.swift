import ArgumentParser
import Foundation
import OSSRLintKit

extension ScorecardFormat: ExpressibleByArgument {}

/// `--format FORMAT[=PATH]` of `ossrlint scorecard`: a scorecard format and where to write it
/// (standard output without `=`).
struct ScorecardDestination: ExpressibleByArgument, Equatable {
    var format: ScorecardFormat
    var path: String?

    init?(argument: String) {
        let name = argument.prefix { $0 != "=" }
        guard let format = ScorecardFormat(rawValue: String(name)) else { return nil }
        self.format = format
        let path = argument.dropFirst(name.count + 1)
        self.path = path.isEmpty ? nil : String(path)
    }

    init(format: ScorecardFormat, path: String? = nil) {
        self.format = format
        self.path = path
    }

    static var allValueStrings: [String] { ScorecardFormat.allCases.map(\.rawValue) }

    /// A usage error when two destinations name the same file: the second would silently
    /// replace the first.
    static func rejectSharedFiles(_ destinations: [ScorecardDestination]) throws {
        var seen: [String: ScorecardDestination] = [:]
        for destination in destinations {
            guard let path = destination.path else { continue }
            let file = URL(fileURLWithPath: path).standardizedFileURL.path
            if let first = seen[file] {
                throw ValidationError("--format \(first.format.rawValue)=\(first.path ?? "") and --format \(destination.format.rawValue)=\(path) name the same file; give each scorecard its own path")
            }
            seen[file] = destination
        }
    }
}
