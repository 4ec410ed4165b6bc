import Foundation

/// An HTML page as Python's standard `html.parser` reads it (a real, lenient HTML tokenizer, as
/// a browser's is), built into a tree: what the scorecard tests query instead of searching text.
///
/// The parser also reports end tags that close nothing open, and every declaration, so a test
/// sees markup that text from the repository smuggled in.
public struct HTMLTree: Decodable, Sendable {
    /// One element: its tag, attributes (a valueless attribute reads as ""), and children in order.
    public struct Element: Decodable, Sendable {
        public var tag: String
        public var attributes: [String: String]
        public var children: [Node]

        /// Every element of the subtree, this one first, in document order.
        public var descendants: [Element] {
            [self] + children.flatMap { child -> [Element] in
                if case .element(let element) = child { return element.descendants }
                return []
            }
        }

        /// The text of the subtree, character references decoded.
        public var text: String {
            children.map { child in
                switch child {
                case .text(let text): text
                case .element(let element): element.text
                }
            }.joined()
        }

        public func hasClass(_ name: String) -> Bool {
            (attributes["class"] ?? "").split(separator: " ").contains { $0 == name }
        }

        /// Elements of the subtree (this one included) that satisfy `predicate`.
        public func all(_ predicate: (Element) -> Bool) -> [Element] {
            descendants.filter(predicate)
        }

        /// Elements of the subtree with class `name`.
        public func all(class name: String) -> [Element] {
            all { $0.hasClass(name) }
        }

        /// The one element with id `id`, or nil.
        public func element(id: String) -> Element? {
            descendants.first { $0.attributes["id"] == id }
        }
    }

    /// A child: an element or a run of text.
    public enum Node: Decodable, Sendable {
        case element(Element)
        case text(String)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                self = .element(try container.decode(Element.self))
            }
        }
    }

    /// The document: a synthetic `#document` element holding the top-level nodes.
    public var document: Element
    /// `<!DOCTYPE …>` and other declarations.
    public var declarations: [String]
    /// End tags that did not close the innermost open element.
    public var strayEndTags: [String]
    /// Elements still open at the end (void elements never count).
    public var unclosed: [String]

    /// python3 failed (missing, or the page is not UTF-8): what it said.
    public struct ParserFailed: Error, CustomStringConvertible {
        public var description: String
    }

    /// `html` parsed by python3's `html.parser` (python3 on PATH; .ci/run installs it).
    public static func parse(_ html: String) throws -> HTMLTree {
        try parse(bytes: Data(html.utf8))
    }

    /// `bytes` parsed as `parse` does; a failure when they are not UTF-8.
    public static func parse(bytes: Data) throws -> HTMLTree {
        let output = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script], in: FileManager.default.temporaryDirectory, input: bytes)
        guard output.status == 0 else { throw ParserFailed(description: "python3 html.parser exited \(output.status): \(output.standardError)") }
        return try JSONDecoder().decode(HTMLTree.self, from: Data(output.standardOutput.utf8))
    }

    /// Reads HTML on standard input, writes the tree as JSON.
    private static let script = #"""
        import json, sys
        from html.parser import HTMLParser

        VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

        class TreeBuilder(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.root = {"tag": "#document", "attributes": {}, "children": []}
                self.stack = [self.root]
                self.declarations = []
                self.stray = []

            def handle_starttag(self, tag, attrs):
                element = {"tag": tag, "attributes": {k: (v if v is not None else "") for k, v in attrs}, "children": []}
                self.stack[-1]["children"].append(element)
                if tag not in VOID:
                    self.stack.append(element)

            def handle_startendtag(self, tag, attrs):
                self.stack[-1]["children"].append({"tag": tag, "attributes": {k: (v if v is not None else "") for k, v in attrs}, "children": []})

            def handle_endtag(self, tag):
                if len(self.stack) > 1 and self.stack[-1]["tag"] == tag:
                    self.stack.pop()
                else:
                    self.stray.append(tag)

            def handle_data(self, data):
                self.stack[-1]["children"].append(data)

            def handle_decl(self, decl):
                self.declarations.append(decl)

        sys.stdin.reconfigure(encoding="utf-8", errors="strict")
        builder = TreeBuilder()
        builder.feed(sys.stdin.read())
        builder.close()
        json.dump({"document": builder.root, "declarations": builder.declarations, "strayEndTags": builder.stray,
                   "unclosed": [e["tag"] for e in builder.stack[1:]]}, sys.stdout, ensure_ascii=True)
        """#
}
