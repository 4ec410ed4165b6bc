import Foundation
import GitKit
@testable import OSSRLintKit
import Testing
import TestSupport

/// The OSSR profile's verdicts on real repositories: a complete one passes everything, and each
/// trap breaks exactly the rule it should.
@Suite struct OSSRProfileTests {
    @Test func aCompleteRepositoryPassesEveryRule() throws {
        let repository = try OSSRRepositoryFixture.complete()
        let report = try OSSRRepositoryFixture.lint(repository)
        let profile = try RuleSetLoader().load("ossr")
        #expect(report.results.map(\.rule) == profile.rules.map(\.id))
        #expect(report.notPassing == [], "\(report.results.filter { $0.status != .pass }.map { "\($0.rule): \($0.message)" })")
        // Only what a complete project has no reason to have: a .zenodo.json (codemeta.json
        // feeds the upload), vendored code, and notebooks for Binder to run.
        #expect(report.notApplicable == ["license-third-party", "zenodo-json-valid", "binder-ready"])
        #expect(report.profile == "ossr")
    }

    @Test func aTwoPartTagAboveAThreePartOneFailsSemVerAndIsNamed() throws {
        let repository = try OSSRRepositoryFixture.complete()
        try repository.tag("v2.0.1", annotated: true)
        try repository.tag("v2.1", annotated: true)
        let report = try OSSRRepositoryFixture.lint(repository)
        let semver = try report.result("release-tag-semver")
        #expect(semver.status == .fail)
        #expect(semver.message.contains("'v2.1'"), "\(semver.message)")
        // codemeta.json still says 1.0.0, which the latest release v2.1 contradicts too.
        #expect(report.notPassing == ["release-tag-semver", "release-version-consistent"])
    }

    @Test func aLatestReleaseTaggedOnASideBranchIsNotReachable() throws {
        let repository = try OSSRRepositoryFixture.complete()
        try repository.branch("release-2")
        try repository.commit("Prepare 2.0", files: ["CHANGELOG.md": "# Changelog\n\n## 2.0.0\n"])
        try repository.tag("v2.0.0", annotated: true)
        try repository.checkout("main")
        try repository.commit("Keep working on main", files: ["src/skytool/extra.py": "X = 1\n"])
        let report = try OSSRRepositoryFixture.lint(repository)
        let reachable = try report.result("release-tag-reachable")
        #expect(reachable.status == .fail)
        #expect(reachable.message.contains("'v2.0.0'"), "\(reachable.message)")
        // main's own latest release is v1.0.0, which its codemeta.json says; what main lacks
        // is v2.0.0, which release-tag-reachable reports, and its commit since v1.0.0.
        #expect(try report.result("release-version-consistent").status == .pass)
        #expect(try report.result("release-unreleased-commits").message == "1 commit since release 'v1.0.0' is not released yet")
        #expect(report.notPassing == ["release-tag-reachable", "release-unreleased-commits"])

        let onTheBranch = try OSSRRepositoryFixture.lint(repository, source: .commit(revision: "release-2"))
        #expect(try onTheBranch.result("release-tag-reachable").status == .pass)
    }

    /// agnpy, linted at `--rev v0.4.0` while v0.5.0 exists: a newer tag is never reachable
    /// from an older one, and the older tag's release is judged as it was.
    @Test func anOlderReleaseLintedAtItsTagIsJudgedAsItWas() throws {
        let repository = try OSSRRepositoryFixture.complete()
        try repository.commit("Work towards 2.0", files: ["src/skytool/extra.py": "X = 1\n"])
        var files = OSSRRepositoryFixture.completeFiles()
        files["codemeta.json"] = files["codemeta.json"]?.replacingOccurrences(of: "1.0.0", with: "2.0.0")
        files["CITATION.cff"] = files["CITATION.cff"]?.replacingOccurrences(of: "1.0.0", with: "2.0.0")
        try repository.commit("Release 2.0.0", files: files)
        try repository.tag("v2.0.0", annotated: true)
        let report = try OSSRRepositoryFixture.lint(repository, source: .commit(revision: "v1.0.0"))
        #expect(report.notPassing == [], "\(report.results.filter { $0.status != .pass && $0.status != .notApplicable }.map { "\($0.rule): \($0.message)" })")
        #expect(try report.result("release-tag-reachable").message.hasPrefix("'v2.0.0' was tagged after the linted commit"))
    }

