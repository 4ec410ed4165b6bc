import Testing
@testable import OSSRLintKit

@Suite struct LicenceDeclarationReaderTests {
    func values(_ format: LicencePackagingFormat, _ path: String, _ text: String) -> [String] {
        LicenceDeclarationReader.declarations(format: format, path: path, text: text).declarations.map(\.value)
    }

    @Test func codemetaLicenceMayBeStringURLListOrObject() {
        #expect(values(.codemeta, "codemeta.json", #"{"license": "https://spdx.org/licenses/MIT"}"#) == ["https://spdx.org/licenses/MIT"])
        #expect(values(.codemeta, "codemeta.json", #"{"license": ["MIT", "Apache-2.0"]}"#) == ["MIT", "Apache-2.0"])
        #expect(values(.codemeta, "codemeta.json", #"{"license": {"@id": "https://spdx.org/licenses/GPL-3.0-or-later"}}"#) == ["https://spdx.org/licenses/GPL-3.0-or-later"])
    }

    @Test func citationCFFLicence() {
        #expect(values(.citation, "CITATION.cff", "cff-version: 1.2.0\ntitle: Widget\nlicense: BSD-3-Clause\n") == ["BSD-3-Clause"])
        #expect(values(.citation, "CITATION.cff", "license:\n  - MIT\n  - Apache-2.0\n") == ["MIT", "Apache-2.0"])
    }

    @Test func pyprojectLicenceAsExpressionTableAndClassifier() {
        #expect(values(.pyproject, "pyproject.toml", "[project]\nname = \"w\"\nlicense = \"MIT OR Apache-2.0\"\nlicense-files = [\"LICEN[CS]E*\"]\n")
            == ["MIT OR Apache-2.0"])
        #expect(values(.pyproject, "pyproject.toml", "[project]\nlicense = {text = \"BSD-3-Clause\"}\nclassifiers = [\"License :: OSI Approved :: BSD License\", \"Programming Language :: Python\"]\n")
            == ["BSD-3-Clause", "License :: OSI Approved :: BSD License"])
        let fileTable = LicenceDeclarationReader.declarations(format: .pyproject, path: "pyproject.toml", text: "[project]\nlicense = {file = \"LICENSE\"}\n")
        #expect(fileTable.declarations.isEmpty)
        #expect(fileTable.notes == ["'pyproject.toml' names the licence file 'LICENSE'"])
    }

    @Test func setupCfgAndSetupPy() {
        #expect(values(.setupConfig, "setup.cfg", "[metadata]\nname = w\nlicense = MIT\nclassifiers =\n    License :: OSI Approved :: MIT License\n    Programming Language :: Python\n[options]\nlicense = nope\n")
            == ["MIT", "License :: OSI Approved :: MIT License"])
        #expect(values(.setupScript, "setup.py", "setup(\n    name='w',\n    license = \"Apache-2.0\",\n    classifiers=['License :: OSI Approved :: Apache Software License'],\n)\n")
            == ["Apache-2.0", "License :: OSI Approved :: Apache Software License"])
    }

    @Test func npmCargoRCondaAndGemspec() {
        #expect(values(.npm, "package.json", #"{"name": "w", "license": "ISC"}"#) == ["ISC"])
        #expect(values(.npm, "package.json", #"{"licenses": [{"type": "MIT"}, {"type": "GPL-2.0"}]}"#) == ["MIT", "GPL-2.0"])
        #expect(values(.cargo, "Cargo.toml", "[package]\nname = \"w\"\nlicense = \"MIT OR Apache-2.0\"\n") == ["MIT OR Apache-2.0"])
        #expect(values(.rDescription, "DESCRIPTION", "Package: w\nLicense: GPL (>= 2) |\n    MIT + file LICENSE\nImports: x\n") == ["GPL (>= 2) | MIT + file LICENSE"])
        #expect(values(.conda, "conda/meta.yaml", "{% set version = \"1.0\" %}\npackage:\n  name: w\nabout:\n  home: https://x\n  license: BSD-3-Clause\n") == ["BSD-3-Clause"])
        #expect(values(.gemspec, "w.gemspec", "Gem::Specification.new do |spec|\n  spec.licenses = [\"MIT\", \"Ruby\"]\nend\n") == ["MIT", "Ruby"])
    }

    /// npm keeps the last of repeated keys (JSON.parse); Foundation's decoder the first.
    @Test func aRepeatedNPMLicenceKeyIsReadAsNPMReadsItWithANote() {
        let text = "{\n  \"license\": \"MIT\",\n  \"name\": \"w\",\n  \"license\": \"GPL-3.0-only\"\n}\n"
        let result = LicenceDeclarationReader.declarations(format: .npm, path: "package.json", text: text)
        #expect(result.declarations.map(\.value) == ["GPL-3.0-only"])
        #expect(result.notes == ["'package.json' has 2 'license' keys; npm uses the last one, at line 4"])
        let nested = #"{"license": "MIT", "publishConfig": {"license": "x", "license": "y"}}"#
        #expect(LicenceDeclarationReader.declarations(format: .npm, path: "package.json", text: nested).notes.isEmpty)
    }

    @Test func malformedFilesGiveANoteNotAThrow() {
        let result = LicenceDeclarationReader.declarations(format: .npm, path: "package.json", text: "{ nope")
        #expect(result.declarations.isEmpty)
        #expect(result.notes.first?.hasPrefix("cannot read the licence of 'package.json'") == true)
    }

    @Test func spdxIdentifierLinesAndReuseAnnotations() {
        let lines = LicenceDeclarationReader.spdxIdentifierLines(path: "src/a.c", text: "/* SPDX-License-Identifier: GPL-2.0-or-later */\nint x;\n")
        #expect(lines == [LicenceDeclaration(source: "src/a.c SPDX-License-Identifier", value: "GPL-2.0-or-later")])
        let toml = LicenceDeclarationReader.reuseDeclarations(path: "REUSE.toml", text: "version = 1\n[[annotations]]\npath = \"data/**\"\nSPDX-License-Identifier = \"CC0-1.0\"\n")
        #expect(toml.declarations.map(\.value) == ["CC0-1.0"])
        let dep5 = LicenceDeclarationReader.reuseDeclarations(path: ".reuse/dep5", text: "Files: data/*\nCopyright: 2024 X\nLicense: CC-BY-4.0\n")
        #expect(dep5.declarations.map(\.value) == ["CC-BY-4.0"])
    }
}
