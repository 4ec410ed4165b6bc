import Foundation
@testable import OSSRLintKit
import Testing

@Suite struct YAMLPositionedReaderTests {
    /// Every kind, text and position of a value, keys included, one per line.
    private static func dump(_ value: PositionedValue?) -> String {
        guard let value else { return "nothing" }
        var lines: [String] = []
        func visit(_ value: PositionedValue, _ indent: String) {
            let at = "\(value.position.line):\(value.position.column)"
            switch value.kind {
            case let .object(members):
                lines.append("\(indent)object \(at)")
                for member in members {
                    lines.append("\(indent)  key \(member.key.debugDescription) \(member.keyPosition.line):\(member.keyPosition.column)")
                    visit(member.value, indent + "    ")
                }
            case let .array(elements):
                lines.append("\(indent)array \(at)")
                for element in elements { visit(element, indent + "  ") }
            case let .string(text): lines.append("\(indent)string \(text.debugDescription) \(at)")
            case let .number(number, text): lines.append("\(indent)number \(number.bitPattern) \(text.debugDescription) \(at)")
            case let .bool(bool): lines.append("\(indent)bool \(bool) \(at)")
            case .null: lines.append("\(indent)null \(at)")
            }
        }
        visit(value, "")
        return lines.joined(separator: "\n")
    }

    private static func throughEvents(_ text: String) -> String? {
        guard case let .document(value) = YAMLEventComposer.compose(text, as: PositionedValue.self) else { return nil }
        return dump(value)
    }

    private static func throughYams(_ text: String) -> String {
        do { return dump(try YAMLPositionedReader.composed(text)) } catch { return "error \(error.message) \(String(describing: error.position))" }
    }

    static let plainDocuments = [
        "",
        "# only a comment\n",
        "---\n",
        "---\n...\n",
        "title: Tool\nversion: 1.10\nyear: 2024\ncount: 0x1F\nratio: 1_000.5e-3\ntime: 1:30\nflag: yes\nother: Off\nnothing:\nalso: ~\nquoted: 'yes'\ndate: 2023-05-23\n",
        "authors:\n  - family-names: Nöthe\n    given-names: \" Mikołaj\"\n    affiliation: A long affiliation,\n      folded over two lines\n  - name: Astropy Collaboration\n",
        "keywords: [astro, 'x y', 3, {a: b}, []]\nabstract: |\n  Literal\n  text\nmessage: >-\n  Folded\n  text\n",
        "? complex\n: value\nkey with spaces: v\n\"quoted key\": 1\n1: one\ntrue: flag\n",
        "- 1\n- -2.5\n- .inf\n- -.INF\n- .nan\n- 9999999999999999999999\n- 0o17\n- 017\n- 190:20:30\n- <<\n- =\n",
        "just a scalar\n",
    ]

    @Test(arguments: plainDocuments)
    func plainDocumentsReadThroughEventsAsThroughYams(text: String) {
        #expect(Self.throughEvents(text) == Self.throughYams(text))
    }

    @Test func everyCitationFixtureReadsThroughEventsAsThroughYams() throws {
        let folder = CitationFileValidatorTests.folder
        for kind in ["valid", "invalid"] {
            for name in CitationFileValidatorTests.fixtures(kind) {
                let text = try String(contentsOf: folder.appendingPathComponent(kind).appendingPathComponent(name), encoding: .utf8)
                let events = Self.throughEvents(text)
                #expect(events == nil || events == Self.throughYams(text), "\(kind)/\(name)")
                if kind == "valid" { #expect(events != nil, "\(name) should not need Yams") }
            }
        }
        let large = CitationFileValidatorTests.largeCollaborationFile(authors: 300, references: 30)
        #expect(Self.throughEvents(large) == Self.throughYams(large))
    }

    /// What the events cannot say alone goes to Yams, and reads as it always has.
    @Test(arguments: [
        "a: 1\na: 2\n",
        "1: plain\n\"1\": quoted\n",
        "base: &b {x: 1}\ncopy: *b\n",
        "n: !!str 12\n",
        "a: 1\n---\nb: 2\n",
        "[a, b]: c\n",
        "a: [1, 2\n",
        "a: *missing\n",
    ])
    func documentsTheEventsLeaveToYamsReadAsBefore(text: String) throws {
        guard case .unsupported = YAMLEventComposer.compose(text, as: PositionedValue.self) else {
            Issue.record("the events read \(text.debugDescription)")
            return
        }
        let viaRead: String
        do { viaRead = Self.dump(try YAMLPositionedReader.read(Data(text.utf8))) } catch { viaRead = "error \(error.message) \(String(describing: error.position))" }
        #expect(viaRead == Self.throughYams(text))
    }
}
