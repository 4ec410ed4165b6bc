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
        CheckExample("Sphinx docs", options: "{target: docs}", files: ["docs/source/conf.py": "project = 'x'\nextensions = ['sphinx.ext.autodoc']\n"], expected: .pass),
        CheckExample("a conf.py that is not Sphinx", options: "{target: docs}", files: ["server/conf.py": "PORT = 80\n"], expected: .fail),
        CheckExample("MkDocs", options: "{target: docs}", files: ["mkdocs.yml": "site_name: x\n"], expected: .pass),
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
        let readmes = facts.rootEntries.filter { $0.kind.hasContent && $0.path.lossyString.lowercased().hasPrefix("readme") }
        guard !readmes.isEmpty else { return .fail("no README at the root") }
        var thin: [Evidence] = []
        for readme in readmes {
            let text: String
            do { text = try facts.text(of: readme) } catch { return error.outcome }
            let words = Self.proseWordCount(text)
            if words >= minWords { return .pass("'\(readme.path.displayName)' has \(words) words of prose", evidence: [.entry(readme, "\(words) words")]) }
            thin.append(.entry(readme, "\(words) words"))
        }
        return .fail("the README has fewer than \(minWords) words of prose", evidence: thin)
    }

    /// Words outside headings, badges, links' URLs, HTML tags and code fences.
    static func proseWordCount(_ text: String) -> Int {
        var count = 0
        var inFence = false
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence || trimmed.hasPrefix("#") || trimmed.hasPrefix("[![") || trimmed.hasPrefix("![") || trimmed.hasPrefix("<") || trimmed.hasPrefix("..") || trimmed.allSatisfy({ "=-*_ ".contains($0) }) { continue }
            count += trimmed.split { $0.isWhitespace }.filter { word in word.contains { $0.isLetter } && !word.contains("://") }.count
        }
        return count
    }

    private func evaluateDocs(in facts: RevisionFacts) -> CheckOutcome {
        var found: [Evidence] = []
        var unreadable: [Evidence] = []
        facts.forEachEntry(atDepths: nil) { fact in
            guard fact.kind.hasContent, fact.nameContains(any: Self.nameHints) else { return }
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
        guard !found.isEmpty else { return .fail("no documentation site configuration (Sphinx conf.py in a docs folder, mkdocs.yml or .readthedocs.yml)") }
        return .pass("found \(found.count == 1 ? "'\(found[0].subject)'" : "\(found.count) documentation configurations")", evidence: found)
    }

    /// Every name `evaluateDocs` looks for contains one of these.
    static let nameHints = ["mkdocs.y", "readthedocs.y", "conf.py"].map { Array($0.utf8) }

    static func isInsideDocsTree(_ path: String) -> Bool {
        path.split(separator: "/").dropLast().contains { ["doc", "docs", "documentation", "sphinx"].contains($0) }
    }

    /// Sphinx's configuration sets these names; a random `conf.py` does not.
    static func looksLikeSphinx(_ text: String) -> Bool {
        ["extensions", "html_theme", "sphinx", "master_doc", "root_doc", "source_suffix"].contains { text.contains($0) }
    }
}