    /// ctaplot: a mistyped `0.21` (meant 0.2.1) far back in history beside the real latest
    /// release `v0.6.5`: the latest release is v0.6.5, and the verdicts say why not 0.21.
    @Test func aMistypedOldVersionIsNotTheLatestRelease() throws {
        let repository = try TemporaryRepository()
        var files = OSSRRepositoryFixture.completeFiles()
        try repository.commit("Start", files: files)
        try repository.tag("0.21", annotated: true)
        for step in 1...3 { try repository.commit("Work \(step)", files: ["src/skytool/step.py": "STEP = \(step)\n"]) }
        files["codemeta.json"] = files["codemeta.json"]?.replacingOccurrences(of: "1.0.0", with: "0.6.5")
        files["CITATION.cff"] = files["CITATION.cff"]?.replacingOccurrences(of: "1.0.0", with: "0.6.5")
        try repository.commit("Release 0.6.5", files: files)
        try repository.tag("v0.6.5", annotated: true)
        try repository.commit("After the release", files: ["src/skytool/after.py": "X = 2\n"])
        let report = try OSSRRepositoryFixture.lint(repository)
        #expect(try report.result("release-version-consistent").status == .pass)
        let unreleased = try report.result("release-unreleased-commits")
        #expect(unreleased.message == "1 commit since release 'v0.6.5' is not released yet")
        let semver = try report.result("release-tag-semver")
        #expect(semver.status == .pass)
        #expect(semver.evidence.contains { $0.subject.contains("'0.21' is a higher version tagged before 'v0.6.5' in the same history") })
    }

    /// The complete repository with `remove` deleted and `add` written, committed and tagged.
    private func lintComplete(removing remove: [String] = [], adding add: [String: String] = [:]) throws -> LintReport {
        let repository = try TemporaryRepository()
        var files = OSSRRepositoryFixture.completeFiles()
        for path in remove { files[path] = nil }
        files.merge(add) { $1 }
        try repository.commit("Import", files: files)
        try repository.tag("v1.0.0", annotated: true)
        return try OSSRRepositoryFixture.lint(repository)
    }

    @Test func aSourceFileNamedContainersIsNotAContainerRecipe() throws {
        let report = try lintComplete(removing: ["Dockerfile"], adding: ["src/containers.py": "class Container:\n    pass\n"])
        #expect(report.notPassing == ["container-recipe-present"])
    }

    @Test func aServerConfPyIsNotSphinxDocumentation() throws {
        let report = try lintComplete(removing: ["docs/conf.py"], adding: ["server/conf.py": "PORT = 8080\nHOST = '0.0.0.0'\n"])
        #expect(report.notPassing == ["docs-present"])
    }

    /// Names people use that the profile missed (issue 17): accepted, with advice to use the
    /// conventional name where forges look for one.
    @Test func unconventionalCommunityFileNamesPassWithAdvice() throws {
        let report = try lintComplete(removing: ["CONTRIBUTING.md", "CODE_OF_CONDUCT.md"],
                                      adding: ["Contribute.md": "# How to help\n", "CodeOfConduct.md": "# Be kind\n"])
        #expect(report.notPassing == [])
        #expect(try report.result("contributing-present").message == "found 'Contribute.md'; the conventional name is 'CONTRIBUTING.md', which forges link to and people look for: consider renaming it")
        #expect(try report.result("code-of-conduct-present").message.hasSuffix("the conventional name is 'CODE_OF_CONDUCT.md', which forges link to and people look for: consider renaming it"))
        let conventional = try lintComplete()
        #expect(try conventional.result("contributing-present").message == "found 'CONTRIBUTING.md'")
    }

