import Foundation

/// A kind of secret that must never be committed, and how to recognise it in raw bytes.
///
/// Each kind starts at a fixed anchor (`-----BEGIN `, `glpat-` …) found by `ByteSearch`,
/// then checks the bytes around it, so that a scan costs one pass per anchor over each file
/// and no regular expression. The secret itself is never kept: only where it is.
enum SecretKind: String, CaseIterable, Sendable {
    case privateKey = "a PEM private key"
    case gitLabToken = "a GitLab access token (glpat-)"
    case gitHubToken = "a GitHub token (ghp_, gho_, ghs_, github_pat_)"
    case awsAccessKey = "an AWS access key id (AKIA…)"
    case zenodoToken = "a Zenodo token written into a CI file"

    /// Byte offsets in `text` where a secret of this kind starts (its anchor).
    func offsets(in text: UnsafeRawBufferPointer) -> [Int] {
        switch self {
        case .privateKey:
            // A header line, "-----BEGIN RSA PRIVATE KEY-----" (label: capitals, digits and
            // spaces), then the key's base64 on the next line — after a real line break or a
            // written `\n`, as in a service account's JSON. A header alone (documentation, a
            // pattern) is no key.
            return ByteSearch.occurrences(of: Anchor.pemBegin, in: text).filter { start in
                var index = start + 11
                while index < text.count, Self.isLabelByte(text[index]) { index += 1 }
                let label = UnsafeRawBufferPointer(rebasing: text[(start + 11)..<index])
                guard label.count >= 11, label.suffix(11).elementsEqual("PRIVATE KEY".utf8) || Self.endsWith(label, "PRIVATE KEY BLOCK") else { return false }
                guard text[index...].starts(with: "-----".utf8) else { return false }
                index += 5
                if text[index...].starts(with: "\r\n".utf8) { index += 2 } else if text[index...].starts(with: "\n".utf8) { index += 1 } else if text[index...].starts(with: #"\n"#.utf8) { index += 2 } else { return false }
                var body = 0
                while index + body < text.count, Self.isBase64Byte(text[index + body]) { body += 1 }
                return body >= 16
            }
        case .gitLabToken:
            return Self.tokens(after: Anchor.gitLab, minimum: 20, in: text, allowed: Self.isTokenByte)
        case .gitHubToken:
            return Anchor.gitHubShort.flatMap { Self.tokens(after: $0, minimum: 36, in: text, allowed: Self.isAlphanumeric) }
                + Self.tokens(after: Anchor.gitHubFineGrained, minimum: 40, in: text, allowed: { Self.isAlphanumeric($0) || $0 == UInt8(ascii: "_") })
        case .awsAccessKey:
            return Self.tokens(after: Anchor.aws, minimum: 16, maximum: 16, in: text) { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
        case .zenodoToken:
            return ZenodoTokenAssignment.offsets(in: text)
        }
    }

    /// Whether any anchor of the kinds other than `zenodoToken` occurs in `text`, allocating
    /// nothing: it clears most files before the kinds search them one by one (eight searches and
    /// their result arrays per file were most of a 100k-file scan). A `memchr` for each byte an
    /// anchor starts with skips many bytes at a time; a loop testing every byte cost 14
    /// instructions a byte.
    static func anyAnchorOccurs(in text: UnsafeRawBufferPointer) -> Bool {
        ByteSearch.anyOffset(of: UInt8(ascii: "-"), in: text) { startsWith(Anchor.pemBegin, in: text, at: $0) }
            || ByteSearch.anyOffset(of: UInt8(ascii: "g"), in: text) { offset in Anchor.startingWithG.contains { startsWith($0, in: text, at: offset) } }
            || ByteSearch.anyOffset(of: UInt8(ascii: "A"), in: text) { startsWith(Anchor.aws, in: text, at: $0) }
    }

    private static func startsWith(_ anchor: [UInt8], in text: UnsafeRawBufferPointer, at index: Int) -> Bool {
        guard index + anchor.count <= text.count else { return false }
        for offset in anchor.indices where text[index + offset] != anchor[offset] { return false }
        return true
    }

    /// The fixed bytes each kind starts with, made once: a scan searches ten thousand small
    /// files, and making them per file cost as much as the searching.
    private enum Anchor {
        static let pemBegin = Array("-----BEGIN ".utf8)
        static let gitLab = Array("glpat-".utf8)
        static let gitHubShort = ["ghp_", "gho_", "ghs_", "ghu_"].map { Array($0.utf8) }
        static let gitHubFineGrained = Array("github_pat_".utf8)
        static let aws = Array("AKIA".utf8)
        static let startingWithG = [gitLab] + gitHubShort + [gitHubFineGrained]
    }

    // MARK: Bytes

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x20
    }

    private static func isBase64Byte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
    }

    private static func endsWith(_ bytes: UnsafeRawBufferPointer, _ suffix: String) -> Bool {
        bytes.count >= suffix.utf8.count && bytes.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// Where `prefix` starts a word followed by `minimum`…`maximum` allowed bytes and then a
    /// byte that is not allowed (so `myghp_x` or a 15-character AKIA id do not count).
    private static func tokens(after prefix: [UInt8], minimum: Int, maximum: Int = .max, in text: UnsafeRawBufferPointer, allowed: (UInt8) -> Bool) -> [Int] {
        let prefixLength = prefix.count
        return ByteSearch.occurrences(of: prefix, in: text).filter { offset in
            if offset > 0, isAlphanumeric(text[offset - 1]) { return false }
            var end = offset + prefixLength
            while end < text.count, allowed(text[end]) { end += 1 }
            let length = end - offset - prefixLength
            return length >= minimum && length <= maximum
        }
    }

}
