import Foundation
import GitKit

/// Judges one aspect of what a repository is licensed under, from its licence files (identified
/// against the SPDX reference texts), REUSE `LICENSES/`, and the licences its packaging declares.
/// The analysis runs once per lint and is shared by every licence rule.
///
/// ```yaml
/// check: licence
/// options: { aspect: identified }
/// ```
public struct LicenceCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var aspect: String
    }

    enum Aspect: String, CaseIterable {
        case present, identified
        case openSource = "open-source"
        case consistent, permissive
        case thirdParty = "third-party"
    }

    public static let id = "licence"
    public static let summary = "The repository's licence is present, identified, open source, permissive, consistent with its declarations, and vendored code carries its own."
    public static let optionsHelp = [
        OptionHelp("aspect", "one of: present, identified, open-source, consistent, permissive, third-party"),
    ]
    static let mit = """
        MIT License

        Copyright (c) 2024 Ada Lovelace

        Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

        The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

        THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

        """
    static let custom = "Copyright 2024 Lab.\n\nAll rights reserved. You may use this software for internal research only. Redistribution in any form is prohibited.\n"
    public static let examples = [
        CheckExample("an MIT licence file", options: "{aspect: identified}", files: ["LICENSE": mit], expected: .pass),
        CheckExample("a custom licence", options: "{aspect: identified}", files: ["LICENSE": custom], expected: .fail),
        CheckExample("no licence file", options: "{aspect: present}", files: ["README.md": "x\n"], expected: .fail),
        CheckExample("MIT is open source", options: "{aspect: open-source}", files: ["LICENSE": mit], expected: .pass),
        CheckExample("a licence forbidding redistribution", options: "{aspect: open-source}", files: ["LICENSE": custom], expected: .fail),
        CheckExample("package.json agrees", options: "{aspect: consistent}", files: ["LICENSE": mit, "package.json": "{\"license\": \"MIT\"}"], expected: .pass),
        CheckExample("package.json disagrees", options: "{aspect: consistent}", files: ["LICENSE": mit, "package.json": "{\"license\": \"GPL-3.0-only\"}"], expected: .fail),
        CheckExample("MIT is permissive", options: "{aspect: permissive}", files: ["LICENSE": mit], expected: .pass),
        CheckExample("a vendored tree without licence", options: "{aspect: third-party}", files: ["LICENSE": mit, "vendor/lib/a.c": "int a;\n"], expected: .fail),
        CheckExample("a vendored tree with its licence", options: "{aspect: third-party}", files: ["LICENSE": mit, "vendor/lib/a.c": "int a;\n", "vendor/lib/LICENSE": mit], expected: .pass),
        CheckExample("copied-in libraries by name and by their own notice", options: "{aspect: third-party}",
                     files: ["LICENSE": mit, "natgrid/LICENSE": mit, "natgrid/src/nnuser.c": "int n;\n", "src/minpack/lmder.f": "C lmder\n"], expected: .fail),
        CheckExample("a submodule, whose files are another repository's", options: "{aspect: third-party}", files: ["LICENSE": mit], submodules: ["extern/lib"], expected: .notApplicable),
        CheckExample("a licensed vendored tree beside a submodule", options: "{aspect: third-party}", files: ["LICENSE": mit, "vendor/lib/a.c": "int a;\n", "vendor/lib/LICENSE": mit], submodules: ["extern/lib"], expected: .pass),
    ]

    /// Licences that let anyone reuse the code, also in closed products, with attribution at
    /// most: what the OSSR advises when a project has not chosen yet.
    static let permissive: Set<String> = [
        "MIT", "MIT-0", "BSD-2-Clause", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-2-Clause-Patent", "Apache-2.0", "ISC",
        "0BSD", "Zlib", "BSL-1.0", "UPL-1.0", "PostgreSQL", "NCSA", "AFL-3.0", "Unlicense", "CC0-1.0", "BlueOak-1.0.0", "MS-PL",
    ]

    let aspect: Aspect

    public init(options: Options) throws(CheckOptionsError) {
        guard let aspect = Aspect(rawValue: options.aspect) else {
            throw CheckOptionsError("'aspect' must be one of \(Aspect.allCases.map(\.rawValue).joined(separator: ", ")), not '\(options.aspect)'")
        }
        self.aspect = aspect
    }

    public var needs: FactNeeds { .licenceAnalysis }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        let analysis: LicenceAnalysis
        do { analysis = try facts.licenceAnalysis() } catch { return error.outcome }
        let fileEvidence = analysis.files.map { Evidence.path($0.path, "\($0.spdx) (\(Self.percent($0.confidence)) of the licence text found)") }
        switch aspect {
        case .present:
            guard !analysis.files.isEmpty else {
                let declared = analysis.declared.map { Evidence(kind: .value, subject: $0.value, detail: "declared in \($0.source)") }
                return .fail("no licence file (LICENSE, COPYING, LICENSES/<id>.txt …)", evidence: declared)
            }
            return .pass("found \(analysis.files.map { "'\($0.path)'" }.joined(separator: ", "))", evidence: fileEvidence)
        case .identified:
            guard let expression = analysis.expression else { return .notApplicable("there is no licence file to identify") }
            let unidentified = analysis.files.filter { $0.spdx == "NOASSERTION" || $0.spdx.hasPrefix("LicenseRef-") }
            guard unidentified.isEmpty else {
                let notes = analysis.notes.filter { note in unidentified.contains { note.contains("'\($0.path)'") } }
                return .fail("'\(unidentified[0].path)' is not a licence the SPDX list knows (\(unidentified[0].spdx))", evidence: fileEvidence + notes.map { .value($0) })
            }
            let confidence = analysis.files.map(\.confidence).min() ?? 0
            return .pass("identified as \(expression) (confidence \(Self.percent(confidence)))", evidence: fileEvidence + analysis.notes.map { .value($0) })
        case .openSource:
            guard let expression = analysis.expression else { return .notApplicable("there is no licence file") }
            if analysis.isOSIApproved { return .pass("\(expression) is OSI-approved open source", evidence: fileEvidence) }
            return .fail("\(expression) is not an OSI-approved open-source licence; the OSSR asks for a justification of a non-open licence", evidence: fileEvidence)
        case .consistent:
            guard analysis.expression != nil else { return .notApplicable("there is no licence file to compare with") }
            let declared = analysis.declared.map { Evidence(kind: .value, subject: $0.value, detail: "declared in \($0.source)") }
            guard let first = analysis.conflicts.first else {
                return .pass(declared.isEmpty ? "no declaration to compare with the licence file" : "\(declared.count) declaration\(declared.count == 1 ? " agrees" : "s agree") with the licence file", evidence: fileEvidence + declared)
            }
            let conflicts = analysis.conflicts.map { Evidence(kind: .value, subject: "\($0.sourceA) '\($0.valueA)' vs \($0.sourceB) '\($0.valueB)'", detail: $0.message) }
            let message = analysis.conflicts.count == 1 ? first.message : "\(analysis.conflicts.count) conflicts; first: \(first.message)"
            return .fail(message, evidence: conflicts)
        case .permissive:
            guard let expression = analysis.expression else { return .notApplicable("there is no licence file") }
            let ids = (try? SPDXExpression.parse(expression).licenceIDs) ?? [expression]
            let others = ids.filter { !Self.permissive.contains($0) }
            if others.isEmpty { return .pass("\(expression) is permissive", evidence: fileEvidence) }
            return .fail("\(others.joined(separator: ", ")) \(others.count == 1 ? "is" : "are") not permissive (copyleft or custom terms)", evidence: fileEvidence)
        case .thirdParty:
            guard !analysis.thirdParty.isEmpty else { return .notApplicable("no vendored folder or submodule") }
            // A submodule's files are another repository's objects, never in this one: whether
            // it carries a licence cannot be seen here, so it is named, not judged (every
            // submodule was "without a licence file", licensed or not).
            let vendored = analysis.thirdParty.filter { !$0.isSubmodule }
            let missing = vendored.filter { !$0.hasLicence }
            let evidence = analysis.thirdParty.map { root in
                Evidence.path(root.path + "/", root.isSubmodule ? "submodule: its licence is in its own repository, not read here"
                    : root.hasLicence ? "licence: \(root.licenceFiles.joined(separator: ", "))" : "no licence file")
            }
            if vendored.isEmpty { return .notApplicable("only submodules, whose licences are in their own repositories (lint each of them)", evidence: evidence) }
            if missing.isEmpty { return .pass("every vendored folder carries a licence", evidence: evidence) }
            return .fail("\(missing.count) vendored folder\(missing.count == 1 ? "" : "s") without a licence file: \(missing.map { "'\($0.path)'" }.joined(separator: ", "))", evidence: evidence)
        }
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
