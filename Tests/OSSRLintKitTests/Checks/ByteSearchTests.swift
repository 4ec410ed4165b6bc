@testable import OSSRLintKit
import Testing

/// The byte-substring search that path tests run on every entry: it agrees with a plain
/// search, folded or not, for needles whose first byte is a letter (a byte-by-byte scan) and
/// for those whose first byte is not (found by memchr).
@Suite struct ByteSearchTests {
    private static func reference(_ needle: [UInt8], _ haystack: [UInt8], folding: Bool) -> Bool {
        let hay = folding ? haystack.map { ByteSearch.fold($0, true) } : haystack
        guard !needle.isEmpty else { return true }
        guard hay.count >= needle.count else { return false }
        return (0...(hay.count - needle.count)).contains { Array(hay[$0..<($0 + needle.count)]) == needle }
    }

    @Test func agreesWithAPlainSearch() {
        let needles = ["", "_", "__pycache__/", ".egg-info/", "egg", "a", "/x", "..", "9z"].map { Array($0.utf8) }
        let haystacks = ["", "_", "src/__pycache__/m.pyc", "__pycache_/", "pkg.EGG-INFO/PKG", "A.egg-info/x", "aaa", "x/y/z",
                         "...", "a_b_c", "__pycache__/", "Egg", "09Z9z"].map { Array($0.utf8) }
        for needle in needles {
            for haystack in haystacks {
                for folding in [false, true] {
                    let found = haystack.withUnsafeBufferPointer { ByteSearch.contains(needle, in: $0, foldingCase: folding) }
                    #expect(found == Self.reference(needle, haystack, folding: folding),
                            "'\(String(decoding: needle, as: UTF8.self))' in '\(String(decoding: haystack, as: UTF8.self))', folding \(folding)")
                }
            }
        }
    }
}

/// The needles a name test looks for at once: found exactly where a plain search of each
/// finds it, including needles that share a first byte, overlap, or run past the text's end.
@Suite struct ByteNeedlesTests {
    @Test func agreeWithAPlainSearchOfEachNeedle() {
        let sets = [["dockerfile", "containerfile", "compose.", "singularity", "apptainer", ".def"],
                    ["licen", "copying"], ["ab", "abc", "b"], ["aab"], ["", "z"], []]
        let texts = ["", "a", "dockerfile", "my.dockerfile", "docker", "compose", "compose.yml", "x.def", ".de",
                     "license", "licence.txt", "copyin", "aaab", "aab", "zz", "b", "file000123.py"]
        for strings in sets {
            let needles = ByteNeedles(strings)
            for text in texts {
                let bytes = Array(text.utf8)
                let expected = strings.contains { !$0.isEmpty && text.contains($0) }
                #expect(bytes.withUnsafeBufferPointer { needles.occur(in: $0) } == expected, "\(strings) in '\(text)'")
            }
        }
    }
}
