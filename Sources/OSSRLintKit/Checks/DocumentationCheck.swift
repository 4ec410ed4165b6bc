import GitKit

/// Passes when the repository documents itself: a README with real content (`target: readme`)
/// or a documentation site (`target: docs`): a Sphinx `conf.py` inside a docs tree, `mkdocs.yml`,
/// or a Read the Docs configuration. An arbitrary `conf.py` is not Sphinx.
///
/// ```yaml
/// check: documentation
/// options: { target: readme, minWords: 30 }
/// ```
public struct DocumentationCheck: CheckKind {
    public struct Options: Decodable, Sendable {
        var target: String?
        var minWords: Int?
    }

    public static let id = "documentation"
    public static let summary = "A README with real content, or a documentation site configuration, exists."
    public static let optionsHelp = [
        OptionHelp("target", "'readme' (default): a root README with real content; 'docs': a documentation site"),
        OptionHelp("minWords", "with 'readme': the fewest words of prose, headings and badges aside (default 30)"),
    ]
    public static let examples = [
        CheckExample("a README with prose", files: ["README.md": "# Tool\n\n" + String(repeating: "This tool does useful things. ", count: 8)], expected: .pass),
        CheckExample("a README with only a title", files: ["README.md": "# Tool\n"], expected: .fail),
        CheckExample("README.md is judged, not a developer README beside it",
                     files: ["README.md": "# Tool\n", "README.dev.md": "# Dev\n\n" + String(repeating: "How to build and release this tool. ", count: 8)], expected: .fail),
        CheckExample("a thin developer README beside a real one",
                     files: ["README.dev.md": "# Dev\n", "README.md": "# Tool\n\n" + String(repeating: "This tool does useful things. ", count: 8)], expected: .pass),
        CheckExample("Sphinx docs", options: "{target: docs}", files: ["docs/source/conf.py": "project = 'x'\nextensions = ['sphinx.ext.autodoc']\n"], expected: .pass),
        CheckExample("a conf.py that is not Sphinx", options: "{target: docs}", files: ["server/conf.py": "PORT = 80\n"], expected: .fail),
        CheckExample("MkDocs", options: "{target: docs}", files: ["mkdocs.yml": "site_name: x\n"], expected: .pass),
        CheckExample("a docs folder of Markdown pages", options: "{target: docs}",
                     files: ["docs/README.md": "# Guide\n", "docs/install.md": "# Install\n", "docs/usage/cli.md": "# CLI\n"], expected: .pass),
        CheckExample("a docs folder with one page and images", options: "{target: docs}",
                     files: ["docs/README.md": "# Guide\n", "docs/logo.png": "PNG"], expected: .fail),
    ]

    let wantsDocs: Bool
    let minWords: Int

    /// READMEs at the root, whole; `conf.py` files anywhere, their first 64 KiB (enough to tell
    /// Sphinx's configuration from another program's).
    static let readmes = (try? PathPatterns(["readme*"], ignoreCase: true, anyDepth: false, exclude: [])).map { FactNeeds.files($0) }
    static let sphinxConfigurations = (try? PathPatterns(["conf.py"], ignoreCase: true, anyDepth: true, exclude: [])).map { FactNeeds.prefixes($0, limit: 64 * 1024) }

    public var needs: FactNeeds { (wantsDocs ? Self.sphinxConfigurations : Self.readmes) ?? .paths }

    public var scope: PathScope { wantsDocs ? .tree : .root }

    public init(options: Options) throws(CheckOptionsError) {
        switch options.target ?? "readme" {
        case "readme": wantsDocs = false
        case "docs": wantsDocs = true
        case let other: throw CheckOptionsError("'target' must be 'readme' or 'docs', not '\(other)'")
        }
        minWords = options.minWords ?? 30
    }

    public func evaluate(_ facts: RevisionFacts) -> CheckOutcome {
        wantsDocs ? evaluateDocs(in: facts) : evaluateReadme(in: facts)
    }

