import Foundation

/// The licence verdict for a repository, built from the contents of the files that
/// `LicenceEvidenceLocator.pathsToRead(among:)` selected (and any other files the caller passes,
/// which are scanned for `SPDX-License-Identifier:` lines and GNU "or later" wording).
///
/// The expression comes from licence texts only: root licence files first, then REUSE
/// `LICENSES/` texts, joined with `AND`. Declarations (packaging fields, classifiers, SPDX
/// identifier lines, REUSE annotations) and README pointers are evidence compared against it,
/// never a replacement: with no licence file the expression is nil, and `NOASSERTION` means a
/// licence file exists but matches nothing known and does not read as a licence. GNU families
/// found without "or later" wording in the file take `-only` / `-or-later` from any other
/// evidence that decides it; otherwise they stay bare (see `LicenceIndex`).
public struct LicenceAnalysis: Sendable, Equatable, Codable {
    public var expression: String?
    /// Whether every licence in the expression is OSI approved; false for nil, `NOASSERTION` and `LicenseRef-`.
    public var isOSIApproved: Bool
    public var files: [LicenceFileVerdict]
    public var declared: [LicenceDeclaration]
    public var conflicts: [LicenceConflict]
    public var pointers: [LicencePointer]
    public var thirdParty: [ThirdPartyLicenceRoot]
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case expression, files, declared, conflicts, pointers, thirdParty, notes
        case isOSIApproved = "osiApproved"
    }

    public init(expression: String?, isOSIApproved: Bool, files: [LicenceFileVerdict], declared: [LicenceDeclaration],
                conflicts: [LicenceConflict], pointers: [LicencePointer], thirdParty: [ThirdPartyLicenceRoot], notes: [String]) {
        self.expression = expression
        self.isOSIApproved = isOSIApproved
        self.files = files
        self.declared = declared
        self.conflicts = conflicts
        self.pointers = pointers
        self.thirdParty = thirdParty
        self.notes = notes
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // The expression is written as null rather than left out, so readers see the verdict.
        try container.encode(expression, forKey: .expression)
        try container.encode(isOSIApproved, forKey: .isOSIApproved)
        try container.encode(files, forKey: .files)
        try container.encode(declared, forKey: .declared)
        try container.encode(conflicts, forKey: .conflicts)
        try container.encode(pointers, forKey: .pointers)
        try container.encode(thirdParty, forKey: .thirdParty)
        try container.encode(notes, forKey: .notes)
    }

    /// Analyses file contents keyed by path; `allPaths` (the snapshot's paths — at least those
    /// through vendor folders; nil means the keys of `contents`) and `submodules` are only used to
    /// list third-party roots.
    public static func analyse(_ contents: [String: Data], allPaths: [String]? = nil, submodules: [String] = [],
                               index: LicenceIndex) -> LicenceAnalysis {
        let texts = contents.mapValues { data in
            String(data: data, encoding: .utf8) ?? String(decoding: data, as: UTF8.self)
        }
        return analyse(texts: texts, allPaths: allPaths, submodules: submodules, index: index)
    }

    /// Analyses file texts keyed by path; see `analyse(_:allPaths:submodules:index:)`.
    public static func analyse(texts: [String: String], allPaths: [String]? = nil, submodules: [String] = [],
                               index: LicenceIndex) -> LicenceAnalysis {
        var builder = LicenceAnalysisBuilder(index: index)
        builder.read(texts)
        return builder.finish(thirdParty: LicenceEvidenceLocator.thirdPartyRoots(among: allPaths ?? Array(texts.keys).sorted(),
                                                                                 submodules: submodules))
    }
}
