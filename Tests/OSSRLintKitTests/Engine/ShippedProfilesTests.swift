import Foundation
import GitKit
@testable import OSSRLintKit
import Testing
import TestSupport

/// The profiles shipped beside `ossr`: each loads, cites a source for every rule, and lints a
/// complete repository and one whose configuration was written for `ossr`.
@Suite struct ShippedProfilesTests {
    @Test func theNeighbouringStandardsAreShipped() {
        #expect(Set(ShippedRuleSets.names).isSuperset(of: ["ossr", "ossr-minimal", "fair-software", "everse"]))
    }

    @Test(arguments: ShippedRuleSets.names)
    func everyProfileLoadsAndCitesItsSources(_ name: String) throws {
        let set = try RuleSetLoader().load(name)
        #expect(!set.rules.isEmpty)
        for rule in set.rules {
            #expect(!rule.references.isEmpty, "\(name): \(rule.id) cites no source")
            #expect(set.categories.contains { $0.id == rule.category }, "\(name): \(rule.id)")
        }
    }

    /// ossr-minimal keeps what makes the upload fail, nothing the OSSR only recommends.
    @Test func theMinimalProfileHoldsTheHardRequirementsOnly() throws {
        let minimal = try RuleSetLoader().load("ossr-minimal")
        #expect(minimal.rules.allSatisfy { $0.requirement == .required }, "\(minimal.rules.filter { $0.requirement != .required }.map(\.id))")
        for id in ["license-file-present", "codemeta-present", "codemeta-required", "codemeta-zenodo-ready", "release-tag-present"] {
            #expect(minimal.rule(withID: id) != nil, "\(id)")
        }
    }

    /// A repository configured for ossr (a waiver of a rule other profiles lack) is linted by
    /// another profile chosen on the command line; a typo is still an error.
    @Test(arguments: ["ossr-minimal", "fair-software", "everse"])
    func aConfigurationForOSSRDoesNotBreakAnotherProfile(_ profile: String) throws {
        let configuration = try RepositoryConfiguration.parse(yaml: "profile: ossr\ndisable:\n  - rule: docs-present\n    reason: the README is the documentation\nseverity: {tests-present: info}\n")
        let linter = try LintSetup.linter(configuration: configuration, profile: profile)
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: CompleteOSSRRepository.files())
        try repository.tag("v1.0.0", annotated: true)
        let snapshot = try RepositorySnapshot(path: repository.path, source: .commit(revision: "HEAD"))
        let report = linter.lint(FactCollector.collect(snapshot, needs: linter.needs), repositoryPath: ".")
        #expect(report.profile == profile)
        #expect(!report.results.isEmpty)
        let typo = try RepositoryConfiguration.parse(yaml: "severity: {tests-presnt: info}\n")
        #expect(throws: ConfigurationError.self) { try LintSetup.linter(configuration: typo, profile: profile) }
    }
}
