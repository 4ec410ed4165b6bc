import Foundation
import OSSRLintKit

/// `CITATION.cff`: the CFF 1.2.0 validation and the version it declares.
enum CitationTarget {
    static func run(_ data: Data) {
        guard !KnownFindings.overflowsASexagesimalInteger(String(decoding: data, as: UTF8.self)) else { return }
        _ = CitationFileValidator().validate(data)
        _ = DeclaredVersions.extract(files: ["CITATION.cff": data])
    }
}
