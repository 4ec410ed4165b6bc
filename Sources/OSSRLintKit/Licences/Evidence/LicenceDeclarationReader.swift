import Foundation

/// Reads declared licences from packaging and metadata files, REUSE configuration, and
/// `SPDX-License-Identifier:` lines. Malformed files yield no declaration and a note, never a throw.
enum LicenceDeclarationReader {
    struct Result {
        var declarations: [LicenceDeclaration] = []
        var notes: [String] = []
    }

    /// `document` is the file already parsed as YAML, when it was (CITATION.cff).
    static func declarations(format: LicencePackagingFormat, path: String, text: String, document: YAMLDocument? = nil) -> Result {
        var result = Result()
        func add(_ key: String, _ values: [String]) {
            for value in values {
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty {
                    result.declarations.append(LicenceDeclaration(source: "\(path) \(key)", value: trimmed))
                }
            }
        }
        do {
            switch format {
            case .codemeta:
                add("license", try JSONDecoder().decode(CodeMetaLicenceDocument.self, from: Data(text.utf8)).license?.values ?? [])
            case .citation:
                // Read as the metadata checks read it (`YAMLPositionedReader`, alias-guarded):
                // Yams' own decoder never returned from a CITATION.cff whose mapping key is an
                // alias of nested anchors.
                let root = try (document ?? Swift.Result { () throws(YAMLPositionedReader.SyntaxError) in try YAMLPositionedReader.read(Data(text.utf8)) }).get()
                add("license", root?["license"].map(LicenceFieldValues.init(positioned:))?.values ?? [])
            case .npm:
                let document = try JSONDecoder().decode(NPMLicenceDocument.self, from: Data(text.utf8))
                var licence = document.license?.values ?? []
                // npm reads package.json with JSON.parse, where a repeated key's last value wins;
                // Foundation's decoder keeps the first, so a second `license` went unseen.
                if let root = try? JSONScanner.parse(Array(text.utf8)).value {
                    let repeated = root.members.filter { $0.key == "license" }
                    if repeated.count > 1, let last = repeated.last {
                        if let value = last.value.string { licence = [value] }
                        result.notes.append("'\(path)' has \(repeated.count) 'license' keys; npm uses the last one, at line \(last.keyPosition.line)")
                    }
                }
                add("license", licence)
                add("licenses", document.licenses?.values ?? [])
            case .cargo:
                let package = try Self.decodeTOML(CargoLicenceDocument.self, text).package
                add("package.license", package?.license.map { [$0] } ?? [])
                if let file = package?.licenseFile {
                    result.notes.append("'\(path)' names the licence file '\(file)'")
                }
            case .pyproject:
                let project = try Self.decodeTOML(PyProjectLicenceDocument.self, text).project
                if let licence = project?.license {
                    add("project.license", licence.expression.map { [$0] } ?? [])
                    add("project.license.text", licence.text.map { [$0] } ?? [])
                    if let file = licence.file {
                        result.notes.append("'\(path)' names the licence file '\(file)'")
                    }
                }
                if let files = project?.licenseFiles, !files.isEmpty {
                    result.notes.append("'\(path)' lists licence files " + files.map { "'\($0)'" }.joined(separator: ", "))
                }
                add("classifier", (project?.classifiers ?? []).filter { $0.hasPrefix("License ::") })
            case .setupConfig:
                let fields = setupConfigMetadata(text)
                add("metadata.license", fields.licence.map { [$0] } ?? [])
                add("classifier", fields.classifiers)
            case .setupScript:
                add("license", setupScriptLicence(text).map { [$0] } ?? [])
                add("classifier", quotedStrings(in: text).filter { $0.hasPrefix("License ::") })
            case .rDescription:
                add("License", dcfField("License", in: text).map { [$0] } ?? [])
            case .conda:
                add("about.license", condaLicence(text).map { [$0] } ?? [])
            case .gemspec:
                add("license", gemspecLicences(text))
            }
        } catch {
            result.notes.append("cannot read the licence of '\(path)': \(Self.shortReason(error))")
        }
        return result
    }

