import Testing
@testable import OSSRLintKit

@Suite struct SHA256Tests {
    /// The examples of FIPS 180-4 (NIST's "SHA256.pdf"), and the padding boundaries: 55 bytes
    /// fit one block with the length, 56 need a second, 64 fill a block exactly.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func digestsMatchTheStandardsExamples(_ message: String, _ digest: String) {
        #expect(SHA256.hex(message) == digest)
    }

    @Test func aMillionAsMatchTheStandardsLongExample() {
        #expect(SHA256.hex(repeatElement(UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths around every padding boundary and bytes of every value, against coreutils.
    @Test func digestsMatchSha256sum() throws {
        guard let tool = ExternalTool.locate("sha256sum", installHint: "apt-get install coreutils") else { return }
        for length in [1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000] {
            let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ length) }
            let file = try TemporaryFile(bytes: message, suffix: ".bin")
            defer { file.remove() }
            let output = try tool.run([file.url.path])
            #expect(output.status == 0)
            #expect(output.stdout.prefix(64) == SHA256.hex(message), "length \(length)")
        }
    }
}
