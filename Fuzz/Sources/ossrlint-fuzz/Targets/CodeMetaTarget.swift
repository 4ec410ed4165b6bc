import Foundation
import OSSRLintKit

/// `codemeta.json` as the `codemeta-*` rules read it, its declared CodeMeta version, and its
/// conversion to `.zenodo.json`, whose output must be JSON that the Zenodo validator can read.
enum CodeMetaTarget {
    /// The licence ids the `codemeta-license` rule accepts, as `CodeMetaCheck` passes them.
    static let knownLicenceIDs = Set(SPDXLicenceFacts.allLicences.map(\.id))

    static func prepare() {
        _ = knownLicenceIDs
    }

    static func run(_ data: Data) {
        _ = CodeMetaValidator(knownLicenseIDs: knownLicenceIDs).validate(data)
        _ = CodeMetaValidator.declaredVersion(of: data)
        guard let zenodo = try? ZenodoConversion.zenodoJSON(fromCodeMeta: data) else { return }
        let converted = Data(zenodo.utf8)
        invariant((try? JSONSerialization.jsonObject(with: converted)) != nil, "the .zenodo.json converted from codemeta.json is not JSON")
        _ = ZenodoMetadataValidator().validate(converted, codeMetaPresent: true)
    }
}
