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
        analyse(contents, parsed: [:], allPaths: allPaths, submodules: submodules, index: index)
    }

    /// The same, with YAML files already parsed (by path) read from their documents.
    static func analyse(_ contents: [String: Data], parsed: [String: YAMLDocument], allPaths: [String]?, submodules: [String],
                        index: LicenceIndex) -> LicenceAnalysis {
        var texts: [String: String] = [:]
        var utf16: [String] = []
        for (path, data) in contents {
            if let (text, encoding) = decodeUTF16(data) {
                texts[path] = text
                utf16.append("'\(path)' is \(encoding); it was read as such, but most tools expect UTF-8: save it as UTF-8")
            } else {
                texts[path] = String(data: data, encoding: .utf8) ?? String(decoding: data, as: UTF8.self)
            }
        }
        var analysis = analyse(texts: texts, parsed: parsed, allPaths: allPaths, submodules: submodules, index: index)
        analysis.notes += utf16.sorted()
        return analysis
    }

    /// The text of a UTF-16 file, with its encoding's name: one with a byte-order mark, or one
    /// whose every other byte is mostly NUL (ASCII text in UTF-16). Read as UTF-8, such a
    /// LICENSE was a string of NULs and an "unknown" licence that never said why.
    static func decodeUTF16(_ data: Data) -> (text: String, encoding: String)? {
        let bytes = [UInt8](data.prefix(4096))
        guard bytes.count >= 2 else { return nil }
        var encoding: String.Encoding?
        var body = data
        if bytes[0] == 0xFF, bytes[1] == 0xFE {
            encoding = .utf16LittleEndian
            body = data.dropFirst(2)
        } else if bytes[0] == 0xFE, bytes[1] == 0xFF {
            encoding = .utf16BigEndian
            body = data.dropFirst(2)
        } else {
            let pairs = bytes.count / 2
            let oddNULs = stride(from: 1, to: pairs * 2, by: 2).filter { bytes[$0] == 0 }.count
            let evenNULs = stride(from: 0, to: pairs * 2, by: 2).filter { bytes[$0] == 0 }.count
            if oddNULs * 10 >= pairs * 9, evenNULs == 0 { encoding = .utf16LittleEndian }
            if evenNULs * 10 >= pairs * 9, oddNULs == 0 { encoding = .utf16BigEndian }
        }
        guard let encoding, let text = String(data: Data(body), encoding: encoding) else { return nil }
        return (text, encoding == .utf16LittleEndian ? "UTF-16 (little-endian)" : "UTF-16 (big-endian)")
    }

    /// Analyses file texts keyed by path; see `analyse(_:allPaths:submodules:index:)`.
    public static func analyse(texts: [String: String], allPaths: [String]? = nil, submodules: [String] = [],
                               index: LicenceIndex) -> LicenceAnalysis {
        analyse(texts: texts, parsed: [:], allPaths: allPaths, submodules: submodules, index: index)
    }

    static func analyse(texts: [String: String], parsed: [String: YAMLDocument], allPaths: [String]?, submodules: [String],
                        index: LicenceIndex) -> LicenceAnalysis {
        var builder = LicenceAnalysisBuilder(index: index)
        builder.read(texts, parsed: parsed)
        return builder.finish(thirdParty: LicenceEvidenceLocator.thirdPartyRoots(among: allPaths ?? Array(texts.keys).sorted(),
                                                                                 submodules: submodules))
    }
}
