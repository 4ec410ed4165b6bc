/// A version string a metadata or build file declares, with where it was found.
public struct DeclaredVersion: Sendable, Hashable, Codable {
    /// The file, relative to the repository root: `codemeta.json`, `pyproject.toml` ….
    public var path: String
    /// The key inside the file: `softwareVersion`, `project.version`, `Version` ….
    public var key: String
    /// The declared text, as written (numbers in their source spelling).
    public var value: String
    /// 1-based line of the value, when known.
    public var line: Int?

    public init(path: String, key: String, value: String, line: Int? = nil) {
        self.path = path
        self.key = key
        self.value = value
        self.line = line
    }

    /// `codemeta.json 'softwareVersion'`: how messages name the source.
    public var source: String { "\(path) '\(key)'" }

    /// The declared value read as a version, ignoring surrounding whitespace.
    public var version: ReleaseVersion? { ReleaseVersion(tag: value.trimmingCharacters(in: .whitespaces)) }

    /// Whether the value is a placeholder rather than a real version: empty, `TODO`, `FIXME`,
    /// `TBD`, `x.y.z`, `<version>`, `{{ version }}`, `0.0.0`, `unknown`, `version`.
    public var isPlaceholder: Bool {
        let text = value.trimmingCharacters(in: .whitespaces)
        let lower = text.lowercased()
        if text.isEmpty || ["0.0.0", "v0.0.0", "x.y.z", "vx.y.z", "x.y", "unknown", "version", "n/a", "none"].contains(lower) { return true }
        if ["todo", "fixme", "tbd", "xxx"].contains(where: { lower.hasPrefix($0) }) { return true }
        return (text.hasPrefix("<") && text.hasSuffix(">")) || (text.hasPrefix("{{") && text.hasSuffix("}}"))
            || (text.hasPrefix("${") && text.hasSuffix("}"))
    }
}