    @Test func releaseNotesInASphinxSourceFolderAreReleaseNotes() throws {
        let report = try lintComplete(removing: ["CHANGELOG.md"], adding: ["doc/source/whats_new.rst": "What's new\n==========\n\n1.0.0\n-----\n"])
        #expect(report.notPassing == [])
        let none = try lintComplete(removing: ["CHANGELOG.md"], adding: ["doc/source/usage.rst": "Usage\n=====\n"])
        #expect(none.notPassing == ["release-notes-present"])
    }

    @Test func aFolderOfMarkdownPagesIsDocumentation() throws {
        let pages = ["docs/README.md": "# Guide\n", "docs/installation.md": "# Installation\n", "docs/tutorials/first-steps.md": "# First steps\n"]
        let report = try lintComplete(removing: ["docs/conf.py"], adding: pages)
        #expect(report.notPassing == [])
        #expect(try report.result("docs-present").message.hasPrefix("found 3 documentation pages in 'docs/'"))
    }

    @Test func theProjectReadmeIsJudgedNotADeveloperReadmeBesideIt() throws {
        let developer = "# Developer notes\n\n" + String(repeating: "Run the release script after tagging and check the upload. ", count: 6)
        let report = try lintComplete(adding: ["README.md": "# skytool\n", "README.dev.md": developer])
        // The one-line README says nothing of citing either.
        #expect(report.notPassing == ["readme-present", "readme-citation"])
        #expect(try report.result("readme-present").message == "the README 'README.md' has 0 words of prose, fewer than 30")
    }

    @Test func aTestDataFolderIsNotTests() throws {
        let report = try lintComplete(removing: ["tests/test_reduce.py"], adding: ["test_data/exposure.csv": "1,2,3\n"])
        #expect(report.notPassing == ["tests-present"])
    }

    @Test func aCommittedPrivateKeyFailsWithItsLine() throws {
        let key = "# deploy key\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n"
        let report = try lintComplete(adding: ["deploy/id_ed25519": key])
        #expect(report.notPassing == ["no-private-keys"])
        let result = try report.result("no-private-keys")
        #expect(result.evidence.first?.subject == "deploy/id_ed25519")
        #expect(result.evidence.first?.line == 2)
    }

    /// A key under a name no pattern expected, and tokens in a script and in CI: every text
    /// file is searched, the verdict says how many were read, and no report repeats a secret.
    @Test func secretsAreFoundInAnyTextFileAndNeverRepeated() throws {
        let rsa = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----\n"
        let token = "glpat-AbCdEfGhIjKlMnOpQrSt12"
        let report = try lintComplete(adding: ["deploy_key.txt": rsa, "scripts/push.sh": "#!/bin/sh\ngit push https://oauth2:\(token)@gitlab.example.org/x.git\n",
                                               "data/image.png": "\u{89}PNG", "src/skytool/same.py": rsa])
        #expect(report.notPassing == ["no-private-keys"])
        let result = try report.result("no-private-keys")
        #expect(result.evidence.map(\.location) == ["deploy_key.txt:1", "scripts/push.sh:2", "src/skytool/same.py:1"])
        #expect(result.message.hasPrefix("3 secrets committed, first a PEM private key at deploy_key.txt:1; searched "))
        #expect(result.message.contains("not read: 1 binary"))
        let json = JSONReporter().render(report)
        #expect(!json.contains(token) && !json.contains("MIIEowIBAAKCAQEA"))
        let clean = try lintComplete()
        #expect(try clean.result("no-private-keys").message.hasPrefix("no private key or token in "))
    }

