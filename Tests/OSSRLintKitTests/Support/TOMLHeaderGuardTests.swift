import Testing
@testable import OSSRLintKit

/// The guard in front of TOMLKit: it refuses exactly the table headers toml++ 3.4 would abort
/// on, wherever toml++ would read a header, and nothing inside values, strings or comments.
@Suite struct TOMLHeaderGuardTests {
    @Test(arguments: [
        "[project]\nname = \"x\"\n",
        "[[bin]]\nname = \"x\"\n",
        "[ \"quoted key\" ]\n[ 'literal' . x ]\n[ _private ]\n[-dash]\n[0]\n",
        // Lines of arrays and inline tables, strings and comments are values, not headers.
        "deps = [\n  [ ],\n  [{a = 1}],\n  [\"é\"],\n  # [é] in a comment\n]\n",
        "text = \"\"\"\n[é] is fine in a string\n\"\"\"\nlit = '''\n[=\n'''\n",
        "a = \"\\\"[é]\"\nb = 'x' # [é\n",
        "t = { k = [\n[1] ] }\n[ok]\n",
        "s = \"\"\"quote at the end\"\"\"\"\n[ok]\n",
        // toml++ reports these itself, with an error, and does not abort.
        "[]\n", "[ [a]]\n", "[", "[ ",
    ])
    func acceptsWhatTomlPlusPlusReadsOrRefusesWithAnError(text: String) {
        #expect(TOMLHeaderGuard.isSafe(text))
    }

    @Test(arguments: [
        ("[é]\n", 1), ("a = 1\n\n[\n", 3), ("[ #\n", 1), ("[[[x]]]\n", 1), ("[[ =]]\n", 1),
        ("x = [\n 1,\n]\n[\u{FFFD}]\n", 4), ("s = \"\"\"\n\n\"\"\"\n[.a]\n", 4),
    ])
    func refusesAHeaderWhoseKeyStartsWithNoKeyCharacter(text: String, line: Int) {
        #expect(throws: TOMLHeaderGuard.Refusal(line: line)) { try TOMLHeaderGuard.check(text) }
    }
}
