import Foundation
import OSSRLintKit

/// A packaging or metadata file as the licence analysis and the release-version rules read
/// it; the input's first line names the file (`pyproject.toml`), the rest is its content.
enum PackagingTarget {
    static let paths = [
        "pyproject.toml", "Cargo.toml", "setup.cfg", "setup.py", "package.json", "DESCRIPTION",
        "conda/meta.yaml", "project.gemspec", "REUSE.toml", ".reuse/dep5", "codemeta.json",
        "CITATION.cff", ".zenodo.json",
    ]

    /// A final release to compare declared versions with.
    static let release = ReleaseVersion(tag: "v1.2.0")

    static func run(_ data: Data) {
        let file = NamedFile(data, paths: paths)
        if let index = LicenceTargetSupport.index {
            _ = LicenceAnalysis.analyse([file.path: file.content], index: index)
        }
        let declared = DeclaredVersions.extract(files: [file.path: file.content])
        if let release {
            _ = DeclaredVersions.mismatches(declared, release: release)
        }
        _ = DeclaredVersions.inconsistencies(declared)
        _ = DeclaredVersions.placeholders(declared)
    }
}
