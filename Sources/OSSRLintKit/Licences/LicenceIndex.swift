import Foundation

/// The derived licence index: every SPDX licence and exception template as a word program
/// (see `LicenceProgram`), and the identifier that matches texts against them as the SPDX
/// matching guidelines define it.
///
/// A fast ranking (the share of each template's distinct words found in the text) only picks
/// candidates; a candidate is found only where its whole template matches the normalised text
/// in order, from one of the places its first required words occur. Matches are taken longest
/// first, so a file holding several licences, or a licence and an exception, yields each. The
/// text around the matches is then judged: a short title is ignored, a part that comes close to
/// a template but does not match it is a *modified* licence (`LicenseRef-modified-<id>`, with
/// the differing words), licence-like terms are a custom part (`LicenseRef-additional-terms`),
/// and anything else is a statement (a preamble, a choice) that is noted, not ignored.
///
/// GNU-family licences (GPL, LGPL, AGPL, GFDL), whose `-only` and `-or-later` templates are the
/// same text, are reported with the suffix when wording outside the licence text decides it
/// (see `LicenceVersionWording`). When nothing decides, the bare family id (e.g. `GPL-3.0`) is
/// reported with a note, because assuming `-only` is not safe; SPDX deprecated the bare ids, so
/// callers should read them as "version known, later-version choice unknown".
public struct LicenceIndex: Sendable {
    let vocabulary: [String]
    let wordIndex: VocabularyTable
    let templates: [LicenceTemplate]
    let programs: PackedLicencePrograms
    /// Per program, the templates that share it, the preferred one first.
    let programTemplates: [[Int]]
    /// Per program, how many distinct required words it has, and how many required words.
    let programWordCounts: [Int32]
    let programRequiredCounts: [Int32]
    /// The programs using vocabulary word `w` are `postings[postingStarts[w]..<postingStarts[w + 1]]`.
    let postingStarts: [Int32]
    let postings: [UInt16]
    /// Per vocabulary word: whether it is a term word, a list marker.
    let termWords: [Bool]
    let markerWords: [Bool]
    /// Per program, whether only deprecated ids name it.
    let programIsDeprecated: [Bool]
    let weakTermWords: [Bool]
    let templateIDSet: Set<String>

    /// The SPDX License List release the templates and facts come from.
    public let source: String

    /// The generated index, decoded once per process on first use (a constant, not state). The
    /// SPDX facts table is warmed with it, since every analysis consults both.
    public static let shared: Result<LicenceIndex, any Error> = {
        _ = SPDXLicenceFacts.lookup("MIT")
        return Result { try load() }
    }()

    /// Decodes the generated index. Only what every identification needs is decoded here: the
    /// templates, the vocabulary's lookup table and the ranking's inverted index; a program is
    /// decoded when a text makes it a candidate (see `PackedLicencePrograms`).
    public static func load() throws -> LicenceIndex {
        let payload = LicenceIndexData.payload
        var vocabulary: [String] = []
        var text = payload.vocabulary
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == 0x20 {
                if index > start { vocabulary.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            if bytes.count > start { vocabulary.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        }
        let table = try decodedValues(payload.programTable, section: "program table")
        guard table.count % 3 == 0 else { throw LicenceIndexError.malformedPayload("the program table is not three values a program") }
        let programCount = table.count / 3
        var programStarts = [0]
        var requiredCounts: [Int32] = []
        var wordCounts: [Int32] = []
        for program in 0..<programCount {
            programStarts.append(programStarts[program] + Int(table[3 * program]))
            requiredCounts.append(table[3 * program + 1])
            wordCounts.append(table[3 * program + 2])
        }
        guard programStarts[programCount] == payload.programs.utf8.count else {
            throw LicenceIndexError.malformedPayload("the program table does not cover the programs")
        }
        let programs = PackedLicencePrograms(digits: payload.programs, starts: programStarts, vocabularyCount: vocabulary.count)

        // Split as UTF-8 bytes: splitting the text by Characters cost a third of this load.
        var templates: [LicenceTemplate] = []
        for line in payload.templates.utf8.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: "\t"))
            guard fields.count == 3, let program = Int(Substring(fields[2])), program < programCount else {
                throw LicenceIndexError.malformedPayload("template line '\(Substring(line))'")
            }
            templates.append(LicenceTemplate(id: String(Substring(fields[0])), isException: fields[1].first == UInt8(ascii: "e"),
                                             isDeprecated: fields[1].last == UInt8(ascii: "d"), program: program))
        }
        var programTemplates = [[Int]](repeating: [], count: programCount)
        for (number, template) in templates.enumerated() {
            programTemplates[template.program].append(number)
        }
        for program in programTemplates.indices {
            programTemplates[program].sort { preferred(templates[$0], over: templates[$1]) }
        }

