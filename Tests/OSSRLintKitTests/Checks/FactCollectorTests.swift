import Foundation
import GitKit
@testable import OSSRLintKit
import Testing
import TestSupport

/// What the collector reads from a real repository, and how checks see it.
@Suite struct FactCollectorTests {
    private func facts(of repository: TemporaryRepository, needs: FactNeeds, excluding excludes: [Glob] = []) throws -> RevisionFacts {
        let snapshot = try RepositorySnapshot(path: repository.path, source: .commit(revision: "HEAD"))
        return FactCollector.collect(snapshot, needs: needs, excluding: excludes)
    }

    private func patterns(_ globs: String...) throws -> PathPatterns {
        try PathPatterns(globs, ignoreCase: false, anyDepth: false, exclude: [])
    }

    @Test func aFileWantedWholeAndAsAPrefixIsReadWhole() throws {
        let repository = try TemporaryRepository()
        let text = "Bootstrap: docker\n" + String(repeating: "# padding\n", count: 1_000) + "-----BEGIN RSA PRIVATE KEY-----\n"
        try repository.commit("Recipe", files: ["image.def": text])
        let entry = SnapshotEntry(path: GitPath("image.def"), kind: .file, objectID: nil)
        let both = try facts(of: repository, needs: .prefixes(try patterns("*.def"), limit: 64).union(.files(try patterns("image.def"))))
        #expect(try both.text(of: entry) == text)
        let prefixOnly = try facts(of: repository, needs: .prefixes(try patterns("*.def"), limit: 64))
        #expect(try prefixOnly.leadingText(of: entry).utf8.count == 64)
        #expect(throws: FileContentProblem.tooLarge(path: entry.path, size: text.utf8.count, limit: 64)) { try prefixOnly.text(of: entry) }
    }

    @Test func aFileOverTheLimitIsKnownByItsSizeAndNeverParsedInPart() throws {
        let repository = try TemporaryRepository()
        let json = "{\"name\": \"" + String(repeating: "x", count: 5_000) + "\"}"
        try repository.commit("Metadata", files: ["codemeta.json": json])
        let facts = try facts(of: repository, needs: .files(try patterns("codemeta.json"), limit: 1_000))
        let entry = try #require(facts.entry(at: GitPath("codemeta.json")))
        #expect(throws: FileContentProblem.tooLarge(path: entry.path, size: json.utf8.count, limit: 1_000)) { try facts.data(of: entry) }
        let check = try CodeMetaCheck(options: .init(aspect: "valid-json"))
        let outcome = check.evaluate(try self.facts(of: repository, needs: .files(try patterns("codemeta.json"), limit: 1_000)))
        #expect(outcome.status == .error)
        #expect(outcome.message.contains("not checked"), "\(outcome.message)")
    }

    /// CITATION.cff is read by three checks (schema, declared version, declared licence): the
    /// collector parses it once, and each reads that one document.
    @Test func aCitationFileIsParsedOnceForEveryCheckThatReadsIt() throws {
        let repository = try TemporaryRepository()
        let citation = "cff-version: 1.2.0\nmessage: cite\ntitle: Tool\nversion: 2.1.0\nlicense: [MIT, Apache-2.0]\nauthors:\n  - name: Team\n"
        try repository.commit("Citation", files: ["CITATION.cff": citation, "README.md": "x\n"])
        let checks: [any CheckKind] = [CitationFileCheck(options: .init()), try ReleaseVersionsCheck(options: .init(require: "consistent"))]
        let facts = try facts(of: repository, needs: FactNeeds.union(checks.map(\.needs)).union(.licenceAnalysis))
        let entry = try #require(facts.entry(at: GitPath("CITATION.cff")))
        let position = try #require(facts.table.position(of: entry.path))
        guard case .success(let root?)? = facts.documents[position] else {
            Issue.record("CITATION.cff was not parsed by the collector")
            return
        }
        #expect(root["title"]?.string == "Tool")
        #expect(facts.documents.count == 1, "only the YAML needs' files are parsed")
        #expect(checks[0].evaluate(facts).status == .pass)
        #expect(checks[1].evaluate(facts).evidence.contains { $0.detail == "version = 2.1.0" })
        let declared = try facts.licenceAnalysis().declared.filter { $0.source.hasPrefix("CITATION.cff") }.map(\.value)
        #expect(declared == ["MIT", "Apache-2.0"])
    }