    @Test func aFileOverTenMebibytesIsALargeFile() throws {
        let repository = try TemporaryRepository()
        try repository.write(OSSRRepositoryFixture.completeFiles())
        try repository.write("data/exposures.bin", data: Data(repeating: 0x2A, count: 11 << 20))
        try repository.commit("Import with data")
        try repository.tag("v1.0.0", annotated: true)
        let report = try OSSRRepositoryFixture.lint(repository)
        #expect(report.notPassing == ["no-large-files"])
        #expect(try report.result("no-large-files").evidence.first?.subject == "data/exposures.bin")
    }

    @Test func aCompiledPythonFileIsABinaryArtefact() throws {
        let report = try lintComplete(adding: ["src/skytool/core.cpython-312.pyc": "\u{0B}\r\r\n"])
        #expect(report.notPassing == ["no-binary-artifacts"])
    }

    // MARK: .ossrlint.yml

    @Test func aDisabledRuleIsWaivedWithItsReason() throws {
        let report = try lintComplete(removing: ["Dockerfile"], adding: [".ossrlint.yml": """
            disable:
              - rule: container-recipe-present
                reason: a pure-Python library installed with pip
            """])
        let waived = try report.result("container-recipe-present")
        #expect(waived.status == .waived)
        #expect(waived.message.contains("a pure-Python library installed with pip"))
        #expect(report.notPassing == ["container-recipe-present"])
    }

    @Test func anExcludedPathIsInvisibleToEveryCheck() throws {
        let artefact = ["legacy/lib/old.pyc": "\u{0B}\r\r\n"]
        let included = try lintComplete(adding: artefact)
        #expect(included.notPassing == ["no-binary-artifacts"])
        let excluded = try lintComplete(adding: artefact.merging([".ossrlint.yml": "exclude: ['legacy/**']\n"]) { $1 })
        #expect(excluded.notPassing == [])
    }

    @Test func aSeverityOverrideChangesTheRulesSeverity() throws {
        let report = try lintComplete(adding: [".ossrlint.yml": "severity:\n  no-large-files: info\n  gitignore-present: error\n"])
        #expect(try report.result("no-large-files").severity == .info)
        #expect(try report.result("gitignore-present").severity == .error)
        #expect(try report.result("license-file-present").severity == .error)
    }

    @Test func anExtraRuleFromTheConfigurationRunsAfterTheProfile() throws {
        let report = try lintComplete(adding: [".ossrlint.yml": """
            rules:
              - id: install-section
                title: The README says how to install
                category: documentation
                severity: warning
                check: content-matches
                options: {paths: [README*], pattern: '^#+ *install'}
                rationale: Users need it.
                remediation: Add an Installation section.
            """])
        #expect(report.results.last?.rule == "install-section")
        #expect(report.notPassing == ["install-section"])
    }

    @Test func theStagedIndexSeesALicenceThatIsOnlyStaged() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Import without a licence", files: OSSRRepositoryFixture.completeFiles(licence: false))
        try repository.tag("v1.0.0", annotated: true)
        try repository.write("LICENSE", OSSRRepositoryFixture.mitLicence)
        try repository.stage("LICENSE")
        let committed = try OSSRRepositoryFixture.lint(repository, source: .commit(revision: "HEAD"))
        let staged = try OSSRRepositoryFixture.lint(repository, source: .index)
        #expect(committed.notPassing == ["license-file-present"])
        #expect(staged.notPassing == [])
    }
}

/// A damaged or partial clone: what cannot be read is an error on its path, never "absent".
@Suite struct DamagedRepositoryProfileTests {
    @Test func aMissingLicenceBlobIsAnErrorNotAMissingLicence() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Import", files: OSSRRepositoryFixture.completeFiles())
        try repository.tag("v1.0.0", annotated: true)
        let blob = try repository.revParse("HEAD:LICENSE")
        try FileManager.default.removeItem(at: repository.looseObjectURL(blob))
        let report = try OSSRRepositoryFixture.lint(repository)
        let present = try report.result("license-file-present")
        #expect(present.status == .error)
        #expect(present.message.contains("'LICENSE' is missing from the object database"), "\(present.message)")
        #expect(present.evidence.first?.subject == "LICENSE")
        #expect(try report.result("license-identified").status == .error)
    }
}

