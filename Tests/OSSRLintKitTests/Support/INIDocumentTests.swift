import Foundation
import Testing
@testable import OSSRLintKit

/// setup.cfg read as setuptools (configparser) reads it; each case was read otherwise before.
@Suite struct INIDocumentTests {
    @Test func optionNamesAreCaseBlindAndSectionHeadersEndAtTheirBracket() {
        let text = "[metadata] ; the project\nName = x\nVersion = 1.2.0\nLicense: BSD-3-Clause\n[options]\nversion = 9\n"
        let document = INIDocument(text)
        #expect(document.option("version", in: "metadata")?.value == "1.2.0")
        #expect(document.option("version", in: "metadata")?.line == 3)
        #expect(document.option("license", in: "metadata")?.value == "BSD-3-Clause")
        #expect(document.option("version", in: "options")?.value == "9")
    }

    @Test func deeperLinesContinueAValueAndCommentsAreSkipped() {
        let text = """
            [metadata]
            classifiers =
                Programming Language :: Python
                # a comment inside the list
                License :: OSI Approved :: MIT License

                Topic :: Scientific/Engineering
            license = MIT ; not a comment in configparser
            """
        let document = INIDocument(text)
        #expect(document.option("classifiers", in: "metadata")?.value == "\nProgramming Language :: Python\nLicense :: OSI Approved :: MIT License\nTopic :: Scientific/Engineering")
        #expect(document.option("license", in: "metadata")?.value == "MIT ; not a comment in configparser")
    }

    @Test func licenceAndVersionReadersUseIt() {
        let text = "[metadata]\nVersion = 2.0.1\nLicense = MIT\nclassifiers = License :: OSI Approved :: MIT License\n    Programming Language :: Python\n"
        let metadata = LicenceDeclarationReader.setupConfigMetadata(text)
        #expect(metadata.licence == "MIT")
        #expect(metadata.classifiers == ["License :: OSI Approved :: MIT License"])
        let declared = DeclaredVersions.extract(files: ["setup.cfg": Data(text.utf8)])
        #expect(declared.map(\.value) == ["2.0.1"])
        #expect(declared.first?.line == 2)
    }
}
