import Foundation

/// A CodeMeta version, as named by a codemeta.json `@context`.
public enum CodeMetaVersion: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case v1 = "1.0"
    case v2 = "2.0"
    case v3 = "3.0"

    /// The versions the OSSR accepts; eossr cannot validate a 1.0 file.
    public static let acceptedByOSSR: [CodeMetaVersion] = [.v2, .v3]

    /// The canonical context URL of this version.
    public var contextURL: String {
        switch self {
        case .v1: "https://doi.org/10.5063/schema/codemeta-1.0"
        case .v2: "https://doi.org/10.5063/schema/codemeta-2.0"
        case .v3: "https://w3id.org/codemeta/3.0"
        }
    }

    /// Reads the version a context URL names, or nil when the URL is not a CodeMeta context.
    /// Accepted forms, with `http` or `https` and an optional trailing slash:
    /// `doi.org/10.5063/schema/codemeta-X.Y`, `w3id.org/codemeta/X.Y` and
    /// `raw.githubusercontent.com/codemeta/codemeta/X.Y/codemeta.jsonld`.
    public init?(contextURL: String) {
        var text = Substring(contextURL.trimmingCharacters(in: .whitespaces))
        if text.hasPrefix("https://") { text = text.dropFirst(8) } else if text.hasPrefix("http://") { text = text.dropFirst(7) } else { return nil }
        if text.hasSuffix("/") { text = text.dropLast() }
        let candidates: [(prefix: String, suffix: String)] = [
            ("doi.org/10.5063/schema/codemeta-", ""),
            ("w3id.org/codemeta/", ""),
            ("raw.githubusercontent.com/codemeta/codemeta/", "/codemeta.jsonld"),
        ]
        for candidate in candidates where text.hasPrefix(candidate.prefix) && text.hasSuffix(candidate.suffix) {
            let middle = text.dropFirst(candidate.prefix.count).dropLast(candidate.suffix.count)
            if let version = CodeMetaVersion(rawValue: String(middle)) { self = version; return }
        }
        return nil
    }

    public static func < (lhs: CodeMetaVersion, rhs: CodeMetaVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}
