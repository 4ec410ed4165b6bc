import Foundation
@testable import OSSRLintKit
import Testing
import TestSupport
import Yams

/// The nodes composed from libyaml's events are the nodes Yams composes, and what the events
/// leave to Yams is composed by Yams.
@Suite struct YAMLEventComposerTests {
    /// Every node's kind, text, plainness and position, one per line.
    private static func dump(_ node: YAMLNode?) -> String {
        guard let node else { return "nothing" }
        var lines: [String] = []
        func visit(_ node: YAMLNode, _ indent: String) {
            let at = node.position.map { "\($0.line):\($0.column)" } ?? "?"
            switch node.content {
            case let .scalar(text, isPlain): lines.append("\(indent)\(isPlain ? "plain" : "quoted") \(text.debugDescription) \(at)")
            case let .sequence(items):
                lines.append("\(indent)list \(at)")
                for item in items { visit(item, indent + "  ") }
            case let .mapping(pairs):
                lines.append("\(indent)mapping \(at)")
                for pair in pairs {
                    visit(pair.key, indent + "  ? ")
                    visit(pair.value, indent + "    ")
                }
            }
        }
        visit(node, "")
        return lines.joined(separator: "\n")
    }

    private static func throughYams(_ text: String) throws -> String {
        dump(try Yams.compose(yaml: text, RuleSetLoader.resolver).map(YAMLNode.init))
    }

    @Test(arguments: ShippedRuleSets.names)
    func aShippedRuleSetComposesFromEventsAsYamsComposesIt(name: String) throws {
        let yaml = try #require(ShippedRuleSets.source(named: name))
        guard case let .document(node) = YAMLEventComposer.compose(yaml, as: YAMLNode.self) else {
            Issue.record("the events left Rules/\(name).yml to Yams")
            return
        }
        #expect(Self.dump(node) == (try Self.throughYams(yaml)))
    }

    @Test(arguments: [
        "", "# comment only\n", "---\n", "plain: text\nquoted: 'x'\ndouble: \"y\"\nliteral: |\n  a\n  b\nfolded: >-\n  c\n  d\nempty:\n",
        "- [1, 'two', {three: 3}]\n- {}\n- []\n- ? explicit key\n  : value\n", "just text\n", "a: b\n...\n",
    ])
    func plainDocumentsComposeFromEventsAsYamsComposesThem(text: String) throws {
        guard case let .document(node) = YAMLEventComposer.compose(text, as: YAMLNode.self) else {
            Issue.record("the events left \(text.debugDescription) to Yams")
            return
        }
        #expect(Self.dump(node) == (try Self.throughYams(text)))
    }

    @Test(arguments: ["a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\na: 2\n", "a: 1\n---\nb: 2\n", "[a]: b\n", "a: [1\n"])
    func whatOnlyYamsReadsIsLeftToYams(text: String) {
        guard case .unsupported = YAMLEventComposer.compose(text, as: YAMLNode.self) else {
            Issue.record("the events composed \(text.debugDescription)")
            return
        }
    }
}