        // The inverted index: per word, a count and the programs' numbers as gaps.
        let (postingStarts, postings) = try decodedPostings(payload.postings, vocabularyCount: vocabulary.count, programCount: programCount)
        let wordIndex = VocabularyTable(vocabulary)
        var markerWords = flags(of: LicenceMatchText.partWords, in: wordIndex, count: vocabulary.count)
        for (number, word) in vocabulary.enumerated() where LicenceMatchText.isMarkerWord(word) {
            markerWords[number] = true
        }
        return LicenceIndex(vocabulary: vocabulary, wordIndex: wordIndex, templates: templates,
                            programs: programs, programTemplates: programTemplates, programWordCounts: wordCounts,
                            programRequiredCounts: requiredCounts, postingStarts: postingStarts, postings: postings,
                            termWords: flags(of: LicenceMatchText.termWords, in: wordIndex, count: vocabulary.count),
                            markerWords: markerWords,
                            programIsDeprecated: programTemplates.map { $0.allSatisfy { templates[$0].isDeprecated } },
                            weakTermWords: flags(of: LicenceMatchText.weakTermWords, in: wordIndex, count: vocabulary.count),
                            templateIDSet: Set(templates.map(\.id)),
                            source: payload.source)
    }

    /// Every value of a packed section.
    private static func decodedValues(_ section: String, section name: String) throws -> [Int32] {
        var section = section
        return try section.withUTF8 { bytes in
            var reader = PackedDigits(bytes)
            var values: [Int32] = []
            while !reader.isAtEnd {
                guard let value = reader.next() else { throw LicenceIndexError.malformedPayload("the \(name) is malformed") }
                values.append(value)
            }
            return values
        }
    }

    private static func decodedPostings(_ section: String, vocabularyCount: Int, programCount: Int) throws -> (starts: [Int32], postings: [UInt16]) {
        var section = section
        let decoded: (starts: [Int32], postings: [UInt16])? = section.withUTF8 { bytes in
            var reader = PackedDigits(bytes)
            var starts: [Int32] = [0]
            starts.reserveCapacity(vocabularyCount + 1)
            var postings: [UInt16] = []
            postings.reserveCapacity(bytes.count)
            for _ in 0..<vocabularyCount {
                guard let count = reader.next() else { return nil }
                var program: Int32 = 0
                for _ in 0..<count {
                    guard let gap = reader.next() else { return nil }
                    program += gap
                    guard program < programCount else { return nil }
                    postings.append(UInt16(program))
                }
                starts.append(Int32(postings.count))
            }
            return reader.isAtEnd ? (starts, postings) : nil
        }
        guard let decoded else { throw LicenceIndexError.malformedPayload("the postings are malformed") }
        return decoded
    }

    /// Per vocabulary word, whether it is one of `words`: a lookup per listed word, not a set
    /// lookup per vocabulary word.
    private static func flags(of words: Set<String>, in table: VocabularyTable, count: Int) -> [Bool] {
        var flags = [Bool](repeating: false, count: count)
        for word in words {
            if let index = table.index(of: word) { flags[index] = true }
        }
        return flags
    }

    /// The id to report among templates with the same text: a current id before a deprecated
    /// one, then the shorter, then the alphabetically first.
    private static func preferred(_ a: LicenceTemplate, over b: LicenceTemplate) -> Bool {
        if a.isDeprecated != b.isDeprecated { return !a.isDeprecated }
        if a.id.count != b.id.count { return a.id.count < b.id.count }
        return a.id < b.id
    }

    /// Every SPDX licence and exception id the index knows.
    public var templateIDs: [String] { templates.map(\.id) }

    /// The ids the identifier reports for the index's programs: GNU families bare, as
    /// choosealicense spells them (see the type's documentation).
    public var referenceIDs: [String] { (0..<programs.count).map { reportedID(program: $0).id } }

    /// The id reported for a program, and whether it is a GNU family whose suffix wording decides:
    /// a family has both an `-only` and an `-or-later` id, and its bare id is reported.
    func reportedID(program: Int) -> (id: String, isSuffixedFamily: Bool) {
        let ids = programTemplates[program].map { templates[$0].id }
        for id in ids {
            for (suffix, other) in [("-only", "-or-later"), ("-or-later", "-only")] where id.hasSuffix(suffix) {
                let family = String(id.dropLast(suffix.count))
                if templateIDSet.contains(family + other) {
                    return (family, true)
                }
            }
        }
        return (ids.first ?? "", false)
    }

    /// Identifies the licence or licences in `text`; see the type's documentation for the rules.
    public func identify(_ text: String) -> LicenceIdentification {
        identify(LicenceTextNormaliser.normalisedWords(of: text), rawText: text)
    }

    /// Identifies text already normalised, for callers that need its words for something else too.
    func identify(_ words: NormalisedLicenceWords, rawText: String) -> LicenceIdentification {
        let (indices, unknownWords) = wordIndex.indices(of: words, vocabularyCount: vocabulary.count)
        let limit = vocabulary.count
        let text = LicenceMatchText(
            ids: indices.map { Int32($0) },
            isTerm: indices.map { $0 < limit ? termWords[$0] : LicenceMatchText.termWords.contains(unknownWords[$0 - limit]) },
            isWeakTerm: indices.map { $0 < limit ? weakTermWords[$0] : LicenceMatchText.weakTermWords.contains(unknownWords[$0 - limit]) },
            isMarker: indices.map { $0 < limit ? markerWords[$0] : LicenceMatchText.isBulletWord(unknownWords[$0 - limit]) },
            markerVocabulary: markerWords, articleID: Int32(wordIndex.index(of: "a") ?? -1))
        return LicenceIdentifier(index: self, text: text, unknownWords: unknownWords, rawText: rawText).identify()
    }

    /// A word of a text, by its number in `LicenceMatchText.ids`.
    func word(_ id: Int32, unknownWords: [String]) -> String {
        Int(id) < vocabulary.count ? vocabulary[Int(id)] : unknownWords[Int(id) - vocabulary.count]
    }

    /// The SPDX id for a matched program: GNU families get `-only` / `-or-later` when decided.
    func spdxID(program: Int, wording: LicenceVersionWording?, notes: inout [String]) -> String {
        let (id, suffixed) = reportedID(program: program)
        guard suffixed else { return id }
        switch wording {
        case .orLater: return id + "-or-later"
        case .only: return id + "-only"
        case nil:
            guard SPDXLicenceFacts.lookup(id) != nil else {
                notes.append("no 'or later' statement found for '\(id)'; reported as '\(id)-only', the narrower grant")
                return id + "-only"
            }
            notes.append("no 'or later' statement found for '\(id)'; assuming -only is not safe")
            return id
        }
    }

    /// Whether words outside the licence texts offer a choice ("dual licensed", "at your option").
    /// Phrases that offer a choice of licences, split into words once.
    private static let choicePhrases: [[String]] = [
        "dual licensed", "dual license", "dually licensed", "dual licensing", "licensed under either",
        "under either of", "either of the following", "at your choice", "your choice of",
        "choose either", "choice of license", "choice of the",
    ].map { $0.split(separator: " ").map(String.init) }
    private static let choiceFirstWords = Set(choicePhrases.map { $0[0] } + ["at"])

    static func offersChoice(_ residual: [String]) -> Bool {
        // One pass: a phrase is tried only where the text has one of the phrases' first words.
        for start in residual.indices where choiceFirstWords.contains(residual[start]) {
            for phrase in choicePhrases where phrase[0] == residual[start] && residual[start...].starts(with: phrase) {
                return true
            }
            // "at your option" offers a choice unless it is about later versions.
            if residual[start...].starts(with: ["at", "your", "option"]),
               !residual[(start + 3)..<min(residual.count, start + 7)].contains("later") {
                return true
            }
        }
        return false
    }

}
