import Foundation
import Testing
@testable import OSSRLintKit

@Suite struct URITextTests {
    @Test(arguments: [
        ("src/skytool/_reduce|fast<avx2>.so", "src/skytool/_reduce%7Cfast%3Cavx2%3E.so"),
        ("dir with space/100%.txt", "dir%20with%20space/100%25.txt"),
        ("数据/ü.txt", "%E6%95%B0%E6%8D%AE/%C3%BC.txt"),
        ("C:x/a?b#c", "C%3Ax/a%3Fb%23c"),
        ("//host/x", "%2F%2Fhost/x"),
        ("docs/a-b_c.~d(1)+e@f", "docs/a-b_c.~d(1)+e@f"),
    ])
    func aPathBecomesAPercentEncodedRelativeReference(_ path: String, _ expected: String) {
        #expect(URIText.relativeReference(Array(path.utf8)) == expected)
    }

    /// Every byte git allows in a name, each in a name of its own, plus the hostile fixture's
    /// paths: decoding gives the bytes back, and check-jsonschema accepts every one.
    @Test func everyByteGivesAValidReferenceThatDecodesBack() throws {
        var paths: [[UInt8]] = (1...255).map { Array("dir/a".utf8) + [UInt8($0)] + Array("b".utf8) }
        paths += ReportFixtures.hostile.results.flatMap(\.evidence).map { Array($0.subject.utf8) }
        paths.append([0xFF, 0xFE, 0x2F, 0xC3])  // not UTF-8
        let references = paths.map(URIText.relativeReference)
        for (path, reference) in zip(paths, references) {
            #expect(Self.percentDecoded(reference) == path, "\(reference)")
        }
        let rejected = try #require(try URIFormat.rejected(references, as: .uriReference))
        #expect(rejected.isEmpty, "\(rejected)")
    }

    @Test(arguments: [
        ("https://choosealicense.com/", "https://choosealicense.com/"),
        ("https://example.org/a?b=1&c=<2>", "https://example.org/a?b=1&c=%3C2%3E"),
        ("HTTP://example.org/a%20b/%zz#x#y", "HTTP://example.org/a%20b/%25zz#x%23y"),
        ("https://example.org/数据 x", "https://example.org/%E6%95%B0%E6%8D%AE%20x"),
    ])
    func aWebReferenceBecomesAValidURI(_ reference: String, _ expected: String) throws {
        let link = URIText.webLink(reference)
        #expect(link == expected)
        let rejected = try #require(try URIFormat.rejected([expected], as: .uri))
        #expect(rejected.isEmpty)
    }

    @Test(arguments: ["javascript:alert(1)", "file:///etc/passwd", "mailto:a@b.org", "example.org/page", "https:no-slashes", ""])
    func onlyAWebPageIsAHelpLink(_ reference: String) {
        #expect(URIText.webLink(reference) == nil)
    }

    private static func percentDecoded(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                output.append(value)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }
}
