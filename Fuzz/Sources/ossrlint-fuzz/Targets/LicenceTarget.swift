import Foundation
import OSSRLintKit

/// A licence text or a README through the whole licence analysis: normalisation,
/// identification against every reference licence, GNU version wording, pointers to a
/// licence. The input's first line names the file (`LICENSE`, `README.md` …), as in the
/// packaging target. What the analysis concludes must be an SPDX expression.
enum LicenceTarget {
    static let paths = ["LICENSE", "README.md", "COPYING.LESSER", "LICENSES/Apache-2.0.txt"]

    static func run(_ data: Data) {
        guard let index = LicenceTargetSupport.index else { return }
        let file = NamedFile(data, paths: paths)
        let analysis = LicenceAnalysis.analyse([file.path: file.content], index: index)
        if let expression = analysis.expression {
            invariant((try? SPDXExpression.parse(expression)) != nil, "the analysis found '\(expression)', which is not an SPDX expression")
        }
    }
}
