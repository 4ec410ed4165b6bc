import Foundation
@testable import OSSRLintKit
import Testing
import TestSupport

/// The compiled shipped rule sets (`CompiledRuleSets`) against their YAML.
@Suite struct CompiledRuleSetsTests {
    private static let committed = PackageRoot.url.appendingPathComponent(CompiledRuleSetWriter.path)

    @Test func theCompiledValuesAreWrittenFromTheShippedYAML() throws {
        let source = try CompiledRuleSetWriter.source()
        if ProcessInfo.processInfo.environment["OSSRLINT_REGENERATE"] == "1" {
            try Data(source.utf8).write(to: Self.committed)
        }
        let committed = try String(contentsOf: Self.committed, encoding: .utf8)
        let isCurrent = committed == source
        #expect(isCurrent, "stale: run '\(CompiledRuleSetWriter.command)'; first difference: \(Self.firstDifference(committed, source))")
    }

    @Test(arguments: ShippedRuleSets.names)
    func theCompiledSetIsTheSetLoadedFromYAML(name: String) throws {
        let yaml = try #require(ShippedRuleSets.source(named: name))
        let compiled = try #require(CompiledRuleSets.ruleSet(named: name, yaml: yaml), "no compiled values for this YAML")
        let loaded = try RuleSetLoader().load(yaml: yaml, file: "Rules/\(name).yml")
        #expect(compiled.name == loaded.name)
        #expect(compiled.description == loaded.description)
        #expect(compiled.categories == loaded.categories)
        #expect(compiled.rules.map(\.id) == loaded.rules.map(\.id))
        for (mine, theirs) in zip(compiled.rules, loaded.rules) {
            #expect(mine.title == theirs.title, "\(mine.id)")
            #expect(mine.category == theirs.category, "\(mine.id)")
            #expect(mine.severity == theirs.severity, "\(mine.id)")
            #expect(mine.weight == theirs.weight, "\(mine.id)")
            #expect(mine.rationale == theirs.rationale, "\(mine.id)")
            #expect(mine.remediation == theirs.remediation, "\(mine.id)")
            #expect(mine.references == theirs.references, "\(mine.id)")
            #expect(mine.origin == theirs.origin, "\(mine.id)")
            // The configured checks, property by property (compiled patterns print their
            // address; the rest must be equal).
            let (compiledCheck, loadedCheck) = (Self.contents(of: mine.check), Self.contents(of: theirs.check))
            #expect(compiledCheck == loadedCheck, "\(mine.id): \(Self.firstDifference(compiledCheck, loadedCheck))")
        }
    }

    @Test func theShippedProfileLoadsFromItsCompiledValues() throws {
        let yaml = try #require(ShippedRuleSets.source(named: "ossr"))
        let compiled = try #require(CompiledRuleSets.ruleSet(named: "ossr", yaml: yaml))
        let loaded = try RuleSetLoader().load("ossr")
        #expect(loaded.rules.map(\.id) == compiled.rules.map(\.id))
        for (rule, expected) in zip(loaded.rules, compiled.rules) {
            #expect(Self.contents(of: rule.check) == Self.contents(of: expected.check), "\(rule.id)")
        }
    }

    @Test func valuesWrittenFromOtherYAMLAreNotUsed() throws {
        let yaml = try #require(ShippedRuleSets.source(named: "ossr"))
        #expect(CompiledRuleSets.ruleSet(named: "ossr", yaml: yaml + "# edited\n") == nil)
        #expect(CompiledRuleSets.ruleSet(named: "not-shipped", yaml: yaml) == nil)
    }

    @Test func literalsEscapeWhatSwiftWouldReadOtherwise() {
        #expect(CompiledRuleSetWriter.literal("a \"b\" \\(c)\n\t\u{1}é") == #""a \"b\" \\(c)\n\t\u{1}é""#)
    }

    /// `lines` without each line that `starts` picks and the lines indented under it.
    private static func droppingBlocks(in lines: [String], where starts: (String) -> Bool) -> [String] {
        var kept: [String] = []
        var skipDeeperThan: Int?
        for line in lines {
            let depth = line.prefix { $0 == " " }.count
            if let limit = skipDeeperThan, depth > limit { continue }
            skipDeeperThan = nil
            if starts(line) { skipDeeperThan = depth; continue }
            kept.append(line)
        }
        return kept
    }

    /// The first line where two dumps differ, for a message that fits on a screen.
    private static func firstDifference(_ one: String, _ other: String) -> String {
        let (left, right) = (one.split(separator: "\n"), other.split(separator: "\n"))
        guard let index = zip(left, right).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else { return "one dump is longer" }
        return "'\(left[index])' against '\(right[index])'"
    }

    /// `dump` of a check, with what differs between equal values made alike: object addresses,
    /// and the order a `Set` happens to list its members in.
    private static func contents(of check: any CheckKind) -> String {
        var text = ""
        dump(check, to: &text)
        var lines = text.replacing(/0x[0-9a-f]+/, with: "0x…").split(separator: "\n").map(String.init)
        // A compiled value's regular expression is compiled on first use, the YAML's at load
        // (`init(validatedOptions:)`); the source and options beside it must still agree.
        lines = Self.droppingBlocks(in: lines) { $0.contains("compiled: OSSRLintKit.CompiledPattern.") }
        lines = lines.map { line in
            line.replacing(/Set\(\[([^\]]*)\]\)/) { match in
                "Set([" + match.output.1.split(separator: ", ").sorted().joined(separator: ", ") + "])"
            }
        }
        var normalised: [String] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            normalised.append(line)
            index += 1
            guard line.hasSuffix(" members") || line.hasSuffix(" member") else { continue }
            let depth = line.prefix { $0 == " " }.count
            var block: [String] = []
            while index < lines.count, lines[index].prefix(while: { $0 == " " }).count > depth {
                block.append(lines[index])
                index += 1
            }
            normalised += block.sorted()
        }
        return normalised.joined(separator: "\n")
    }
}
