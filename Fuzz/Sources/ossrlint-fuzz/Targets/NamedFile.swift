import Foundation

/// An input that names its file on its first line and holds the content after it, as the
/// packaging and licence corpora are written. A first line naming none of `paths` picks one
/// by its length, so that mutated names still reach every kind of file.
struct NamedFile {
    let path: String
    let content: Data

    init(_ data: Data, paths: [String]) {
        let newline = data.firstIndex(of: 0x0A) ?? data.endIndex
        let name = String(decoding: data[data.startIndex..<newline], as: UTF8.self)
        path = paths.contains(name) ? name : paths[name.utf8.count % paths.count]
        content = newline < data.endIndex ? Data(data[(newline + 1)...]) : Data()
    }
}
