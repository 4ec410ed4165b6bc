import Foundation
import OSSRLintKit
import Testing

@Suite struct DeclaredVersionsTests {
    static let files: [String: Data] = [
        "codemeta.json": Data("{\n  \"version\": \"1.2.0\",\n  \"softwareVersion\": \"1.2.0\"\n}".utf8),
        "CITATION.cff": Data("cff-version: 1.2.0\nversion: 1.2\n".utf8),
        ".zenodo.json": Data("{\"version\": \"v1.2.0\"}".utf8),
        "pyproject.toml": Data("[build-system]\nrequires = []\n\n[project]\nname = \"demo\"\nversion = \"1.2.0rc1\"\n\n[tool.poetry]\nversion = \"1.2.0\"\n".utf8),
        "setup.cfg": Data("[metadata]\nname = demo\nversion = 1.1.0\n".utf8),
        "package.json": Data("{\"name\": \"demo\", \"version\": \"TODO\"}".utf8),
        "Cargo.toml": Data("[package]\nname = \"demo\"\nversion = \"1.2.0\"\n".utf8),
        "DESCRIPTION": Data("Package: demo\nVersion: 1.2.0\nTitle: Demo\n".utf8),
        "docs/codemeta.json": Data("{\"version\": \"9\"}".utf8),
    ]

    @Test func extractsEverySourceWithKeyAndLine() {
        let found = DeclaredVersions.extract(files: Self.files)
        #expect(found.map { "\($0.source)=\($0.value)@\($0.line.map(String.init) ?? "-")" } == [
            "codemeta.json 'version'=1.2.0@2",
            "codemeta.json 'softwareVersion'=1.2.0@3",
            "CITATION.cff 'version'=1.2@2",
            ".zenodo.json 'version'=v1.2.0@1",
            "pyproject.toml 'project.version'=1.2.0rc1@6",
            "pyproject.toml 'tool.poetry.version'=1.2.0@9",
            "setup.cfg 'metadata.version'=1.1.0@3",
            "package.json 'version'=TODO@1",
            "Cargo.toml 'package.version'=1.2.0@3",
            "DESCRIPTION 'Version'=1.2.0@2",
        ])
    }

    @Test func skipsIndirectAndUnparsableDeclarations() {
        let files: [String: Data] = [
            "setup.cfg": Data("[metadata]\nversion = attr: demo.__version__\n".utf8),
            "Cargo.toml": Data("[package]\nversion.workspace = true\n".utf8),
            "pyproject.toml": Data("[project]\ndynamic = [\"version\"]\n".utf8),
            "codemeta.json": Data("{\"version\": ".utf8),
        ]
        #expect(DeclaredVersions.extract(files: files) == [])
    }

    @Test func mismatchesWithTheReleaseNameBothSources() throws {
        let release = try #require(ReleaseVersion(tag: "v1.2.0"))
        let mismatches = DeclaredVersions.mismatches(DeclaredVersions.extract(files: Self.files), release: release)
        #expect(mismatches.map(\.message) == [
            "CITATION.cff 'version' declares '1.2' and the release tag is 'v1.2.0': the same version spelled differently",
            "pyproject.toml 'project.version' declares '1.2.0rc1' but the release tag is 'v1.2.0'",
            "setup.cfg 'metadata.version' declares '1.1.0' but the release tag is 'v1.2.0'",
            "package.json 'version' declares 'TODO' but the release tag is 'v1.2.0'",
        ])
        #expect(mismatches.map(\.agreement) == [.equivalent, .different, .different, .different])
    }

    @Test func inconsistenciesCompareWithTheFirstRealDeclaration() {
        let declared = [
            DeclaredVersion(path: "package.json", key: "version", value: "0.0.0"),
            DeclaredVersion(path: "codemeta.json", key: "softwareVersion", value: "2.0"),
            DeclaredVersion(path: "CITATION.cff", key: "version", value: "v2.0"),
            DeclaredVersion(path: "setup.cfg", key: "metadata.version", value: "2.1"),
        ]
        #expect(DeclaredVersions.inconsistencies(declared).map(\.message) == ["setup.cfg 'metadata.version' declares '2.1' but codemeta.json 'softwareVersion' is '2.0'"])
        #expect(DeclaredVersions.placeholders(declared).map(\.path) == ["package.json"])
    }

    @Test(arguments: ["", "  ", "TODO", "todo: set", "FIXME", "0.0.0", "x.y.z", "X.Y.Z", "<version>", "{{ version }}", "${VERSION}", "unknown"])
    func placeholdersAreRecognised(value: String) {
        #expect(DeclaredVersion(path: "p", key: "k", value: value).isPlaceholder)
    }

    @Test(arguments: ["0.0.1", "1.0.0", "v0.1", "2024.01", "0.0.0.post1"])
    func realVersionsAreNotPlaceholders(value: String) {
        #expect(!DeclaredVersion(path: "p", key: "k", value: value).isPlaceholder)
    }
}
