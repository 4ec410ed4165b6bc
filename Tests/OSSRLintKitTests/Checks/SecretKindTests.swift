@testable import OSSRLintKit
import Testing

/// The one-pass pre-check clears a file only when no kind would find anything in it: every
/// token and key, alone, at either end of a text, or beside look-alikes, is still searched.
@Suite struct SecretKindTests {
    private static let secrets = [
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx3abcdefghij\n-----END RSA PRIVATE KEY-----\n",
        "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAA\\n",
        "glpat-abcdefghij0123456789",
        "ghp_" + String(repeating: "a1", count: 18),
        "gho_" + String(repeating: "Z9", count: 18),
        "ghs_" + String(repeating: "x", count: 36),
        "ghu_" + String(repeating: "0", count: 36),
        "github_pat_" + String(repeating: "A_", count: 20),
        "AKIA" + String(repeating: "Q7", count: 8),
    ]

    private static let lookAlikes = [
        "", "-", "g", "A", "AKI", "gh", "glpat", "-----BEGIN", "-----BEGIN RSA PRIVATE KEY-----", "ghp_short", "AKIAshort",
        "high light right gh_ glp AKA AKI- github_pa", "# Notes\n\nSee https://github.com/org/repo and ghost towns.\n",
    ]

    private static func offsets(_ text: String) -> [Int] {
        Array(text.utf8).withUnsafeBytes { bytes in
            SecretKind.allCases.filter { $0 != .zenodoToken }.flatMap { $0.offsets(in: bytes) }
        }
    }

    private static func precheck(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBytes { SecretKind.anyAnchorOccurs(in: $0) }
    }

    @Test func everySecretPassesThePrecheckWhereverItStands() {
        for secret in Self.secrets {
            for text in [secret, "x " + secret, "line\n" + secret + "\n", "A-g " + secret + " tail"] {
                #expect(!Self.offsets(text).isEmpty, "the kinds should find \(text.debugDescription)")
                #expect(Self.precheck(text), "the pre-check cleared \(text.debugDescription)")
            }
        }
    }

    /// Soundness over near misses: each secret with one byte dropped or changed, and the
    /// look-alikes; whatever the pre-check clears, the kinds find nothing in either.
    @Test func whatThePrecheckClearsHoldsNoSecret() {
        var texts = Self.lookAlikes
        for secret in Self.secrets {
            let bytes = Array(secret.utf8)
            for index in bytes.indices {
                var dropped = bytes
                dropped.remove(at: index)
                var changed = bytes
                changed[index] = UInt8(ascii: "x")
                texts += [String(decoding: dropped, as: UTF8.self), String(decoding: changed, as: UTF8.self)]
            }
        }
        var cleared = 0
        for text in texts where !Self.precheck(text) {
            cleared += 1
            #expect(Self.offsets(text).isEmpty, "the pre-check cleared a secret in \(text.debugDescription)")
        }
        #expect(cleared > 20, "near misses of the anchors themselves are cleared")
        #expect(!Self.precheck("# Tool\n\nReduces telescope images.\n"), "plain prose has no anchor")
    }
}
