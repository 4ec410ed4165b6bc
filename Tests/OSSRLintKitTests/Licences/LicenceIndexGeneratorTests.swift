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

    @Test func indexLoadsEveryReferenceWithItsData() throws {
        let index = try LicenceIndex.load()
        #expect(index.referenceIDs.count == 47)
        #expect(index.references.allSatisfy { !$0.body.isEmpty && !$0.words.isEmpty })
        #expect(index.references.allSatisfy { $0.body == $0.body.sorted() })
        #expect(index.source.contains("3.29"))
    }
}
