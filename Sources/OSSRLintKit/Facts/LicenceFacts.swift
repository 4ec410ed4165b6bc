import Foundation
import GitKit

/// The licence analysis as a fact: which files it reads, and how it is made from them.
extension LicenceEvidenceLocator {
    /// The files the analysis may read, as path patterns tested on bytes at depths 0 to 2: a
    /// superset of what `kind(of:)` accepts (it decides among the files read), so that finding
    /// them costs no `String` per entry.
    static let need = FileNeed(patterns: evidencePatterns, limit: FileNeed.defaultLimit, isPrefix: false)
    /// CITATION.cff parsed as YAML, as the metadata checks parse it: one parse for all.
    static let citationNeed: FileNeed = {
        do {
            return FileNeed(patterns: try PathPatterns(["citation.cff"], ignoreCase: true, anyDepth: false, exclude: []),
                            limit: FileNeed.defaultLimit, isPrefix: false, isYAML: true)
        } catch {
            preconditionFailure("the CITATION.cff pattern is a constant and valid: \(error)")
        }
    }()

    private static let evidencePatterns: PathPatterns = {
        let patterns = [
            // Licence files at the root: LICENSE, COPYING.LESSER, UNLICENSE, MIT-LICENSE …
            "{licen[cs]e,unlicen[cs]e,copying}*", "*[-_]licen[cs]e*",
            "reuse.toml", "readme*",
            // Packaging that declares a licence.
            "{codemeta.json,citation.cff,pyproject.toml,setup.cfg,setup.py,package.json,cargo.toml,description,meta.yaml,*.gemspec}",
            // REUSE.
            "licenses/*", ".reuse/dep5",
            // conda recipes.
            "{conda,recipe,conda.recipe,conda-recipe}/meta.yaml", "conda/recipe/meta.yaml",
        ]
        do {
            return try PathPatterns(patterns, ignoreCase: true, anyDepth: false, exclude: [])
        } catch {
            preconditionFailure("the licence evidence patterns are constants and valid: \(error)")
        }
    }()

    /// The analysis of `table`'s licence evidence, from the `files` read for `need`.
    static func analyse(_ table: EntryTable, files: [Int: FileContent], documents: [Int: YAMLDocument] = [:]) throws(FactProblem) -> LicenceAnalysis {
        let index: LicenceIndex
        do { index = try LicenceIndex.shared.get() } catch { throw FactProblem("the licence index cannot be loaded: \(error)") }
        var contents: [String: Data] = [:]
        var parsed: [String: YAMLDocument] = [:]
        for (position, document) in documents { parsed[table.entries[position].path.displayName] = document }
        for (position, content) in files {
            let entry = table.entries[position]
            let path = entry.path.displayName
            guard kind(of: path) != nil else { continue }
            // A licence file that cannot be read must not look absent: the analysis stops and
            // every licence rule reports why.
            switch content {
            case .bytes(let data, let size) where data.count == size: contents[path] = data
            case .bytes(_, let size), .tooLarge(let size, _):
                throw FactProblem(FileContentProblem.tooLarge(path: entry.path, size: size, limit: FileNeed.defaultLimit).description, path: entry.path)
            case .unreadable(let error): throw FactProblem(error.description, path: entry.path)
            }
        }
        var submodules: [String] = []
        var vendorPaths: [String] = []
        // Third-party roots are found from paths through a vendor folder (or a submodule), so
        // only those are handed over, not all of a large tree.
        let vendorFolders = (vendorFolders.union(LicenceEvidenceLocator.knownLibraries)).map { Array($0.utf8) }
        // And licence files below the root: a folder with a licence of its own is someone's code.
        let licenceHints = ByteNeedles(["licen", "copying"])
        // Entries come in path order, so the files of a folder come together: the folders above
        // a file are tested once per folder, not once per file.
        var lastFolder: [UInt8] = []
        var lastFolderIsVendor = false
        table.forEach(atDepths: nil) { fact in
            if fact.kind == .submodule { submodules.append(table.entries[fact.index].path.displayName) }
            let folder = UnsafeBufferPointer(rebasing: fact.lowercasedBytes[..<fact.nameStart])
            // Compared with memcmp: `elementsEqual` went byte by byte, a third of this walk.
            if !lastFolder.withUnsafeBufferPointer({ ByteSearch.equal(folder, $0) }) {
                lastFolder = Array(folder)
                lastFolderIsVendor = fact.hasFolder(namedAnyOf: vendorFolders)
            }
            if lastFolderIsVendor || (fact.depth > 0 && fact.nameContains(any: licenceHints)) {
                vendorPaths.append(table.entries[fact.index].path.displayName)
            }
        }
        return LicenceAnalysis.analyse(contents, parsed: parsed, allPaths: vendorPaths, submodules: submodules, index: index)
    }
}
