import Foundation

/// Passes when every selected file is valid JSON; a syntax error is reported at its line.
///
/// ```yaml
/// check: json-valid
/// options: { paths: ["codemeta.json", ".zenodo.json"] }
/// ```
public struct JSONValidCheck: CheckKind {
    public typealias Options = PathExistsCheck.Options

    public static let id = "json-valid"
    public static let summary = "Every selected file parses as JSON."
    public static let optionsHelp = PathExistsCheck.optionsHelp
    public static let examples = [
        CheckExample("valid JSON", options: "{paths: ['*.json']}", files: ["a.json": "{\"a\": 1}\n"], expected: .pass),
        CheckExample("a trailing comma", options: "{paths: ['*.json']}", files: ["a.json": "{\"a\": 1,}\n"], expected: .fail),
        CheckExample("no JSON file", options: "{paths: ['*.json']}", files: ["a.txt": "x\n"], expected: .notApplicable),
    ]

    let patterns: PathPatterns

    public init(options: Options) throws(CheckOptionsError) {
        patterns = try PathPatterns(options.paths, ignoreCase: options.ignoreCase ?? true, anyDepth: options.anyDepth ?? false, exclude: options.exclude ?? [])
    }

    public func evaluate(in context: CheckContext) -> CheckOutcome {
        let files = patterns.select(in: context).filter { $0.entry.kind.hasContent }
        guard !files.isEmpty else { return .notApplicable("no file matches \(patterns.description)") }
        var broken: [Evidence] = []
        for file in files {
            do {
                let data = try context.data(of: file.entry)
                do { _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
                    let position = JSONErrorPosition(error)
                    broken.append(.path(file.entry.path.displayName, position.message, line: position.line, column: position.column))
                }
            } catch {
                return CheckContext.readFailure(error)
            }
        }
        if broken.isEmpty { return .pass("\(files.count) JSON file\(files.count == 1 ? "" : "s") parse", evidence: files.evidence()) }
        return .fail("\(broken.count) file\(broken.count == 1 ? " is" : "s are") not valid JSON", evidence: broken)
    }
}

/// The line and column Foundation's JSON parser names in its error text ("around line 3,
/// column 7"), so that a syntax error points where to fix it.
struct JSONErrorPosition {
    var line: Int?
    var column: Int?
    var message: String

    init(_ error: any Error) {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        message = text.isEmpty ? "invalid JSON" : text
        if let match = text.range(of: #"line (\d+), column (\d+)"#, options: .regularExpression) {
            let numbers = text[match].split { !$0.isNumber }.compactMap { Int($0) }
            if numbers.count == 2 { line = numbers[0]; column = numbers[1] }
        }
    }
}
