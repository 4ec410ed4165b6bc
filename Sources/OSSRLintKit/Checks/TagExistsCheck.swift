/// Passes when a tag's name matches a regular expression.
///
/// ```yaml
/// check: tag-exists
/// options: { pattern: "^v?[0-9]+\\.[0-9]+" }
/// ```
public struct TagExistsCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var pattern: String?
    }

    public static let id = "tag-exists"
    public static let summary = "At least one tag's name matches a regular expression."
    public static let optionsHelp = [OptionHelp("pattern", "a regular expression for tag names (default: any tag)")]
    public static let examples = [
        CheckExample("a version tag", options: "{pattern: '^v[0-9]'}", files: ["a": "x\n"], tags: ["v1.0"], expected: .pass),
        CheckExample("any tag, none needed by name", files: ["a": "x\n"], tags: ["nightly"], expected: .pass),
        CheckExample("no tags at all", files: ["a": "x\n"], expected: .fail),
        CheckExample("only other tags", options: "{pattern: '^v[0-9]'}", files: ["a": "x\n"], tags: ["nightly"], expected: .fail),
    ]

    let pattern: CompiledPattern?

    public init(options: Options) throws(CheckOptionsError) {
        pattern = try options.pattern.map { source throws(CheckOptionsError) in try CompiledPattern(option: source, ignoreCase: false) }
    }

    public var needs: FactNeeds { .tagNames }

    public var scope: PathScope { .none }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        let tags: [String]
        do { tags = try facts.tags().map(\.name) } catch { return error.outcome }
        var matching: [String] = []
        for tag in tags {
            guard let pattern else {
                matching.append(tag)
                continue
            }
            switch pattern.search(in: tag) {
            case .match: matching.append(tag)
            case .noMatch: break
            case .gaveUp(let reason): return pattern.gaveUpOutcome(reason, file: "tag '\(tag)'")
            }
        }
        let description = pattern.map { "/\($0.source)/" } ?? "any name"
        guard !matching.isEmpty else {
            return .fail(tags.isEmpty ? "the repository has no tags" : "no tag matches \(description) among \(tags.count) tags")
        }
        return .pass("\(matching.count) tag\(matching.count == 1 ? "" : "s") match \(description)", evidence: matching.suffix(10).map { .tag($0) })
    }
}
