/// `ossrlint license`'s text: the verdict, then each piece of evidence with where it is, how it
/// was read, and how sure the match is.
public struct LicenceReport: Sendable {
    public var analysis: LicenceAnalysis

    public init(analysis: LicenceAnalysis) { self.analysis = analysis }

    public var text: String {
        var text: String
        switch analysis.expression {
        case nil: text = "no licence file\n"
        case "NOASSERTION"?: text = "NOASSERTION: a licence file matches no known licence\n"
        case let expression?: text = "\(expression)\(analysis.isOSIApproved ? " (OSI-approved)" : " (not OSI-approved)")\n"
        }
        if !analysis.files.isEmpty {
            text += "\nLicence files\n"
            for file in analysis.files {
                let matcher = file.path.hasPrefix("LICENSES/") ? "REUSE licence text" : "licence text"
                text += "  \(file.path): \(file.spdx) — \(matcher), \(Int((file.confidence * 100).rounded()))% of the reference found\n"
            }
        }
        if !analysis.declared.isEmpty {
            text += "\nDeclared\n" + analysis.declared.map { "  \($0.source): \($0.value)\n" }.joined()
        }
        if !analysis.pointers.isEmpty {
            text += "\nPointers (never override a licence file)\n"
            text += analysis.pointers.map { "  \($0.path): \"\($0.text)\"\($0.spdx.map { " → \($0)" } ?? "")\n" }.joined()
        }
        if !analysis.conflicts.isEmpty {
            text += "\nConflicts\n" + analysis.conflicts.map { "  \($0.message)\n" }.joined()
        }
        if !analysis.thirdParty.isEmpty {
            text += "\nThird-party code\n"
            text += analysis.thirdParty.map { "  \($0.path)/: \($0.isSubmodule ? "submodule, its licence in its own repository" : $0.hasLicence ? $0.licenceFiles.joined(separator: ", ") : "no licence file")\n" }.joined()
        }
        if !analysis.notes.isEmpty {
            text += "\nNotes\n" + analysis.notes.map { "  \($0)\n" }.joined()
        }
        return text
    }
}