/// Linting a release tag itself is the release gate: declared versions must equal that tag,
/// whatever newer tags exist.
@Suite struct ReleaseGateTests {
    @Test func lintingATagComparesMetadataWithThatTagNotTheLatest() throws {
        let repository = try OSSRRepositoryFixture.complete()   // codemeta 1.0.0, tag v1.0.0
        try repository.commit("Forget to bump", files: ["src/skytool/more.py": "Y = 2\n"])
        try repository.tag("v1.1.0", annotated: true)
        let bumped = OSSRRepositoryFixture.completeFiles()["codemeta.json", default: ""]
            .replacingOccurrences(of: "\"1.0.0\"", with: "\"1.2.0\"")
        try repository.commit("Bump to 1.2.0", files: ["codemeta.json": bumped, "CITATION.cff": "cff-version: 1.2.0\ntitle: skytool\nmessage: Please cite it.\nversion: 1.2.0\nauthors:\n  - family-names: Tester\n    given-names: Ada\n"])
        try repository.tag("v1.2.0", annotated: true)

        let gate = try OSSRRepositoryFixture.lint(repository, source: .commit(revision: "v1.1.0"))
        let failing = try gate.result("release-version-consistent")
        #expect(failing.status == .fail)
        #expect(failing.message.contains("the linted release tag 'v1.1.0'"), "\(failing.message)")

        let passing = try OSSRRepositoryFixture.lint(repository, source: .commit(revision: "v1.0.0"))
        let consistent = try passing.result("release-version-consistent")
        #expect(consistent.status == .pass)
        #expect(consistent.message.contains("the linted tag 'v1.0.0'"), "\(consistent.message)")

        let head = try OSSRRepositoryFixture.lint(repository)
        #expect(try head.result("release-version-consistent").status == .pass)
    }
}

/// Folders missing from the object database (a treeless partial clone, a damaged one) make the
/// rules that look there errors, never "no licence file" or "no tests".
@Suite struct MissingFolderTests {
    private func lint(removingTreeAt path: String) throws -> LintReport {
        let repository = try OSSRRepositoryFixture.complete()
        let tree = try repository.revParse("HEAD:\(path)")
        try FileManager.default.removeItem(at: repository.looseObjectURL(tree))
        return try OSSRRepositoryFixture.lint(repository)
    }

    @Test func aMissingFolderMakesTreeWideRulesErrorsAndLeavesRootFileRulesAlone() throws {
        let report = try lint(removingTreeAt: "tests")
        #expect(try report.result("tests-present").status == .error)
        #expect(try report.result("tests-present").message.hasPrefix("folder 'tests' is missing from the object database"))
        #expect(try report.result("license-file-present").status == .error)
        #expect(try report.result("codemeta-required").status == .pass, "codemeta.json is at the root, which was read")
        #expect(try report.result("release-tag-present").status != .error, "tags do not depend on the tree")
    }

    @Test func aMissingRootTreeMakesEveryFileRuleAnError() throws {
        let repository = try OSSRRepositoryFixture.complete()
        let tree = try repository.revParse("HEAD^{tree}")
        try FileManager.default.removeItem(at: repository.looseObjectURL(tree))
        let report = try OSSRRepositoryFixture.lint(repository)
        #expect(try report.result("codemeta-required").status == .error)
        #expect(try report.result("readme-present").status == .error)
        #expect(!report.results.contains { $0.status == .pass && ["license-file-present", "codemeta-present", "tests-present"].contains($0.rule) })
    }
}
