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
    let programs: [LicenceProgram]
    /// Per program, the templates that share it, the preferred one first.
    let programTemplates: [[Int]]
    /// Per program, how many distinct required words it has, and how many required words.
    let programWordCounts: [Int32]
    let programRequiredCounts: [Int32]
    /// Per program, the first words of where its text can begin (see `LicenceProgram.anchors`).
    let anchors: [[[Int32]]]
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

    /// Decodes the generated index.
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
        guard let packed = decodedBase64(payload.programs) else {
            throw LicenceIndexError.malformedPayload("the programs are not base64")
        }
        let programs = try decodePrograms(packed, vocabularyCount: vocabulary.count)
        var templates: [LicenceTemplate] = []
        for line in payload.templates.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let program = Int(fields[2]), program < programs.count else {
                throw LicenceIndexError.malformedPayload("template line '\(line)'")
            }
            templates.append(LicenceTemplate(id: String(fields[0]), isException: fields[1].hasPrefix("e"),
                                             isDeprecated: fields[1].hasSuffix("d"), program: program))
        }
        var programTemplates = [[Int]](repeating: [], count: programs.count)
        for (number, template) in templates.enumerated() {
            programTemplates[template.program].append(number)
        }
        for program in programTemplates.indices {
            programTemplates[program].sort { preferred(templates[$0], over: templates[$1]) }
        }

        // The distinct words of each program, and the inverted index over them.
        var stamp = [Int32](repeating: -1, count: vocabulary.count)
        var wordCounts = [Int32](repeating: 0, count: programs.count)
        var requiredCounts = [Int32](repeating: 0, count: programs.count)
        var lists: [[Int32]] = []
        lists.reserveCapacity(programs.count)
        var words: [Int32] = []
        for (number, program) in programs.enumerated() {
            // Only required words rank: a template's optional parts (the GPL-3.0 inside the
            // LGPL-3.0's, say) must not make a text without them look far from it.
            words.removeAll(keepingCapacity: true)
            program.appendRequiredWords(to: &words)
            var distinct: [Int32] = []
            for word in words where stamp[Int(word)] != Int32(number) {
                stamp[Int(word)] = Int32(number)
                distinct.append(word)
            }
            wordCounts[number] = Int32(distinct.count)
            requiredCounts[number] = Int32(words.count)
            lists.append(distinct)
        }
        var starts = [Int32](repeating: 0, count: vocabulary.count + 1)
        for list in lists {
            for word in list { starts[Int(word) + 1] += 1 }
        }
        for word in 0..<vocabulary.count { starts[word + 1] += starts[word] }
        var next = starts
        var postings = [UInt16](repeating: 0, count: Int(starts[vocabulary.count]))
        for (number, list) in lists.enumerated() {
            for word in list {
                postings[Int(next[Int(word)])] = UInt16(number)
                next[Int(word)] += 1
            }
        }
        return LicenceIndex(vocabulary: vocabulary, wordIndex: VocabularyTable(vocabulary), templates: templates,
                            programs: programs, programTemplates: programTemplates, programWordCounts: wordCounts,
                            programRequiredCounts: requiredCounts, anchors: programs.map(\.anchors),
                            postingStarts: starts, postings: postings,
                            termWords: vocabulary.map { LicenceMatchText.termWords.contains($0) },
                            markerWords: vocabulary.map { LicenceMatchText.isBulletWord($0) },
                            programIsDeprecated: programTemplates.map { $0.allSatisfy { templates[$0].isDeprecated } },
                            weakTermWords: vocabulary.map { LicenceMatchText.weakTermWords.contains($0) },
                            templateIDSet: Set(templates.map(\.id)),
                            source: payload.source)
    }

    /// Decodes base64 through a table on the UTF-8 bytes: Foundation's decoder took several
    /// milliseconds of every process's load for the ~1.3 MB of programs.
    static func decodedBase64(_ text: String) -> [UInt8]? {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(value)
        }
        var text = text
        return text.withUTF8 { bytes -> [UInt8]? in
            var length = bytes.count
            while length > 0 && bytes[length - 1] == UInt8(ascii: "=") { length -= 1 }
            var output = [UInt8]()
            output.reserveCapacity(length * 3 / 4)
            var accumulator: UInt32 = 0
            var bits = 0
            for position in 0..<length {
                let value = table[Int(bytes[position])]
                guard value != 0xFF else { return nil }
                accumulator = accumulator << 6 | UInt32(value)
                bits += 6
                if bits >= 8 {
                    bits -= 8
                    output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                }
            }
            return output
        }
    }

    private static func decodePrograms(_ data: [UInt8], vocabularyCount: Int) throws -> [LicenceProgram] {
        // One loop over the bytes, no closure per varint: ~1.3 million of them on every load.
        let decoded: [LicenceProgram]? = data.withUnsafeBufferPointer { bytes in
            var programs: [LicenceProgram] = []
            var position = 0
            var ops: [Int32] = []
            var end = -1
            while position < bytes.count {
                var value = 0
                var shift = 0
                while true {
                    guard position < bytes.count, shift < 35 else { return nil }
                    let byte = bytes[position]
                    position += 1
                    value |= Int(byte & 0x7F) << shift
                    if byte < 0x80 { break }
                    shift += 7
                }
                if end < 0 {
                    // A program's length in bytes, then its values.
                    end = position + value
                    guard end <= bytes.count else { return nil }
                    ops.removeAll(keepingCapacity: true)
                } else {
                    ops.append(Int32(truncatingIfNeeded: value))
                }
                if position == end {
                    programs.append(LicenceProgram(ops: ops))
                    end = -1
                }
            }
            return end < 0 ? programs : nil
        }
        guard let programs = decoded, programs.allSatisfy({ $0.isWellFormed(vocabularyCount: vocabularyCount) }) else {
            throw LicenceIndexError.malformedPayload("a word program is truncated or malformed")
        }
        return programs
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
    public var referenceIDs: [String] { programs.indices.map { reportedID(program: $0).id } }

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
