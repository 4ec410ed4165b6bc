import Foundation
import Testing
@testable import OSSRLintKit

@Suite struct LicenceIndexGeneratorTests {
    static let generatedPath = "Sources/OSSRLintKit/Licences/Generated/LicenceIndexData.swift"

    @Test func committedLicenceIndexIsNotStale() throws {
        let root = LicenceFixtures.packageRoot
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("LicenceIndexData-\(UUID().uuidString).swift")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Scripts/generate-licence-index.py").path,
                             output.path, LicenceFixtures.sharedFolder.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let regenerated = try Data(contentsOf: output)
        let committed = try Data(contentsOf: root.appendingPathComponent(Self.generatedPath))
        #expect(regenerated == committed, "run: python3 Scripts/generate-licence-index.py \(Self.generatedPath) ../shared")
    }

    @Test func generatedFileSaysSoInItsFirstLine() throws {
        let text = try String(contentsOf: LicenceFixtures.packageRoot.appendingPathComponent(Self.generatedPath), encoding: .utf8)
        let firstLine = text.prefix { $0 != "\n" }
        #expect(firstLine.hasPrefix("// GENERATED FILE"))
        #expect(firstLine.contains("python3 Scripts/generate-licence-index.py"))
    }

    @Test func indexLoadsEveryTemplateOfTheSPDXList() throws {
        let index = try LicenceIndex.load()
        let folder = LicenceFixtures.sharedFolder.appendingPathComponent("license-data/spdx-license-list-xml")
        let licences = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }
        let exceptions = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("exceptions").path).filter { $0.hasSuffix(".xml") }
        #expect(index.templates.filter { !$0.isException }.count == licences.count)
        #expect(index.templates.filter(\.isException).count == exceptions.count)
        #expect(Set(index.templateIDs).isSuperset(of: ["X11", "CC-BY-NC-4.0", "CC-BY-ND-4.0", "CPL-1.0", "LGPL-2.0-only", "Classpath-exception-2.0"]))
        let programs = (0..<index.programs.count).compactMap { index.programs.decoded($0) }
        #expect(programs.count == index.programs.count, "every packed program decodes to a well-formed one")
        // A few SPDX templates are all wildcard or optional; nearly all have required words.
        #expect(programs.filter { $0.requiredWordCount > 0 }.count * 100 >= programs.count * 99)
        #expect(index.source.contains("3.29"))
    }

    /// The generator writes the ranking's counts and inverted index beside the programs, so that
    /// loading need not decode every program: they must say what the programs say.
    @Test func rankingTablesAgreeWithThePrograms() throws {
        let index = try LicenceIndex.load()
        var users = [[UInt16]](repeating: [], count: index.vocabulary.count)
        for number in 0..<index.programs.count {
            let program = try #require(index.programs.decoded(number))
            var words: [Int32] = []
            program.appendRequiredWords(to: &words)
            let distinct = Set(words)
            #expect(index.programRequiredCounts[number] == Int32(words.count), "program \(number)")
            #expect(index.programWordCounts[number] == Int32(distinct.count), "program \(number)")
            for word in distinct { users[Int(word)].append(UInt16(number)) }
        }
        for word in users.indices {
            let listed = Array(index.postings[Int(index.postingStarts[word])..<Int(index.postingStarts[word + 1])])
            #expect(listed == users[word], "programs of '\(index.vocabulary[word])'")
        }
    }

    @Test func malformedDigitsDecodeToAProgramThatMatchesNothing() {
        // "!" is outside the alphabet; "g" (32) promises a further digit that never comes.
        for digits in ["E!", "g", "EEg"] {
            let programs = PackedLicencePrograms(digits: digits, starts: [0, digits.utf8.count], vocabularyCount: 10)
            #expect(programs.decoded(0) == nil, "\(digits)")
        }
        // Word 20 is outside a vocabulary of 10 words.
        let outside = PackedLicencePrograms(digits: "Y", starts: [0, 1], vocabularyCount: 10)
        #expect(outside.decoded(0) == nil)
        let text = LicenceMatchText(ids: [], isTerm: [], isWeakTerm: [], isMarker: [], markerVocabulary: [], articleID: -1)
        #expect(outside[0].matchEnd(from: 0, in: text) == nil)
        // "E" is 4: the word numbered 0.
        #expect(PackedLicencePrograms(digits: "E", starts: [0, 1], vocabularyCount: 10).decoded(0)?.ops == [4])
    }

    @Test func generatedIndexStaysCompact() throws {
        let size = try FileManager.default.attributesOfItem(atPath: LicenceFixtures.packageRoot.appendingPathComponent(Self.generatedPath).path)[.size] as? Int
        #expect((size ?? .max) < 1_600_000)
    }
}
