import Foundation
@testable import OSSRLintKit
import Testing
import TestSupport

@Suite struct ShippedRuleSetsTests {
    @Test func theEmbeddedRuleSetsMatchRulesFolderByteForByte() throws {
        let root = PackageRoot.url
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ossrlint-generated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("ShippedRuleSetSources.swift")
        let result = try ProcessRunner.run(
            "/usr/bin/env", ["python3", "Scripts/generate-shipped-rules.py", "Rules", output.path], in: root)
        try #require(result.status == 0, "\(result.standardError)")
        let committed = try Data(contentsOf: root.appendingPathComponent("Sources/OSSRLintKit/Rules/Generated/ShippedRuleSetSources.swift"))
        #expect(try Data(contentsOf: output) == committed, "stale: run 'python3 Scripts/generate-shipped-rules.py'")
    }

    @Test func theOSSRProfileLoadsWithEveryRuleDocumented() throws {
        let set = try RuleSetLoader().load("ossr")
        #expect(ShippedRuleSets.names == ["everse", "fair-software", "ossr-minimal", "ossr"])
        #expect(set.rules.count == 45)
        for rule in set.rules {
            #expect(!rule.rationale.isEmpty && !rule.remediation.isEmpty && !rule.references.isEmpty, "\(rule.id)")
            #expect(rule.origin.hasPrefix("Rules/ossr.yml:"), "\(rule.origin)")
            #expect(set.categories.contains { $0.id == rule.category }, "\(rule.id)")
        }
    }

    @Test func aRuleOriginNamesTheLineOfItsDeclaration() throws {
        let set = try RuleSetLoader().load("ossr")
        let source = try #require(ShippedRuleSets.source(named: "ossr"))
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for rule in set.rules {
            let line = try #require(Int(rule.origin.split(separator: ":").last ?? ""))
            #expect(lines[line - 1].contains("- id: \(rule.id)"), "\(rule.origin)")
        }
    }
}
