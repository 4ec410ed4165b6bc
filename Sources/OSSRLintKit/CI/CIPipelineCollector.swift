import Foundation
import GitKit

/// Builds a revision's ``CIPipeline`` for the collector: the root CI files come through the
/// file needs like any other; the local files `.gitlab-ci.yml` includes are only known once it
/// is parsed, so they are read here, from the same revision, within the same size limit.
enum CIPipelineCollector {
    /// `.gitlab-ci.yml` and GitHub's workflows.
    static let roots = try? PathPatterns([".gitlab-ci.y{,a}ml", ".github/workflows/*.y{,a}ml"], ignoreCase: false, anyDepth: false, exclude: [])

    /// What the collector reads before calling `collect`.
    static var need: FileNeed? { roots.map { FileNeed(patterns: $0, limit: FileNeed.defaultLimit, isPrefix: false) } }

    static func collect(_ table: EntryTable, files: [Int: FileContent], from reader: some RevisionReader) -> CIPipeline {
        var pipeline = CIPipeline()
        guard let roots else { return pipeline }
        let source = TreeSource(table: table, reader: reader)
        var found: [(path: String, position: Int)] = []
        roots.forEachSelected(in: table) { fact in
            if fact.kind.hasContent { found.append((table.entries[fact.index].path.displayName, fact.index)) }
        }
        for (path, position) in found {
            pipeline.files.append(path)
            let file = source.parse(path: path, content: files[position])
            switch file.document {
            case .failure(let problem): pipeline.problems.append(problem.value)
            case .success(nil): continue
            case .success(let document?):
                if path.hasPrefix(".github/") {
                    GitHubWorkflowReader.read(document, path: path, into: &pipeline)
                } else {
                    var gitLab = GitLabCIReader(source: source, pipeline: pipeline)
                    gitLab.read(document, path: path)
                    pipeline = gitLab.pipeline
                }
            }
        }
        pipeline.literalSecrets = source.literalSecrets
        return pipeline
    }

    /// The revision's files as GitLab's local includes name them; every file read is also
    /// searched for literal secrets (`SecretKind`), so that a token in an included file counts.
    private final class TreeSource<Reader: RevisionReader>: CIFileSource {
        let table: EntryTable
        let reader: Reader
        var literalSecrets: [CIValue] = []

        init(table: EntryTable, reader: Reader) {
            self.table = table
            self.reader = reader
        }

        func localFiles(matching path: String) -> [CIFile] {
            let relative = path.hasPrefix("/") ? String(path.dropFirst()) : path
            var positions: [Int] = []
            if relative.contains("*") {
                guard let glob = try? Glob(relative) else { return [] }
                positions = table.entries.indices.filter { table.entries[$0].kind.hasContent && glob.matches(table.entries[$0].path.bytes) }
            } else if let position = table.position(of: GitPath(relative)), table.entries[position].kind.hasContent {
                positions = [position]
            }
            return positions.map { position in
                let entry = table.entries[position]
                let content: FileContent
                switch reader.readSizes(of: [entry]).first ?? .success(0) {
                case .failure(let error): content = .unreadable(error)
                case .success(let size) where size > FileNeed.defaultLimit: content = .tooLarge(size: size, limit: FileNeed.defaultLimit)
                case .success(let size):
                    do throws(SnapshotReadError) { content = .bytes(try reader.readContent(of: entry, limit: size), size: size) } catch { content = .unreadable(error) }
                }
                return parse(path: entry.path.displayName, content: content)
            }
        }

        func parse(path: String, content: FileContent?) -> CIFile {
            let start = CILocation(path: path, position: nil)
            let data: Data
            switch content {
            case .bytes(let bytes, let size) where bytes.count == size: data = bytes
            case .bytes(_, let size), .tooLarge(let size, _)?:
                return CIFile(path: path, document: .failure(CIProblem(message: "'\(path)' is \(ByteCount.describe(size)); CI files over \(ByteCount.describe(FileNeed.defaultLimit)) are not read", location: start)))
            case .unreadable(let error)?:
                return CIFile(path: path, document: .failure(CIProblem(message: error.description, location: start)))
            case nil:
                return CIFile(path: path, document: .failure(CIProblem(message: "'\(path)' was not read", location: start)))
            }
            findSecrets(in: data, path: path)
            do throws(YAMLPositionedReader.SyntaxError) {
                return CIFile(path: path, document: .success(try CINode.read(RevisionFacts.text(data), path: path)))
            } catch {
                return CIFile(path: path, document: .failure(CIProblem(message: error.message, location: CILocation(path: path, position: error.position))))
            }
        }

        /// Where each secret starts: the kind and the place, never the text.
        private func findSecrets(in data: Data, path: String) {
            let bytes = [UInt8](data)
            for kind in SecretKind.allCases {
                let offsets = bytes.withUnsafeBytes { kind.offsets(in: $0) }
                for offset in offsets {
                    let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                    let line = bytes[..<offset].count { $0 == 0x0A } + 1
                    let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
                    literalSecrets.append(CIValue(kind.rawValue, at: CILocation(path: path, position: SourcePosition(line: line, column: column))))
                }
            }
        }
    }
}
