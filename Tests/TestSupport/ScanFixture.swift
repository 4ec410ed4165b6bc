import Foundation

/// A folder of repositories for `ossrlint scan`, each of a kind a scan must handle: scored
/// repositories of different scores, two of equal score (ties go by name), a bare one, and the
/// ones that cannot be scanned — a garbage HEAD, a commit object deleted, a folder that is no
/// repository, a broken `.ossrlint.yml` — beside a hidden repository and a file, which a folder
/// scan skips. With `hostileNames`, more copies under names built to break each format.
public struct ScanFixture {
    public let folder: RepositoryFolder

    /// The rows a folder scan makes, in the table's order (`bare.git` and `partial` tie).
    public static let scoredInOrder = ["complete", "bare.git", "partial", "twin-a", "twin-b"]
    public static let unscannable = ["bad-config", "corrupt-head", "missing-object", "not-a-repository"]

    /// Names that break a careless format (none holds a `/`, which no folder name can): a line
    /// break, a table pipe, HTML, a terminal escape,
    /// a formula, quotes and commas, and (as bytes, see `invalidUTF8Name`) bytes that are not UTF-8.
    public static let hostileNames = ["line\nbreak", "pipe|cell", "<script>alert(1)", "ansi\u{1B}[31mred", "=HYPERLINK(\"x\",\"y\")", "comma, \"quoted\""]
    public static let invalidUTF8Name: [UInt8] = Array("caf".utf8) + [0xE9, 0xFF]

    public init(hostileNames: Bool = false) throws {
        folder = try RepositoryFolder()
        try folder.add(try CompleteOSSRRepository.make(), named: "complete")

        let partial = try TemporaryRepository()
        try partial.commit("Licence and README", files: [
            "LICENSE": CompleteOSSRRepository.mitLicence,
            "README.md": "# Partial\n\nA project with a licence and a README, and nothing else yet.\n",
        ])
        try folder.add(partial, named: "partial")
        try folder.add(try TemporaryRepository(cloning: partial, arguments: ["--bare"]), named: "bare.git")

        let twin = try TemporaryRepository()
        let commit = try twin.commit("Notes only", files: ["notes.txt": "nothing here yet\n"])
        try folder.add(twin, named: "twin-b")
        try folder.add(twin, named: "twin-a")
        try folder.add(twin, named: ".hidden")

        let corrupt = try folder.add(twin, named: "corrupt-head")
        try Data("garbage\n".utf8).write(to: corrupt.appendingPathComponent(".git/HEAD"))
        let missing = try folder.add(twin, named: "missing-object")
        try FileManager.default.removeItem(at: missing.appendingPathComponent(".git/objects/\(commit.prefix(2))/\(commit.dropFirst(2))"))
        try folder.addFolder(named: "not-a-repository")
        let badConfig = try TemporaryRepository()
        try badConfig.commit("A misspelt key", files: ["notes.txt": "x\n", ".ossrlint.yml": "profle: ossr\n"])
        try folder.add(badConfig, named: "bad-config")
        try Data("a file, not a repository\n".utf8).write(to: folder.url.appendingPathComponent("stray-file.txt"))

        if hostileNames {
            for name in Self.hostileNames { try folder.add(twin, named: name) }
            try folder.add(twin, namedBytes: Self.invalidUTF8Name)
        }
    }
}
