import Foundation

/// Finds the version strings a repository declares in its metadata and build files, and
/// compares them with a release. Pure: it reads only the bytes it is given.
///
/// Sources (root-level files): codemeta.json `version` and `softwareVersion`, CITATION.cff
/// `version`, .zenodo.json `version`, pyproject.toml `project.version` and
/// `tool.poetry.version`, setup.cfg `[metadata] version` (literal values only, not `attr:` or
/// `file:`), package.json `version`, Cargo.toml `package.version` (not `version.workspace`) and
/// an R DESCRIPTION's `Version:`.
public enum DeclaredVersions {
    /// The files this looks at.
    public static let sourceFiles = ["codemeta.json", "CITATION.cff", ".zenodo.json", "pyproject.toml", "setup.cfg", "package.json", "Cargo.toml", "DESCRIPTION"]

    /// Every declared version in `files` (path → contents), in ``sourceFiles`` order. Files that
    /// do not parse contribute nothing; their own validators report them.
    public static func extract(files: [String: Data]) -> [DeclaredVersion] {
        extract(files: files, citation: nil)
    }

    /// The same, with CITATION.cff already parsed when `citation` is given.
    static func extract(files: [String: Data], citation: YAMLDocument?) -> [DeclaredVersion] {
        var found: [DeclaredVersion] = []
        for path in sourceFiles {
            guard let data = files[path] else { continue }
            switch path {
            case "codemeta.json": found += fromJSON(data, path: path, keys: ["version", "softwareVersion"])
            case ".zenodo.json", "package.json": found += fromJSON(data, path: path, keys: ["version"])
            case "CITATION.cff": found += fromCitation(citation ?? Result { () throws(YAMLPositionedReader.SyntaxError) in try YAMLPositionedReader.read(data) }, path: path)
            case "pyproject.toml": found += fromTOML(data, path: path, keys: [["project", "version"], ["tool", "poetry", "version"]])
            case "Cargo.toml": found += fromTOML(data, path: path, keys: [["package", "version"]])
            case "setup.cfg": found += fromSetupConfig(data, path: path)
            case "DESCRIPTION": found += fromDescription(data, path: path)
            default: break
            }
        }
        return found
    }

    /// Declarations that disagree with the release, placeholders included (they never agree).
    /// Identical spellings are not mismatches; equivalent ones are, with `.equivalent`.
    public static func mismatches(_ declared: [DeclaredVersion], release: ReleaseVersion) -> [VersionMismatch] {
        declared.compactMap { declaration in
            let agreement = declaration.version.map { $0.agreement(with: release) } ?? .different
            guard agreement != .identical else { return nil }
            return VersionMismatch(declared: declaration, reference: "the release tag", referenceValue: release.tag, agreement: agreement)
        }
    }

    /// Declarations that disagree with the first declaration, for repositories without a
    /// release to compare with. Placeholders are left to ``placeholders(_:)``.
    public static func inconsistencies(_ declared: [DeclaredVersion]) -> [VersionMismatch] {
        let real = declared.filter { !$0.isPlaceholder }
        guard let first = real.first else { return [] }
        return real.dropFirst().compactMap { declaration in
            let agreement: VersionAgreement
            if let a = declaration.version, let b = first.version {
                agreement = a.agreement(with: b)
            } else {
                agreement = declaration.value.trimmingCharacters(in: .whitespaces) == first.value.trimmingCharacters(in: .whitespaces) ? .identical : .different
            }
            guard agreement != .identical else { return nil }
            return VersionMismatch(declared: declaration, reference: first.source, referenceValue: first.value, agreement: agreement)
        }
    }

    /// Declarations whose value is a placeholder such as `TODO` or `0.0.0`.
    public static func placeholders(_ declared: [DeclaredVersion]) -> [DeclaredVersion] {
        declared.filter(\.isPlaceholder)
    }

    // MARK: Readers

    private static func fromJSON(_ data: Data, path: String, keys: [String]) -> [DeclaredVersion] {
        guard case let .parsed(result) = JSONSyntaxCheck.read(data) else { return [] }
        return keys.compactMap { key in
            guard let value = result.value[key], let text = value.scalarText ?? (value.kind.isNull ? "" : nil) else { return nil }
            return DeclaredVersion(path: path, key: key, value: text, line: value.position.line)
        }
    }

    private static func fromCitation(_ document: YAMLDocument, path: String) -> [DeclaredVersion] {
        guard case .success(let root?) = document, let value = root["version"] else { return [] }
        guard let text = value.scalarText ?? (value.kind.isNull ? "" : nil) else { return [] }
        return [DeclaredVersion(path: path, key: "version", value: text, line: value.position.line)]
    }

    private static func fromTOML(_ data: Data, path: String, keys: [[String]]) -> [DeclaredVersion] {
        guard let text = String(data: data, encoding: .utf8), let root = try? TOMLReader.read(text) else { return [] }
        return keys.compactMap { keyPath in
            var pair: YAMLNode.Pair?
            var table: YAMLNode? = root
            for component in keyPath {
                guard case let .mapping(pairs)? = table?.content, let found = pairs.first(where: { $0.key.scalarText == component }) else { return nil }
                pair = found
                table = found.value
            }
            // A version is a string; a bare 1.0 is a TOML float, which no packaging tool reads.
            guard let pair, case let .scalar(value, isPlain: false) = pair.value.content else { return nil }
            return DeclaredVersion(path: path, key: keyPath.joined(separator: "."), value: value, line: pair.key.position?.line)
        }
    }

    private static func fromSetupConfig(_ data: Data, path: String) -> [DeclaredVersion] {
        guard let option = INIDocument(String(decoding: data, as: UTF8.self)).option("version", in: "metadata") else { return [] }
        let value = option.value.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.hasPrefix("attr:") || value.hasPrefix("file:") { return [] }
        return [DeclaredVersion(path: path, key: "metadata.version", value: value, line: option.line)]
    }

    private static func fromDescription(_ data: Data, path: String) -> [DeclaredVersion] {
        let text = String(decoding: data, as: UTF8.self)
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix("Version:") {
            let value = line.dropFirst("Version:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            return [DeclaredVersion(path: path, key: "Version", value: value, line: offset + 1)]
        }
        return []
    }
}

private extension PositionedValue.Kind {
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
