@testable import GitKit
import Testing

/// Raw tree objects parsed in memory: the plain form read, modes as libgit2 hands them out,
/// and every other form left to libgit2 (nil) rather than guessed at.
@Suite struct TreeObjectTests {
    private let id = [UInt8](repeating: 0xAB, count: 20)

    private func parse(_ entries: [(mode: String, name: String)], idLength: Int = 20) -> TreeObject? {
        var raw: [UInt8] = []
        for entry in entries { raw += Array("\(entry.mode) \(entry.name)".utf8) + [0] + id.prefix(idLength) }
        return raw.withUnsafeBytes { TreeObject(parsing: $0) }
    }

    @Test func thePlainFormIsRead() throws {
        let tree = try #require(parse([("100644", "a.txt"), ("40000", "docs"), ("160000", "sub")]))
        #expect(tree.entries.map(\.mode) == [0o100644, 0o040000, 0o160000])
        #expect(tree.entries.map { Array(tree.names[$0.nameStart..<$0.nameEnd]) } == [Array("a.txt".utf8), Array("docs".utf8), Array("sub".utf8)])
        #expect(tree.entries.allSatisfy { $0.id == ObjectID(hex: String(repeating: "ab", count: 20)) })
        #expect(parse([])?.entries.isEmpty == true)
    }

    @Test(arguments: [
        (0o100664, 0o100644), (0o100755, 0o100755), (0o100744, 0o100755), (0o120000, 0o120000),
        (0o120755, 0o100755), (0o040755, 0o040000), (0o160000, 0o160000), (0o000644, 0o100644),
    ] as [(UInt32, UInt32)])
    func modesAreNormalisedAsLibgit2Does(_ mode: UInt32, _ expected: UInt32) {
        #expect(TreeObject.normalized(mode) == expected)
    }

    @Test(arguments: [
        ("a mode with a sign", [("+100644", "a")], 20),
        ("a mode with a non-octal digit", [("100844", "a")], 20),
        ("no mode", [("", "a")], 20),
        ("a mode over 16 bits", [("1000000", "a")], 20),
        ("an empty name", [("100644", "")], 20),
        ("an id cut short", [("100644", "a")], 19),
    ] as [(String, [(mode: String, name: String)], Int)])
    func otherFormsAreLeftToLibgit2(_ form: String, _ entries: [(mode: String, name: String)], _ idLength: Int) {
        #expect(parse(entries, idLength: idLength) == nil, "\(form)")
    }
}