    private func evaluateReadme(in facts: RevisionFacts) -> CheckOutcome {
        // The project's README is judged, not whichever README is longest: a rich
        // README.dev.md does not make up for a README.md that says nothing to users.
        guard let readme = ReadmeChoice.ranked(facts.rootEntries).first else { return .fail("no README at the root") }
        let text: String
        do { text = try facts.text(of: readme) } catch { return error.outcome }
        let words = Self.proseWordCount(text)
        if words >= minWords { return .pass("'\(readme.path.displayName)' has \(words) words of prose", evidence: [.entry(readme, "\(words) words")]) }
        return .fail("the README '\(readme.path.displayName)' has \(words) words of prose, fewer than \(minWords)", evidence: [.entry(readme, "\(words) words")])
    }

    /// Words outside headings, badges, links' URLs, HTML tags and code fences. A line of ASCII
    /// (most of a README) is counted on its bytes; a line with other characters as Characters.
    /// Counted as Characters throughout, a 40 KB README took 73 M instructions (callgrind).
    static func proseWordCount(_ text: String) -> Int {
        var count = 0
        var inFence = false
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            var end = start
            // Character's ASCII newlines: LF, VT, FF, CR. A newline is never part of a larger
            // character (CR LF makes one, and both end the line), so lines split here are the
            // lines split as Characters.
            while end < bytes.count, !(0x0A...0x0D).contains(bytes[end]) { end += 1 }
            let line = bytes[start..<end]
            if line.allSatisfy({ $0 < 0x80 }) {
                count += asciiProseWords(line, inFence: &inFence)
            } else {
                // Other newlines (U+0085, U+2028, U+2029) split it further.
                for part in String(decoding: line, as: UTF8.self).split(whereSeparator: \.isNewline) {
                    count += proseWords(part, inFence: &inFence)
                }
            }
            start = end + 1
        }
        return count
    }

    /// The prose words of one line, or none when it is markup; a fence line opens or closes a
    /// code block.
    private static func proseWords(_ line: Substring, inFence: inout Bool) -> Int {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if fenceMarkers.contains(where: { trimmed.hasPrefix($0) }) { inFence.toggle(); return 0 }
        if inFence || markupStarts.contains(where: { trimmed.hasPrefix($0) }) || trimmed.allSatisfy({ ruleCharacters.contains($0) }) { return 0 }
        return trimmed.split { $0.isWhitespace }.filter { word in word.contains { $0.isLetter } && !word.contains(urlMark) }.count
    }

    /// `proseWords` of a line of ASCII, on its bytes: the same tests, where a space or a tab
    /// is whitespace and a letter is A–Z or a–z.
    private static func asciiProseWords(_ line: ArraySlice<UInt8>, inFence: inout Bool) -> Int {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) }) else { return 0 }
        let trimmed = line[first...last]
        if fenceMarkers.contains(where: { trimmed.starts(with: $0.utf8) }) { inFence.toggle(); return 0 }
        if inFence || markupStarts.contains(where: { trimmed.starts(with: $0.utf8) }) || trimmed.allSatisfy({ ruleCharacters.utf8.contains($0) }) { return 0 }
        let url = Array(urlMark.utf8)
        return trimmed.split(whereSeparator: isBlank).filter { word in
            word.contains { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
                && !word.withUnsafeBufferPointer { ByteSearch.contains(url, in: $0) }
        }.count
    }

    /// What opens a code fence; what opens a line of markup rather than prose (a heading, a
    /// badge, an image, HTML, a reStructuredText directive); what a rule or an underline is
    /// made of; and what marks a word as a URL. Both ways of reading a line test these.
    private static let fenceMarkers = ["```", "~~~"]
    private static let markupStarts = ["#", "[![", "![", "<", ".."]
    private static let ruleCharacters = "=-*_ "
    private static let urlMark = "://"

    private func evaluateDocs(in facts: RevisionFacts) -> CheckOutcome {
        var found: [Evidence] = []
        var unreadable: [Evidence] = []
        var pages: [SnapshotEntry] = []
        let hints = Self.nameHints
        facts.forEachEntry(atDepths: nil) { fact in
            if fact.kind.hasContent, Self.isDocumentationPage(fact) { pages.append(facts.entry(of: fact)) }
            guard fact.kind.hasContent, fact.nameContains(any: hints) else { return }
            let name = fact.lowercasedName
            let entry = facts.entry(of: fact)
            if fact.depth == 0, name == "mkdocs.yml" || name == "mkdocs.yaml" {
                found.append(.entry(entry, "MkDocs configuration"))
            } else if fact.depth == 0, name == ".readthedocs.yml" || name == ".readthedocs.yaml" || name == "readthedocs.yml" {
                found.append(.entry(entry, "Read the Docs configuration"))
            } else if name == "conf.py", Self.isInsideDocsTree(fact.lowercasedPath) {
                do throws(FileContentProblem) {
                    if Self.looksLikeSphinx(try facts.leadingText(of: entry)) {
                        found.append(.entry(entry, "Sphinx configuration"))
                    }
                } catch {
                    unreadable.append(error.evidence)
                }
            }
        }
        if found.isEmpty, !unreadable.isEmpty {
            return .error("\(unreadable.count) possible Sphinx configuration\(unreadable.count == 1 ? "" : "s") could not be read", evidence: unreadable)
        }
        if found.isEmpty, pages.count >= Self.fewestPages {
            // Pages a forge renders are documentation, built or not.
            let folder = pages[0].path.displayName.prefix { $0 != "/" }
            return .pass("found \(pages.count) documentation pages in '\(folder)/' (no site generator configured; forges render them as they are)",
                         evidence: pages.prefix(10).map { .entry($0, "documentation page") })
        }
        guard !found.isEmpty else { return .fail("no documentation site configuration (Sphinx conf.py in a docs folder, mkdocs.yml or .readthedocs.yml) and no folder of documentation pages (docs/*.md)") }
        return .pass("found \(found.count == 1 ? "'\(found[0].subject)'" : "\(found.count) documentation configurations")", evidence: found)
    }

    /// A folder of this many pages is documentation; a lone README in docs/ is not yet.
    static let fewestPages = 2
    private static let documentationFolders = ["doc/", "docs/", "documentation/"].map { Array($0.utf8) }
    private static let pageExtensions = [".md", ".markdown", ".rst", ".adoc", ".txt"].map { Array($0.utf8) }

    /// A Markdown, reStructuredText or AsciiDoc page under a top-level documentation folder,
    /// decided on the lower-cased bytes (this runs for every entry of the tree).
    static func isDocumentationPage(_ fact: EntryFacts) -> Bool {
        let path = fact.lowercasedBytes
        // Every documentation folder starts with `d`: one byte turns most paths away before
        // the comparisons, which go byte by byte.
        return fact.depth >= 1 && path.first == UInt8(ascii: "d")
            && documentationFolders.contains { path.starts(with: $0) }
            && pageExtensions.contains { path.count > $0.count && path.suffix($0.count).elementsEqual($0) }
    }

    /// Every name `evaluateDocs` looks for contains one of these.
    static let nameHints = ByteNeedles(["mkdocs.y", "readthedocs.y", "conf.py"])

    static func isInsideDocsTree(_ path: String) -> Bool {
        path.split(separator: "/").dropLast().contains { ["doc", "docs", "documentation", "sphinx"].contains($0) }
    }

    /// Sphinx's configuration sets these names; a random `conf.py` does not.
    static func looksLikeSphinx(_ text: String) -> Bool {
        ["extensions", "html_theme", "sphinx", "master_doc", "root_doc", "source_suffix"].contains { text.contains($0) }
    }
}