    static func decodeTOML<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try NodeDecoder(TOMLReader.read(text)).singleValueContainer().decode(T.self)
    }

    private static func shortReason(_ error: Error) -> String {
        if let syntax = error as? YAMLPositionedReader.SyntaxError {
            return syntax.message + (syntax.position.map { " (line \($0.line))" } ?? "")
        }
        let text = String(describing: error)
        return text.count > 120 ? String(text.prefix(120)) + "…" : text
    }

    /// `REUSE.toml` annotations and `.reuse/dep5` `License:` fields.
    static func reuseDeclarations(path: String, text: String) -> Result {
        var result = Result()
        if path.hasSuffix("dep5") {
            for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("License:") {
                let value = line.dropFirst("License:".count).trimmingCharacters(in: .whitespaces)
                if !value.isEmpty { result.declarations.append(LicenceDeclaration(source: "\(path) License", value: value)) }
            }
            return result
        }
        do {
            for annotation in try decodeTOML(ReuseTomlDocument.self, text).annotations ?? [] {
                if let licence = annotation.licence {
                    guard !annotation.coversOnlyOtherFiles else {
                        result.notes.append("'\(path)' licenses \(annotation.paths.joined(separator: ", ")) under '\(licence)': documentation or metadata, not the software")
                        continue
                    }
                    result.declarations.append(LicenceDeclaration(source: "\(path) SPDX-License-Identifier", value: licence))
                }
            }
        } catch {
            result.notes.append("cannot read the licence of '\(path)': \(shortReason(error))")
        }
        return result
    }

    /// Every `SPDX-License-Identifier:` value in `text`, comment closers removed.
    static func spdxIdentifierLines(path: String, text: String) -> [LicenceDeclaration] {
        let marker = "SPDX-License-Identifier:"
        // Bytes, not Foundation's `contains`: every README and licence text is searched, and the
        // Unicode-aware search cost more than reading the file.
        var text = text
        let hasMarker = text.withUTF8 { ByteSearch.contains(Array(marker.utf8), in: $0) }
        guard hasMarker else { return [] }
        var found: [LicenceDeclaration] = []
        for line in text.split(whereSeparator: \.isNewline) {
            guard let range = line.range(of: marker) else { continue }
            var value = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            for closer in ["*/", "-->", "#}", "--}}", "\"\"\""] {
                if let end = value.range(of: closer) { value = String(value[..<end.lowerBound]) }
            }
            value = value.trimmingCharacters(in: .whitespaces)
            if !value.isEmpty {
                found.append(LicenceDeclaration(source: "\(path) SPDX-License-Identifier", value: value))
            }
        }
        return found
    }

    /// `[metadata] license` and the licence classifiers of a setup.cfg, read as setuptools reads
    /// them (`INIDocument`).
    static func setupConfigMetadata(_ text: String) -> (licence: String?, classifiers: [String]) {
        let document = INIDocument(text)
        let licence = document.option("license", in: "metadata").map(\.value).flatMap { $0.isEmpty ? nil : $0 }
        let classifiers = document.option("classifiers", in: "metadata")?.value
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("License ::") } ?? []
        return (licence, classifiers)
    }

    /// The string literal assigned to `license=` in a setup.py call.
    static func setupScriptLicence(_ text: String) -> String? {
        var searchStart = text.startIndex
        while let range = text.range(of: "license", range: searchStart..<text.endIndex) {
            searchStart = range.upperBound
            var rest = text[range.upperBound...].drop { $0 == " " }
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst().drop { $0 == " " }
            guard let quote = rest.first, quote == "\"" || quote == "'" else { continue }
            let body = rest.dropFirst()
            guard let end = body.firstIndex(of: quote) else { continue }
            return String(body[..<end])
        }
        return nil
    }

    static func quotedStrings(in text: String) -> [String] {
        var strings: [String] = []
        var current: String?
        var quote: Character = "\""
        for character in text {
            if var open = current {
                if character == quote || character == "\n" {
                    if character == quote { strings.append(open) }
                    current = nil
                } else {
                    open.append(character)
                    current = open
                }
            } else if character == "\"" || character == "'" {
                quote = character
                current = ""
            }
        }
        return strings
    }

    /// A field of a Debian-control-style file (R's DESCRIPTION), with continuation lines joined.
    static func dcfField(_ name: String, in text: String) -> String? {
        var value: String?
        for line in text.split(whereSeparator: \.isNewline) {
            if value != nil {
                if line.first == " " || line.first == "\t" {
                    value? += " " + line.trimmingCharacters(in: .whitespaces)
                    continue
                }
                break
            }
            if line.hasPrefix(name + ":") {
                value = line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
            }
        }
        return value
    }

    /// `about: license:` of a conda recipe, read line by line because recipes use Jinja templating.
    static func condaLicence(_ text: String) -> String? {
        var inAbout = false
        for line in text.split(whereSeparator: \.isNewline) {
            if line.first?.isWhitespace == false {
                inAbout = line.trimmingCharacters(in: .whitespaces) == "about:"
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if inAbout && trimmed.hasPrefix("license:") {
                let value = trimmed.dropFirst("license:".count).trimmingCharacters(in: .whitespaces)
                return value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            }
        }
        return nil
    }

    /// The strings assigned to `.license =` or `.licenses =` in a gemspec.
    static func gemspecLicences(_ text: String) -> [String] {
        var values: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.contains(".license =") || trimmed.contains(".licenses =") || trimmed.contains(".license=") || trimmed.contains(".licenses=") else { continue }
            values.append(contentsOf: quotedStrings(in: String(trimmed)))
        }
        return values
    }
}
