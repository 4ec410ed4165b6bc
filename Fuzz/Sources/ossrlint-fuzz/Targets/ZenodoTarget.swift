import Foundation
import OSSRLintKit

/// `.zenodo.json`, with and without a `codemeta.json` beside it (which changes what is
/// required), picked by the input's length so that both paths get inputs.
enum ZenodoTarget {
    static func run(_ data: Data) {
        _ = ZenodoMetadataValidator().validate(data, codeMetaPresent: data.count % 2 == 1)
        _ = DeclaredVersions.extract(files: [".zenodo.json": data])
    }
}
