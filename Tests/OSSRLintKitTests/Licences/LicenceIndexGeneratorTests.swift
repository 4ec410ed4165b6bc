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
        #expect(index.programs.allSatisfy { $0.isWellFormed(vocabularyCount: index.vocabulary.count) })
        // A few SPDX templates are all wildcard or optional; nearly all have required words.
        #expect(index.programs.filter { $0.requiredWordCount > 0 }.count * 100 >= index.programs.count * 99)
        #expect(index.source.contains("3.29"))
    }

    @Test func generatedIndexStaysCompact() throws {
        let size = try FileManager.default.attributesOfItem(atPath: LicenceFixtures.packageRoot.appendingPathComponent(Self.generatedPath).path)[.size] as? Int
        #expect((size ?? .max) < 1_600_000)
    }
}