    @Test func aFileNoNeedSelectedWasNotRead() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Readme", files: ["README.md": "x\n", "a.txt": "y\n"])
        let facts = try facts(of: repository, needs: .files(try patterns("README.md")))
        #expect(try facts.text(of: try #require(facts.entry(at: GitPath("README.md")))) == "x\n")
        let other = try #require(facts.entry(at: GitPath("a.txt")))
        #expect(throws: FileContentProblem.notCollected(path: other.path)) { try facts.text(of: other) }
    }

    @Test func anUnreadableCandidateRecipeIsAnErrorNotAMissingRecipe() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Recipe", files: ["env/image.def": "Bootstrap: docker\nFrom: debian:12\n", "README.md": "x\n"])
        try FileManager.default.removeItem(at: repository.looseObjectURL(try repository.revParse("HEAD:env/image.def")))
        let check = try ContainerRecipeCheck(options: .init(rootOnly: nil))
        let outcome = check.evaluate(try facts(of: repository, needs: check.needs))
        #expect(outcome.status == .error)
        #expect(outcome.evidence.first?.subject == "env/image.def")
    }

    @Test func anUnreadableSphinxConfigurationIsAnErrorNotMissingDocs() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Docs", files: ["docs/conf.py": "extensions = ['sphinx.ext.autodoc']\n", "README.md": "x\n"])
        try FileManager.default.removeItem(at: repository.looseObjectURL(try repository.revParse("HEAD:docs/conf.py")))
        let check = try DocumentationCheck(options: .init(target: "docs", minWords: nil))
        let outcome = check.evaluate(try facts(of: repository, needs: check.needs))
        #expect(outcome.status == .error)
        #expect(outcome.evidence.first?.subject == "docs/conf.py")
    }

    @Test func factsDescribeEachEntryAndVisitTheAskedDepthsShallowestFirst() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Tree", files: ["Docs/Conf.PY": "x\n", "README.md": "x\n", "src/Deep/Main.Swift": "x\n", "vendor/x.c": "x\n"])
        let facts = try facts(of: repository, needs: .paths, excluding: [try Glob("vendor/**", ignoresCase: false)])
        var seen: [String] = []
        facts.forEachEntry(atDepths: nil) { fact in
            let entry = facts.entry(of: fact)
            #expect(Array(fact.pathBytes) == Array(entry.path.bytes))
            #expect(fact.lowercasedPath == entry.path.lossyString.lowercased())
            #expect(fact.kind == entry.kind)
            seen.append("\(fact.depth) \(fact.lowercasedName)")
        }
        #expect(seen == ["1 conf.py", "0 readme.md", "2 main.swift"], "every entry not excluded, in path order")
        var byDepth: [String] = []
        facts.forEachEntry(atDepths: [2, 0]) { byDepth.append(facts.entry(of: $0).path.lossyString) }
        #expect(byDepth == ["README.md", "src/Deep/Main.Swift"])
        facts.forEachEntry(atDepths: [2]) { fact in
            #expect(fact.hasFolder(namedAnyOf: [Array("deep".utf8)]))
            #expect(!fact.hasFolder(namedAnyOf: [Array("main.swift".utf8)]), "the name is not a folder")
            #expect(fact.lowercasedDirectories == ["src", "deep"])
        }
        #expect(facts.entry(at: GitPath("vendor/x.c")) == nil, "an excluded entry is not there")
    }

    @Test func onlyTheLatestReleaseAndTagsOnTheLintedCommitAreWalked() throws {
        let repository = try TemporaryRepository()
        try repository.commit("One", files: ["a": "1\n"])
        try repository.tag("v1.0.0")
        try repository.commit("Two", files: ["a": "2\n"])
        try repository.tag("v1.1.0")
        try repository.commit("Three", files: ["a": "3\n"])
        try repository.tag("nightly")
        let tags = try facts(of: repository, needs: .releases).tags()
        #expect(tags.map(\.name) == ["nightly", "v1.0.0", "v1.1.0"])
        #expect(tags.map(\.relation) == [.ancestor(commitsSince: 0), nil, .ancestor(commitsSince: 1)])
        #expect(try facts(of: repository, needs: .tagNames).tags().allSatisfy { $0.relation == nil }, "names only: no walk")
    }

    /// A secret the regex engine could not reach is an error naming the pattern and the file;
    /// it used to pass.
    @Test func aPatternTheEngineCannotFinishIsAnErrorNotAPass() throws {
        let check = try ContentAbsentCheck(options: .init(paths: ["*.cfg"], pattern: "x = 1(.|\\n)*SECRET", ignoreCase: nil, anyDepth: nil, exclude: nil, maxBytes: nil))
        let example = CheckExample("a secret past 300 KB", files: ["app.cfg": "x = 1" + String(repeating: "abc\n", count: 75_000) + "SECRET\n"], expected: .error)
        let outcome = check.evaluate(example.facts(needs: check.needs))
        #expect(outcome.status == .error)
        #expect(outcome.message.hasPrefix("/x = 1(.|\\n)*SECRET/ could not be searched in 'app.cfg'"), "\(outcome.message)")
    }

    /// From `scanOnAnotherThreadFrom` entries on, the secret scan runs on a second thread with a
    /// repository handle of its own; it finds what the scan on one thread finds (a history's
    /// shared memory keeps it on one), from a packed repository and a loose one alike.
    @Test(arguments: [false, true])
    func theSecretScanOnASecondThreadFindsWhatOneThreadFinds(packed: Bool) throws {
        let repository = try TemporaryRepository()
        var files: [String: String] = [:]
        for number in 0..<(FactCollector.scanOnAnotherThreadFrom + 50) { files["src/module\(number % 40)/file\(number).py"] = "value = \(number)\n" }
        files["deploy/id_rsa"] = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n"
        // The same blob at a second path (read once, found twice), and a text that is a CI
        // file at one path and a plain file at another (searched for more kinds as CI).
        files["backup/id_rsa"] = files["deploy/id_rsa"]
        let token = "variables:\n  ZENODO_TOKEN: abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ01\n"
        files[".gitlab-ci.yml"] = token
        files["notes/ci-copy.yml"] = token
        files["docs/logo.png"] = "not really an image\n"
        try repository.commit("Many files", files: files)
        if packed {
            try repository.git(["pack-objects", "--all", "--quiet", ".git/objects/pack/pack"])
            try repository.git("prune-packed")
        }
        let snapshot = try RepositorySnapshot(path: repository.path, source: .commit(revision: "HEAD"))
        #expect(snapshot.entries.count >= FactCollector.scanOnAnotherThreadFrom)
        #expect(snapshot.forAnotherThread() != nil, "a second reader exists, so the scan goes to a second thread")
        let needs = FactNeeds.everySize.union(.secrets(.standard))
        let twoThreads = FactCollector.collect(snapshot, needs: needs)
        let oneThread = FactCollector.collect(snapshot, needs: needs, memory: FactMemory())
        let scan = try twoThreads.secretScan()
        #expect(scan == (try oneThread.secretScan()))
        #expect(scan.findings.map(\.path).sorted() == [".gitlab-ci.yml", "backup/id_rsa", "deploy/id_rsa"])
        #expect(scan.scannedFiles == FactCollector.scanOnAnotherThreadFrom + 53, "the repeated key is read once")
        #expect(scan.skippedBinary == 1)
    }

    /// A scan that meets its total budget stops at the same file on two threads as on one, and
    /// says how many were left: files judged ahead never count beyond it.
    @Test func theSecretScanStopsAtItsBudgetOnTwoThreadsAsOnOne() throws {
        let repository = try TemporaryRepository()
        var files: [String: String] = [:]
        for number in 0..<(FactCollector.scanOnAnotherThreadFrom + 50) { files["src/module\(number % 40)/file\(number).py"] = "value = \(number)\n" }
        files["zz/id_rsa"] = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n"
        try repository.commit("Many files", files: files)
        let snapshot = try RepositorySnapshot(path: repository.path, source: .commit(revision: "HEAD"))
        let needs = FactNeeds.everySize.union(.secrets(SecretScanLimits(perFile: 1 << 20, total: 20_000)))
        let twoThreads = try FactCollector.collect(snapshot, needs: needs).secretScan()
        let oneThread = try FactCollector.collect(snapshot, needs: needs, memory: FactMemory()).secretScan()
        #expect(twoThreads == oneThread)
        #expect(twoThreads.leftOver > 0)
        #expect(twoThreads.scannedBytes <= 20_000)
        #expect(twoThreads.findings.isEmpty, "the key lies past the budget")
    }
}
