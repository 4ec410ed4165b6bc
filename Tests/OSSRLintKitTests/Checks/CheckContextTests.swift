import Foundation
import GitKit
@testable import OSSRLintKit
import Testing
import TestSupport

/// What checks read through the context: shared caches must never change what a check sees.
@Suite struct CheckContextTests {
    @Test func aShortReadIsNotServedToALaterFullRead() throws {
        let repository = try TemporaryRepository()
        let text = "Bootstrap: docker\n" + String(repeating: "# padding\n", count: 1_000) + "-----BEGIN RSA PRIVATE KEY-----\n"
        try repository.commit("Recipe", files: ["image.def": text])
        let snapshot = try RepositorySnapshot(path: repository.path, source: .commit(revision: "HEAD"))
        let context = CheckContext(snapshot: snapshot)
        let entry = try #require(snapshot.entry(at: GitPath("image.def")))
        #expect(try context.text(of: entry, limit: 64).count == 64)
        #expect(try context.text(of: entry) == text)
        #expect(try context.text(of: entry, limit: 64) == text, "a complete cached read serves smaller limits")
    }

    @Test func anUnreadableCandidateRecipeIsAnErrorNotAMissingRecipe() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Recipe", files: ["env/image.def": "Bootstrap: docker\nFrom: debian:12\n", "README.md": "x\n"])
        try FileManager.default.removeItem(at: repository.looseObjectURL(try repository.revParse("HEAD:env/image.def")))
        let snapshot = try RepositorySnapshot(path: repository.path, source: .commit(revision: "HEAD"))
        let check = try ContainerRecipeCheck(options: .init(rootOnly: nil))
        let outcome = check.evaluate(in: CheckContext(snapshot: snapshot))
        #expect(outcome.status == .error)
        #expect(outcome.evidence.first?.subject == "env/image.def")
    }

    @Test func anUnreadableSphinxConfigurationIsAnErrorNotMissingDocs() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Docs", files: ["docs/conf.py": "extensions = ['sphinx.ext.autodoc']\n", "README.md": "x\n"])
        try FileManager.default.removeItem(at: repository.looseObjectURL(try repository.revParse("HEAD:docs/conf.py")))
        let snapshot = try RepositorySnapshot(path: repository.path, source: .commit(revision: "HEAD"))
        let check = try DocumentationCheck(options: .init(target: "docs", minWords: nil))
        let outcome = check.evaluate(in: CheckContext(snapshot: snapshot))
        #expect(outcome.status == .error)
        #expect(outcome.evidence.first?.subject == "docs/conf.py")
    }

    @Test func factsDescribeEachEntryAndVisitTheAskedDepthsShallowestFirst() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Tree", files: ["Docs/Conf.PY": "x\n", "README.md": "x\n", "src/Deep/Main.Swift": "x\n", "vendor/x.c": "x\n"])
        let snapshot = try RepositorySnapshot(path: repository.path, source: .commit(revision: "HEAD"))
        let context = CheckContext(snapshot: snapshot, excluding: [try Glob("vendor/**", ignoresCase: false)])
        var seen: [String] = []
        context.forEachFact(atDepths: nil) { fact in
            let entry = context.entry(of: fact)
            #expect(Array(fact.pathBytes) == Array(entry.path.bytes))
            #expect(fact.lowercasedPath == entry.path.lossyString.lowercased())
            #expect(fact.kind == entry.kind)
            seen.append("\(fact.depth) \(fact.lowercasedName)")
        }
        #expect(seen == ["1 conf.py", "0 readme.md", "2 main.swift"], "every entry not excluded, in path order")
        var byDepth: [String] = []
        context.forEachFact(atDepths: [2, 0]) { byDepth.append(context.entry(of: $0).path.lossyString) }
        #expect(byDepth == ["README.md", "src/Deep/Main.Swift"])
        context.forEachFact(atDepths: [2]) { fact in
            #expect(fact.hasFolder(namedAnyOf: [Array("deep".utf8)]))
            #expect(!fact.hasFolder(namedAnyOf: [Array("main.swift".utf8)]), "the name is not a folder")
            #expect(fact.lowercasedDirectories == ["src", "deep"])
        }
    }

    @Test func contextsSharingFactsMakeThemOnceWhicheverThreadAsksFirst() throws {
        let repository = try TemporaryRepository()
        try repository.commit("Tree", files: ["README.md": "x\n", "src/a.c": "x\n"])
        let snapshot = try RepositorySnapshot(path: repository.path, source: .commit(revision: "HEAD"))
        let first = CheckContext(snapshot: snapshot)
        let second = try CheckContext(first.sibling)
        let entries = first.entries
        let shared = first.sharedFacts
        // Both threads ask at once; each gets the one table.
        let asked = (0..<2).map { _ in Preload { ObjectIdentifier(shared.table(for: entries)) } }
        let tables = try Set(asked.map { try $0.value() })
        #expect(tables.count == 1)
        #expect(tables.first == ObjectIdentifier(second.sharedFacts.table(for: second.entries)))
        var names: [String] = []
        second.forEachFact(atDepths: nil) { names.append($0.lowercasedName) }
        #expect(names == ["readme.md", "a.c"])
    }
}
