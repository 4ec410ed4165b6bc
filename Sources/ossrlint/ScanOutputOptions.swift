import ArgumentParser
import Foundation
import OSSRLintKit

extension ScanFormat: ExpressibleByArgument {}

/// `--format FORMAT[=PATH]` for a scan's table: a format and where to write it (standard
/// output without `=`).
struct ScanDestination: ExpressibleByArgument, Equatable {
    var format: ScanFormat
    var path: String?

    init?(argument: String) {
        let name = argument.prefix { $0 != "=" }
        guard let format = ScanFormat(rawValue: String(name)) else { return nil }
        self.format = format
        let path = argument.dropFirst(name.count + 1)
        self.path = path.isEmpty ? nil : String(path)
    }

    static var allValueStrings: [String] { ScanFormat.allCases.map(\.rawValue) }
}

/// Where `scan` and `merge` write the table: shared so that both write the same bytes the
/// same way.
struct ScanOutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The table as markdown, csv, json (what 'merge' reads) or html, optionally '=PATH' to write a file. Repeatable; default: markdown on standard output.", valueName: "format[=path]"))
    var format: [ScanDestination] = []

    func validate() throws {
        if format.filter({ $0.path == nil }).count > 1 {
            throw ValidationError("only one table can go to standard output; write the others to files with --format FORMAT=PATH")
        }
        var seen: [String: ScanDestination] = [:]
        for destination in format {
            guard let path = destination.path else { continue }
            let file = URL(fileURLWithPath: path).standardizedFileURL.path
            if let first = seen[file] {
                throw ValidationError("--format \(first.format.rawValue)=\(first.path ?? "") and --format \(destination.format.rawValue)=\(path) name the same file; give each table its own path")
            }
            seen[file] = destination
        }
    }

    /// Writes `table` in every format asked for; Markdown on standard output when none is.
    func write(_ table: ScanTable) throws {
        let destinations = format.isEmpty ? [ScanDestination(format: .markdown)] : format
        for destination in destinations {
            let text = destination.format.render(table)
            if let path = destination.path {
                try Session.write(text, to: path, describing: "the \(destination.format.rawValue) table")
            } else {
                Terminal.write(text)
            }
        }
    }
}

extension ScanDestination {
    init(format: ScanFormat, path: String? = nil) {
        self.format = format
        self.path = path
    }
}
