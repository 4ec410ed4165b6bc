import Foundation
import Testing
@testable import OSSRLintKit

@Suite struct LicenceAnalysisTests {
    let index = LicenceFixtures.index
    func text(_ id: String) -> String { LicenceFixtures.reference(id).text }

    func analyse(_ texts: [String: String], allPaths: [String] = [], submodules: [String] = []) -> LicenceAnalysis {
        LicenceAnalysis.analyse(texts: texts, allPaths: allPaths, submodules: submodules, index: index)
    }

    @Test func mitLicenceFileAgreeingWithPackageJSON() throws {
        let analysis = analyse(["LICENSE": text("MIT"), "package.json": #"{"license": "mit"}"#])
        #expect(analysis.expression == "MIT")
        #expect(analysis.isOSIApproved)
        #expect(analysis.files == [LicenceFileVerdict(path: "LICENSE", spdx: "MIT", confidence: 1)])
        #expect(analysis.declared == [LicenceDeclaration(source: "package.json license", value: "mit")])
        #expect(analysis.conflicts.isEmpty)
    }

    /// A UTF-16 LICENSE (Windows editors save one) is identified, and a note says to save it
    /// as UTF-8; with a byte-order mark or without, either byte order.
    @Test(arguments: [String.Encoding.utf16, .utf16LittleEndian, .utf16BigEndian])
    func aUTF16LicenceIsIdentifiedWithANote(_ encoding: String.Encoding) throws {
        let data = try #require(text("MIT").data(using: encoding))
        let analysis = LicenceAnalysis.analyse(["LICENSE": data], index: index)
        #expect(analysis.expression == "MIT")
        #expect(analysis.notes.contains { $0.hasPrefix("'LICENSE' is UTF-16 (") && $0.hasSuffix("save it as UTF-8") }, "\(analysis.notes)")
        let plain = LicenceAnalysis.analyse(["LICENSE": Data(text("MIT").utf8)], index: index)
        #expect(!plain.notes.contains { $0.contains("UTF-16") })
    }

    @Test func analysisPrintsAsJSONInTheAgreedShape() throws {
        let analysis = LicenceAnalysis.analyse(["LICENSE": Data(text("MIT").utf8)], index: index)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try #require(String(data: try encoder.encode(analysis), encoding: .utf8))
        #expect(json.hasPrefix(#"{"conflicts":[],"declared":[],"expression":"MIT","files":[{"confidence":1,"path":"LICENSE","spdx":"MIT"}],"#))
        #expect(json.contains(#""osiApproved":true"#))
        let none = try #require(String(data: try encoder.encode(analyse([:])), encoding: .utf8))
        #expect(none.contains(#""expression":null"#))
    }

    @Test func codemetaURLDisagreeingWithTheLicenceFileIsAConflict() throws {
        let analysis = analyse(["LICENSE": text("MIT"), "codemeta.json": #"{"license": "https://spdx.org/licenses/Apache-2.0"}"#])
        #expect(analysis.expression == "MIT")
        let conflict = try #require(analysis.conflicts.first)
        #expect(conflict.sourceA == "codemeta.json license")
        #expect(conflict.valueB == "MIT")
        #expect(conflict.message == "'codemeta.json license' declares 'https://spdx.org/licenses/Apache-2.0' but 'LICENSE' has 'MIT' (no 'Apache-2.0')")
    }

    @Test func reuseLayoutJoinsTheLicenceTexts() {
        let analysis = analyse(["LICENSE": text("MIT"), "LICENSES/MIT.txt": text("MIT"), "LICENSES/CC0-1.0.txt": text("CC0-1.0"),
                                "REUSE.toml": "version = 1\n[[annotations]]\npath = \"data/**\"\nSPDX-License-Identifier = \"CC0-1.0\"\n",
                                "src/a.c": "// SPDX-License-Identifier: MIT\nint a;\n"])
        #expect(analysis.expression == "MIT AND CC0-1.0")
        #expect(!analysis.isOSIApproved)
        #expect(analysis.files.map(\.path) == ["LICENSE", "LICENSES/CC0-1.0.txt", "LICENSES/MIT.txt"])
        #expect(analysis.files.allSatisfy { $0.confidence == 1 })
        #expect(analysis.conflicts.isEmpty)
    }

    @Test func identifierLineWithoutALicenceTextIsAConflict() {
        let analysis = analyse(["LICENSE": text("MIT"), "src/b.c": "/* SPDX-License-Identifier: GPL-2.0-only */\n"])
        #expect(analysis.conflicts.map(\.sourceA) == ["src/b.c SPDX-License-Identifier"])
    }

    @Test func noLicenceAtAllHasNoExpression() {
        let analysis = analyse(["README.md": "# Widget\n\nA tool.\n", "package.json": #"{"name": "w"}"#])
        #expect(analysis.expression == nil)
        #expect(!analysis.isOSIApproved)
        #expect(analysis.files.isEmpty)
    }

    @Test func licenceFileMatchingNothingIsNoAssertion() {
        let analysis = analyse(["LICENSE": "Please see our website for the terms.\n"])
        #expect(analysis.expression == "NOASSERTION")
        #expect(!analysis.isOSIApproved)
        #expect(analysis.notes.contains { $0.hasPrefix("'LICENSE' matches no known licence") })
    }

    @Test func customLicenceIsLicenseRefAndNotOSIApproved() {
        let custom = """
        Copyright (c) 2024 Example Observatory. All rights reserved.
        Permission is granted to use and modify this software for research within the Example
        collaboration. Redistribution is prohibited without prior written permission. The software
        is provided without warranty; the authors are not liable for any damages.
        """
        let analysis = analyse(["LICENSE.txt": custom])
        #expect(analysis.expression == "LicenseRef-custom")
        #expect(!analysis.isOSIApproved)
    }

    @Test func readmeOrLaterWordingDecidesTheGPLVersionAndPointsAtTheLicence() throws {
        let readme = """
        # Widget
        Widget is free software: you can redistribute it under the terms of the GNU General Public
        License as published by the Free Software Foundation, either version 3 of the License, or
        (at your option) any later version. Requires Python 3.10 or later.
        """
        let analysis = analyse(["COPYING": text("GPL-3.0"), "README.md": readme])
        #expect(analysis.expression == "GPL-3.0-or-later")
        #expect(analysis.isOSIApproved)
        let pointer = try #require(analysis.pointers.first)
        #expect(pointer.path == "README.md")
    }

    @Test func gplWithoutAnyOrLaterStatementStaysTheBareFamilyWithANote() {
        let analysis = analyse(["COPYING": text("GPL-3.0"), "README.md": "Requires Python 3.10 or later.\n"])
        #expect(analysis.expression == "GPL-3.0")
        #expect(analysis.notes.contains("'COPYING': no 'or later' statement found for 'GPL-3.0'; assuming -only is not safe"))
    }

    @Test func trovClassifierDecidesOrLaterAndDisagreeingDeclarationsConflict() {
        let pyproject = "[project]\nclassifiers = [\"License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)\"]\n"
        let agreed = analyse(["COPYING": text("GPL-3.0"), "pyproject.toml": pyproject])
        #expect(agreed.expression == "GPL-3.0-or-later")
        #expect(agreed.conflicts.isEmpty)
        let split = analyse(["COPYING": text("GPL-3.0"), "pyproject.toml": pyproject, "package.json": #"{"license": "GPL-3.0-only"}"#])
        #expect(split.expression == "GPL-3.0")
        #expect(split.conflicts.count == 1)
    }

    @Test func readmePointerNeverOverridesTheLicenceFile() throws {
        let analysis = analyse(["LICENSE": text("BSD-3-Clause"), "README.md": "Widget is licensed under the MIT License; see LICENSE.\n"])
        #expect(analysis.expression == "BSD-3-Clause")
        #expect(analysis.pointers == [LicencePointer(path: "README.md", text: "licensed under the MIT License", spdx: "MIT")])
    }

    @Test func vendoredTreeWithoutLicenceIsNoted() {
        let analysis = analyse(["LICENSE": text("MIT")], allPaths: ["LICENSE", "vendor/libfoo/foo.c", "vendor/libbar/LICENSE", "vendor/libbar/bar.c"])
        #expect(analysis.thirdParty.map(\.path) == ["vendor/libfoo", "vendor/libbar"])
        #expect(analysis.thirdParty.map(\.hasLicence) == [false, true])
        #expect(analysis.notes.contains("third-party folder 'vendor/libfoo' has no licence file"))
        #expect(analysis.expression == "MIT")
    }

    @Test func separateLicenceFilesWithADeclaredChoiceAreAlternatives() {
        let analysis = analyse(["LICENSE-MIT": text("MIT"), "LICENSE-APACHE": text("Apache-2.0"),
                                "Cargo.toml": "[package]\nname = \"w\"\nlicense = \"MIT OR Apache-2.0\"\n"])
        #expect(analysis.expression == "Apache-2.0 OR MIT")
        #expect(analysis.conflicts.isEmpty)
        #expect(analyse(["LICENSE-MIT": text("MIT"), "LICENSE-APACHE": text("Apache-2.0")]).expression == "Apache-2.0 AND MIT")
    }

    @Test func gnuLayoutOfCopyingAndCopyingLesserIsTheLesserGPL() {
        let analysis = analyse(["COPYING": text("GPL-3.0"), "COPYING.LESSER": text("LGPL-3.0"),
                                "setup.py": "setup(license='LGPL-3.0-or-later')\n"])
        #expect(analysis.expression == "LGPL-3.0-or-later")
        #expect(analysis.conflicts.isEmpty)
        #expect(analysis.files.map(\.path) == ["COPYING", "COPYING.LESSER"])
    }

    @Test func licenceFileMayCarryItsOwnIdentifierLine() {
        let analysis = analyse(["LICENSE": "SPDX-License-Identifier: MIT\n\n" + text("MIT")])
        #expect(analysis.expression == "MIT")
        #expect(analysis.declared == [LicenceDeclaration(source: "LICENSE SPDX-License-Identifier", value: "MIT")])
    }

    @Test func licenceTextInsideTheReadmeIsAPointerNotAVerdict() {
        let readme = "# Widget\n\nReduces images.\n\n## License\n\n" + text("ISC")
        let analysis = analyse(["README.md": readme])
        #expect(analysis.expression == nil)
        #expect(analysis.pointers.contains(LicencePointer(path: "README.md", text: "the README holds the licence text", spdx: "ISC")))
    }
}
