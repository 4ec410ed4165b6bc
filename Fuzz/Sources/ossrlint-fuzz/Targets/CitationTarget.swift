import Foundation
import OSSRLintKit

/// `CITATION.cff`: the CFF 1.2.0 validation and the version it declares.
enum CitationTarget {
    static func run(_ data: Data) {
        _ = CitationFileValidator().validate(data)
        _ = DeclaredVersions.extract(files: ["CITATION.cff": data])
    }
}
