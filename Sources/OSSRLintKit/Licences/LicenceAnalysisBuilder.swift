import Foundation

/// Collects evidence file by file, then settles the verdict. Steps run in this order because
/// each needs the one before: licence texts give the file verdicts; declarations, identifier
/// lines and README wording then decide GNU `-only` / `-or-later`; only then can the expression
/// be joined and declarations be compared with it.
struct LicenceAnalysisBuilder {
    let index: LicenceIndex
    var files: [LicenceFileVerdict] = []
    var reuseFiles: [LicenceFileVerdict] = []
    var identifications: [String: LicenceIdentification] = [:]
    var declared: [LicenceDeclaration] = []
    var pointers: [LicencePointer] = []
    var notes: [String] = []
    var conflicts: [LicenceConflict] = []
    /// Evidence for GNU families: family → [(source, wording)].
    var wordingEvidence: [String: [(String, LicenceVersionWording)]] = [:]
    /// Wording that names no particular GNU family (README "or any later version").
    var generalWording: [(String, LicenceVersionWording)] = []
    var sawLicenceFile = false

    init(index: LicenceIndex) {
        self.index = index
    }

    mutating func read(_ texts: [String: String], parsed: [String: YAMLDocument] = [:]) {
        let paths = texts.keys.sorted()
        var customFiles: [String] = []
        for path in paths {
            guard let text = texts[path] else { continue }
            switch LicenceEvidenceLocator.kind(of: path) {
            case .licenceFile:
                sawLicenceFile = true
                let identification = index.identify(text)
                identifications[path] = identification
                if identification.isCustomLicence { customFiles.append(path) }
            case .reuseLicenceText(let id):
                sawLicenceFile = true
                readReuseLicenceText(path: path, id: id, text: text)
            case .reuseConfiguration:
                let result = LicenceDeclarationReader.reuseDeclarations(path: path, text: text)
                declared += result.declarations
                notes += result.notes
            case .packaging(let format):
                let result = LicenceDeclarationReader.declarations(format: format, path: path, text: text, document: parsed[path])
                declared += result.declarations
                notes += result.notes
            case .readme:
                pointers += LicencePointerFinder.pointers(path: path, text: text).filter { !$0.text.lowercased().hasPrefix("spdx-license-identifier") }
                // Normalised once: for the identification and for the version wording.
                let words = LicenceTextNormaliser.normalisedWords(of: text)
                let embedded = index.identify(words, rawText: text)
                if !embedded.matches.isEmpty, let expression = embedded.expression {
                    pointers.append(LicencePointer(path: path, text: "the README holds the licence text", spdx: expression))
                }
                if let wording = LicenceVersionWording.find(nearGNUMentionIn: words.strings, rawText: text) {
                    generalWording.append((path, wording))
                }
            case nil:
                if let wording = LicenceVersionWording.find(nearGNUMentionIn: LicenceTextNormaliser.words(of: String(text.prefix(4000))), rawText: String(text.prefix(4000))) {
                    generalWording.append((path + " header", wording))
                }
            }
            // A metadata file's `SPDX-License-Identifier` comment is its REUSE header: the
            // licence of that file (often CC0-1.0), not of the software it describes.
            if case .packaging = LicenceEvidenceLocator.kind(of: path), !path.hasSuffix(".py") { continue }
            declared += LicenceDeclarationReader.spdxIdentifierLines(path: path, text: text)
        }
        for path in paths {
            guard let identification = identifications[path] else { continue }
            // REUSE's layout keeps the texts in LICENSES/; a LICENSE file beside them that is
            // no licence text but points there is a pointer, not an unknown licence.
            if !reuseFiles.isEmpty, identification.matches.isEmpty, !identification.isCustomLicence,
               let text = texts[path], text.contains("LICENSES/") || text.contains("REUSE") {
                pointers.append(LicencePointer(path: path, text: "points to the REUSE LICENSES/ folder", spdx: nil))
                continue
            }
            addVerdict(path: path, identification: identification, customName: customFiles.count > 1 ? Self.licenseRef(for: path) : nil)
        }
        files += reuseFiles
        for declaration in declared {
            guard let expression = LicenceNameResolver.expression(fromDeclared: declaration.value) else { continue }
            for id in expression.licenceIDs {
                guard let family = SPDXExpression.gnuFamily(ofAny: id), family != id else { continue }
                wordingEvidence[family, default: []].append((declaration.source, id.hasSuffix("-or-later") ? .orLater : .only))
            }
        }
    }

