import Testing
import Yams
@testable import OSSRLintKit

/// YAML aliases cannot make a small file a huge or endless computation.
@Suite struct YAMLAliasGuardTests {
    /// The classic 730-byte "billion laughs": nine anchors, each a list of nine of the previous.
    static let laughs: String = {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(previous)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func aBillionLaughsIsRefusedAfterCountingLinearly() throws {
        let node = try #require(try Yams.compose(yaml: Self.laughs))
        #expect(throws: YAMLAliasGuard.Refusal.self) { try YAMLAliasGuard.checkExpansion(node) }
    }

    @Test(arguments: ["a: &a {x: 1}\n? *a\n: 1\n", "a: &a x\n*a : 1\n", "a: &a x\nb: {k: 1, *a : 2}\n", "- &a x\n- {*a : 1}\n"])
    func anAliasAsAKeyIsRefusedWithItsPosition(_ yaml: String) {
        #expect(throws: YAMLAliasGuard.Refusal.self) { try YAMLAliasGuard.refuseAliasedKeys(in: yaml) }
    }

    @Test(arguments: [
        "authors:\n  - &ada {family-names: Lovelace}\npreferred-citation:\n  authors: [*ada]\n",
        "title: \"*not: an alias\"\nnote: '? *x'\n# *comment: here\n",
        "abstract: |\n  *emphasis*: text in a block scalar\n  ? *also: text\nnext: 1\n",
        "- &a x\n- *a\n- b: *a\n",
    ])
    func ordinaryYAMLPasses(_ yaml: String) throws {
        try YAMLAliasGuard.refuseAliasedKeys(in: yaml)
        if let node = try Yams.compose(yaml: yaml) { try YAMLAliasGuard.checkExpansion(node) }
    }

    @Test func deepNestingIsRefused() throws {
        let deep = String(repeating: "[", count: 300) + "x" + String(repeating: "]", count: 300)
        let node = try #require(try Yams.compose(yaml: deep))
        #expect(throws: YAMLAliasGuard.Refusal.self) { try YAMLAliasGuard.checkExpansion(node) }
    }

    @Test func aRuleFileWithABombIsAPositionedError() {
        let yaml = "name: x\ndescription: y\n" + Self.laughs
        do {
            _ = try RuleSetLoader().load(yaml: yaml, file: "bomb.yml")
            Issue.record("a bomb loaded")
        } catch {
            #expect(error.description.hasPrefix("bomb.yml:1:1: error: the document expands to more than"), "\(error.description)")
        }
    }
}
