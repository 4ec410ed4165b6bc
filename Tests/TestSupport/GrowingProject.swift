/// The first releases of a project whose compliance grows, shared by the history tests: a
/// README and code at v0.1.0, a licence at v0.2.0 (annotated), a CITATION.cff at v0.3.0.
public enum GrowingProject {
    public static func commitFirstThreeReleases(in repository: TemporaryRepository) throws {
        try repository.commit("start", files: ["README.md": "# skytool\n\nReduces images.\n", "src/skytool/core.py": "x = 1\n"])
        try repository.tag("v0.1.0")
        try repository.commit("licence", files: ["LICENSE": CompleteOSSRRepository.mitLicence])
        try repository.tag("v0.2.0", annotated: true)
        try repository.commit("citation", files: ["CITATION.cff": "cff-version: 1.2.0\ntitle: skytool\nmessage: Please cite it.\nversion: 0.3.0\nauthors:\n  - family-names: Tester\n    given-names: Ada\n"])
        try repository.tag("v0.3.0")
    }
}
