import Testing
@testable import OSSRLintKit

@Suite struct LicenceEvidenceLocatorTests {
    @Test(arguments: ["LICENSE", "LICENCE", "license.md", "LICENSE.txt", "Licence.rst", "COPYING", "COPYING.LESSER",
                      "UNLICENSE", "LICENSE-MIT", "LICENSE.APACHE", "License.md", "LICENSE-APACHE-2.0.txt", "MIT-LICENSE", "copying.md"])
    func usualLicenceFileNamesAreRecognised(_ name: String) {
        #expect(LicenceEvidenceLocator.isLicenceFileName(name))
    }

    @Test(arguments: ["README.md", "licenses.json", "LICENSE_checker.py.bak~", "COPYRIGHT-NOTES", "license"])
    func otherNamesAreNotLicenceFiles(_ name: String) {
        #expect(LicenceEvidenceLocator.isLicenceFileName(name) == (name == "license"))
    }

    @Test func pathsToReadAreLicenceFilesReuseFilesPackagingAndTheReadme() {
        let paths = ["LICENSE", "README.md", "src/main.swift", "LICENSES/MIT.txt", "LICENSES/CC0-1.0.txt", "REUSE.toml",
                     ".reuse/dep5", "codemeta.json", "CITATION.cff", "pyproject.toml", "setup.cfg", "setup.py", "package.json",
                     "Cargo.toml", "DESCRIPTION", "conda/meta.yaml", "widget.gemspec", "docs/LICENSE", "vendor/libfoo/LICENSE", "Makefile"]
        #expect(LicenceEvidenceLocator.pathsToRead(among: paths) == [
            "LICENSE", "README.md", "LICENSES/MIT.txt", "LICENSES/CC0-1.0.txt", "REUSE.toml", ".reuse/dep5", "codemeta.json",
            "CITATION.cff", "pyproject.toml", "setup.cfg", "setup.py", "package.json", "Cargo.toml", "DESCRIPTION",
            "conda/meta.yaml", "widget.gemspec",
        ])
        #expect(LicenceEvidenceLocator.kind(of: "LICENSES/CC0-1.0.txt") == .reuseLicenceText(spdx: "CC0-1.0"))
    }

    @Test func vendoredTreesAndSubmodulesAreThirdPartyRootsWithTheirLicences() {
        let paths = ["src/a.c", "vendor/libfoo/LICENSE", "vendor/libfoo/foo.c", "third_party/bar/bar.c",
                     "lib/3rdparty/baz/COPYING.txt", "lib/3rdparty/baz/baz.h", "extern/sub/README", "vendor/loose.c"]
        let roots = LicenceEvidenceLocator.thirdPartyRoots(among: paths, submodules: ["extern/sub", "deps/gitmod"])
        #expect(roots == [
            ThirdPartyLicenceRoot(path: "vendor/libfoo", isSubmodule: false, licenceFiles: ["vendor/libfoo/LICENSE"]),
            ThirdPartyLicenceRoot(path: "third_party/bar", isSubmodule: false, licenceFiles: []),
            ThirdPartyLicenceRoot(path: "lib/3rdparty/baz", isSubmodule: false, licenceFiles: ["lib/3rdparty/baz/COPYING.txt"]),
            ThirdPartyLicenceRoot(path: "extern/sub", isSubmodule: true, licenceFiles: []),
            ThirdPartyLicenceRoot(path: "deps/gitmod", isSubmodule: true, licenceFiles: []),
        ])
    }

    /// PyBDSF: natgrid/ carries its own NCAR notice, src/minpack and src/port3 are netlib code
    /// copied in under their names; "no vendored folder" was said of it. The REUSE folder, docs
    /// and the root licence are no vendored code.
    @Test func foldersWithTheirOwnLicenceAndKnownLibrariesAreThirdParty() {
        let paths = ["LICENSE", "natgrid/LICENSE", "natgrid/Src/nnuser.c", "natgrid/Test/nnex01.c", "src/minpack/lmder.f",
                     "src/port3/dn2g.f", "src/c++/stat.cc", "LICENSES/MIT.txt", "docs/license.rst", "bdsf/functions.py"]
        #expect(LicenceEvidenceLocator.thirdPartyRoots(among: paths) == [
            ThirdPartyLicenceRoot(path: "natgrid", isSubmodule: false, licenceFiles: ["natgrid/LICENSE"]),
            ThirdPartyLicenceRoot(path: "src/minpack", isSubmodule: false, licenceFiles: []),
            ThirdPartyLicenceRoot(path: "src/port3", isSubmodule: false, licenceFiles: []),
        ])
    }
}
