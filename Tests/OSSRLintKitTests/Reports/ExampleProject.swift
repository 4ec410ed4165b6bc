import Foundation
import GitKit
import OSSRLintKit
import TestSupport

/// The repository behind `Reports/examples/`: a nearly complete OSSR project with the mistakes
/// real projects make, so that the examples show every status and the escaping of awkward names.
///
/// Against the complete repository it has no CITATION.cff, a codemeta.json with an empty
/// description and a bare "BSD-3-Clause" licence (the LICENSE file is MIT), a two-part release
/// tag `v1.0`, a compiled module whose name holds `|` and `<`, and no Dockerfile, a rule its
/// `.ossrlint.yml` waives with a reason. Commits and tags take `TemporaryRepository`'s fixed
/// dates and identities, so commit ids, and with them the reports, never change.
enum ExampleProject {
    /// The path the reports name: fixed, unlike the temporary folder the repository lives in.
    static let repositoryPath = "example-project"

    /// The compiled module with a pipe and a less-than sign in its name.
    static let artefactPath = "src/skytool/_reduce|fast<avx2>.so"

    static var files: [String: String] {
        var files = CompleteOSSRRepository.files()
        files["CITATION.cff"] = nil
        files["Dockerfile"] = nil
        files["codemeta.json"] = CompleteOSSRRepository.completeCodeMeta
            .replacingOccurrences(of: #""description": "Reduces raw telescope exposures into calibrated images.""#, with: #""description": """#)
            .replacingOccurrences(of: #""license": "https://spdx.org/licenses/MIT""#, with: #""license": "BSD-3-Clause""#)
        files[".ossrlint.yml"] = """
            disable:
              - rule: container-recipe-present
                reason: the pipeline runs on the observatory's batch system, which has no container runtime

            """
        files[artefactPath] = "\u{7F}ELF compiled reduction kernel\n"
        return files
    }

    /// The repository, committed on `main` and tagged `v1.0` (annotated).
    static func make() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.commit("Import skytool", files: files)
        try repository.tag("v1.0", annotated: true)
        return repository
    }

    /// Lints HEAD of `repository` with the real pipeline (its `.ossrlint.yml` included), naming
    /// it `repositoryPath`.
    static func lint(_ repository: TemporaryRepository) throws -> LintReport {
        try OSSRRepositoryFixture.lint(path: repository.path, reportedAs: repositoryPath)
    }

    /// The report in `format` as the CLI prints it to a file (the console without colour).
    static func render(_ report: LintReport, as format: ReportFormat) -> String {
        format.reporter(useColour: false, quiet: false).render(report)
    }

    /// Where the committed example of `format` lives: `Reports/examples/ossr-report.EXT`, or
    /// `ossr-report.FORMAT.EXT` when an earlier format has the extension (Code Quality's JSON
    /// beside the JSON report), so that the older examples keep their names.
    static func exampleURL(for format: ReportFormat) -> URL {
        let first = ReportFormat.allCases.first { $0.fileExtension == format.fileExtension }
        let name = first == format ? "ossr-report.\(format.fileExtension)" : "ossr-report.\(format.rawValue).\(format.fileExtension)"
        return PackageRoot.url.appendingPathComponent("Reports/examples/\(name)")
    }
}