    static func licenseRef(for path: String) -> String {
        "LicenseRef-" + String(path.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "-" })
    }

    private mutating func addVerdict(path: String, identification: LicenceIdentification, customName: String?) {
        if let expression = identification.expression, !identification.matches.isEmpty {
            let confidence = identification.matches.map(\.confidence).min() ?? 0
            files.append(LicenceFileVerdict(path: path, spdx: expression, confidence: confidence))
            notes += identification.notes.filter { !$0.hasPrefix("no 'or later' statement") }.map { "'\(path)': \($0)" }
        } else if identification.isCustomLicence {
            // A modified licence keeps its own LicenseRef (it names the licence it modifies); a
            // custom one is named after its file when there are several.
            let expression = identification.expression ?? "LicenseRef-custom"
            let spdx = expression == "LicenseRef-custom" ? customName ?? expression : expression
            files.append(LicenceFileVerdict(path: path, spdx: spdx, confidence: identification.closestNonMatch?.similarity ?? 0))
            notes += identification.notes.map { "'\(path)': \($0)" }
        } else {
            files.append(LicenceFileVerdict(path: path, spdx: "NOASSERTION", confidence: 0))
            notes.append("'\(path)' matches no known licence" + (identification.closestNonMatch.map { "; " + $0.summary } ?? ""))
        }
    }

    private mutating func readReuseLicenceText(path: String, id: String, text: String) {
        let canonical = SPDXExpression.canonicalID(id)
        let identification = index.identify(text)
        let family = SPDXExpression.gnuFamily(ofAny: canonical) ?? canonical
        if let match = identification.matches.first(where: { $0.referenceID == family || $0.referenceID == canonical }) {
            reuseFiles.append(LicenceFileVerdict(path: path, spdx: canonical, confidence: match.confidence))
        } else {
            reuseFiles.append(LicenceFileVerdict(path: path, spdx: canonical, confidence: 0))
            if let other = identification.expression, !identification.matches.isEmpty {
                notes.append("'\(path)' is named '\(canonical)' but holds '\(other)'")
            } else if canonical.hasPrefix("LicenseRef-") == false && SPDXLicenceFacts.lookup(canonical) == nil {
                notes.append("'\(path)' is not named after an SPDX licence id")
            }
        }
    }

    /// Gives bare GNU family ids in file verdicts the suffix that other evidence decides.
    private mutating func settleGNUVersions() {
        for (offset, file) in files.enumerated() {
            guard let parsed = try? SPDXExpression.parse(file.spdx) else { continue }
            var replaced = parsed
            for id in parsed.licenceIDs {
                guard SPDXExpression.gnuFamily(of: id) != nil else { continue }
                let evidence = (wordingEvidence[id] ?? []) + generalWording
                let kinds = Set(evidence.map(\.1))
                if kinds.count == 1, let wording = kinds.first {
                    let suffixed = id + (wording == .orLater ? "-or-later" : "-only")
                    replaced = replaced.replacingID(id, with: suffixed)
                    notes.append("'\(file.path)': '\(id)' read as '\(suffixed)' from " + evidence.map { "'\($0.0)'" }.joined(separator: ", "))
                } else if kinds.count > 1 {
                    let orLater = evidence.first { $0.1 == .orLater }
                    let only = evidence.first { $0.1 == .only }
                    if let orLater, let only {
                        conflicts.append(LicenceConflict(sourceA: orLater.0, valueA: id + "-or-later", sourceB: only.0, valueB: id + "-only",
                                                         message: "'\(orLater.0)' allows later versions of '\(id)' but '\(only.0)' says only"))
                    }
                } else {
                    notes.append("'\(file.path)': no 'or later' statement found for '\(id)'; assuming -only is not safe")
                }
            }
            files[offset].spdx = replaced.description
        }
    }

    mutating func finish(thirdParty: [ThirdPartyLicenceRoot]) -> LicenceAnalysis {
        settleGNUVersions()
        var parts = files.map(\.spdx).filter { $0 != "NOASSERTION" }
        parts = softwareLicences(among: parts)
        // The GNU layout ships the LGPL-3.0 as COPYING.LESSER beside the GPL-3.0 it builds on
        // in COPYING; together they are the LGPL-3.0, not two licences.
        if parts.contains(where: { SPDXExpression.gnuFamily(ofAny: $0) == "LGPL-3.0" }) {
            let general = parts.filter { SPDXExpression.gnuFamily(ofAny: $0) == "GPL-3.0" }
            if !general.isEmpty {
                parts.removeAll { general.contains($0) }
                notes.append("the 'GPL-3.0' text is part of 'LGPL-3.0', which incorporates it")
            }
        }
        var expression = LicenceExpressionJoiner.join(parts)
        if expression == nil && sawLicenceFile {
            expression = "NOASSERTION"
        }
        if let choice = declaredChoice(matching: expression) {
            notes.append("'\(choice.source)' states the choice '\(choice.value)' between the licence files")
            expression = choice.expression
        }
        if expression == nil, let first = declared.first {
            notes.append("no licence file found; '\(first.source)' declares '\(first.value)'")
        }
        compareDeclarations(with: expression)
        let isOSIApproved = expression.flatMap { try? SPDXExpression.parse($0) }?.isOSIApproved ?? false
        for root in thirdParty where !root.hasLicence {
            notes.append("third-party folder '\(root.path)' has no licence file")
        }
        return LicenceAnalysis(expression: expression, isOSIApproved: isOSIApproved, files: files, declared: declared,
                               conflicts: conflicts, pointers: pointers, thirdParty: thirdParty, notes: notes)
    }

    /// In a REUSE repository, LICENSES/ holds every licence of every file: documentation,
    /// logos and metadata included. The software's licence is the part of them that the
    /// software's own declarations name (packaging `license` fields, code headers, REUSE
    /// annotations of code); the others are reported as other files' licences, not ANDed in.
    private mutating func softwareLicences(among parts: [String]) -> [String] {
        let reuseIDs = Set(reuseFiles.map(\.spdx))
        guard reuseIDs.count > 1 else { return parts }
        let declaredIDs = Set(declared.compactMap { LicenceNameResolver.expression(fromDeclared: $0.value) }.flatMap(\.licenceIDs))
        let software = reuseIDs.filter { id in declaredIDs.contains { Self.idsAgree(id, $0) } }
        guard !software.isEmpty, software.count < reuseIDs.count else { return parts }
        let others = reuseIDs.subtracting(software).sorted()
        notes.append("LICENSES/ also holds \(others.map { "'\($0)'" }.joined(separator: ", ")), which no declaration of the software names: the licence of other files (documentation, metadata), not the software's")
        return parts.filter { !others.contains($0) }
    }

    /// A declaration that offers a choice (`OR`) between exactly the licences the files hold, as
    /// Rust and other projects do with `LICENSE-MIT` and `LICENSE-APACHE`: separate files cannot
    /// say that the licences are alternatives, the declaration can.
    private func declaredChoice(matching expression: String?) -> (source: String, value: String, expression: String)? {
        guard let expression, expression.contains(" AND "), let fileExpression = try? SPDXExpression.parse(expression).normalised() else {
            return nil
        }
        for declaration in declared {
            guard let declaredExpression = LicenceNameResolver.expression(fromDeclared: declaration.value),
                  case .or = declaredExpression, declaredExpression.licenceIDs == fileExpression.licenceIDs else { continue }
            return (declaration.source, declaration.value, declaredExpression.description)
        }
        return nil
    }

    /// Compares each declaration with the licence files, or, without usable licence files,
    /// with the first declaration.
    private mutating func compareDeclarations(with expression: String?) {
        let fileExpression = expression.flatMap { $0 == "NOASSERTION" ? nil : try? SPDXExpression.parse($0).normalised() }
        var reference: (source: String, value: String, expression: SPDXExpression)?
        if let fileExpression, let expression {
            reference = (files.filter { $0.spdx != "NOASSERTION" }.map(\.path).joined(separator: ", "), expression, fileExpression)
        }
        for declaration in declared {
            guard let declaredExpression = LicenceNameResolver.expression(fromDeclared: declaration.value) else {
                if !declaration.value.hasPrefix("License ::") {
                    notes.append("'\(declaration.source)' declares '\(declaration.value)', which is no SPDX licence")
                }
                continue
            }
            guard let current = reference else {
                reference = (declaration.source, declaration.value, declaredExpression)
                continue
            }
            let missing = declaredExpression.licenceIDs.filter { id in
                !current.expression.licenceIDs.contains { Self.idsAgree(id, $0) }
            }
            if !missing.isEmpty {
                let listed = missing.sorted().map { "'\($0)'" }.joined(separator: ", ")
                conflicts.append(LicenceConflict(sourceA: declaration.source, valueA: declaration.value,
                                                 sourceB: current.source, valueB: current.value,
                                                 message: "'\(declaration.source)' declares '\(declaration.value)' but '\(current.source)' has '\(current.value)' (no \(listed))"))
            }
        }
    }

    /// Whether two ids name the same licence, a bare GNU id agreeing with either suffix, and any
    /// `LicenseRef-` agreeing with any other (custom licences carry no comparable name).
    static func idsAgree(_ a: String, _ b: String) -> Bool {
        if a.lowercased() == b.lowercased() { return true }
        if a.hasPrefix("LicenseRef-") && b.hasPrefix("LicenseRef-") { return true }
        guard let familyA = SPDXExpression.gnuFamily(ofAny: a), let familyB = SPDXExpression.gnuFamily(ofAny: b), familyA == familyB else {
            return false
        }
        return a == familyA || b == familyB
    }
}
