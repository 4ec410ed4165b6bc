import Foundation
import Testing
@testable import OSSRLintKit

/// A REUSE repository shaped as hermes is: LICENSES/ holds the code's licence and those of the
/// documentation and metadata; LICENSE.md points there; REUSE.toml and the metadata files' own
/// headers license docs and metadata; packaging says the software's licence.
@Suite struct ReuseRepositoryTests {
    let index = LicenceFixtures.index
    func text(_ id: String) -> String { LicenceFixtures.reference(id).text }

    var hermes: [String: String] {
        [
            "LICENSE.md": "# License\n\nThis project is REUSE compliant: see LICENSES/ and the SPDX headers of each file.\n",
            "LICENSES/Apache-2.0.txt": text("Apache-2.0"),
            "LICENSES/CC-BY-SA-4.0.txt": text("CC-BY-SA-4.0"),
            "LICENSES/CC0-1.0.txt": text("CC0-1.0"),
            "REUSE.toml": """
                version = 1

                [[annotations]]
                path = "docs/**"
                SPDX-License-Identifier = "CC-BY-SA-4.0"

                [[annotations]]
                path = ["CITATION.cff", "pyproject.toml", "codemeta.json"]
                SPDX-License-Identifier = "CC0-1.0"
                """,
            "CITATION.cff": "# SPDX-FileCopyrightText: 2023 HERMES team\n# SPDX-License-Identifier: CC0-1.0\ncff-version: 1.2.0\nmessage: cite\ntitle: hermes\nlicense: Apache-2.0\nauthors:\n  - name: HERMES team\n",
            "pyproject.toml": "# SPDX-FileCopyrightText: 2023 HERMES team\n# SPDX-License-Identifier: CC0-1.0\n[project]\nname = \"hermes\"\nlicense = \"Apache-2.0\"\n",
        ]
    }

    @Test func theSoftwareLicenceIsTheOneItsDeclarationsNameAndThePointerIsNoLicence() {
        let analysis = LicenceAnalysis.analyse(texts: hermes, index: index)
        #expect(analysis.expression == "Apache-2.0")
        #expect(analysis.conflicts.isEmpty, "\(analysis.conflicts)")
        #expect(!analysis.files.contains { $0.path == "LICENSE.md" })
        #expect(analysis.pointers.contains { $0.path == "LICENSE.md" })
        #expect(analysis.declared.map(\.value).sorted() == ["Apache-2.0", "Apache-2.0"])
        #expect(analysis.notes.contains { $0.hasPrefix("LICENSES/ also holds 'CC-BY-SA-4.0', 'CC0-1.0'") }, "\(analysis.notes)")
    }

    /// Without a declaration to tell them apart, every licence of LICENSES/ stays in the
    /// expression, as before: nothing says which is the software's.
    @Test func withoutDeclarationsEveryReuseLicenceCounts() {
        var files = hermes
        files["CITATION.cff"] = nil
        files["pyproject.toml"] = nil
        let analysis = LicenceAnalysis.analyse(texts: files, index: index)
        #expect(analysis.expression == "Apache-2.0 AND CC-BY-SA-4.0 AND CC0-1.0")
    }
}
