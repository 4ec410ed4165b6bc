import Foundation

/// A kind of secret that must never be committed, and how to recognise it in raw bytes.
///
/// Each kind starts at a fixed anchor (`PRIVATE KEY-----`, `glpat-` …) found with `memmem`,
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
            // "-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN OPENSSH PRIVATE KEY-----",
            // "-----BEGIN PGP PRIVATE KEY BLOCK-----": the header's start on the same line.
            return Self.occurrences(of: "PRIVATE KEY", in: text).compactMap { offset in
                let lineStart = Self.lineStart(before: offset, in: text)
                guard let begin = Self.occurrences(of: "-----BEGIN ", in: UnsafeRawBufferPointer(rebasing: text[lineStart..<offset])).first else { return nil }
                let after = offset + 11
                let tail = text[after..<min(text.count, after + 12)]
                guard tail.starts(with: Array("-----".utf8)) || tail.starts(with: Array(" BLOCK-----".utf8)) else { return nil }
                return lineStart + begin
            }
        case .gitLabToken:
            return Self.tokens(after: "glpat-", minimum: 20, in: text, allowed: Self.isTokenByte)
        case .gitHubToken:
            return ["ghp_", "gho_", "ghs_", "ghu_"].flatMap { Self.tokens(after: $0, minimum: 36, in: text, allowed: Self.isAlphanumeric) }
                + Self.tokens(after: "github_pat_", minimum: 40, in: text, allowed: { Self.isAlphanumeric($0) || $0 == UInt8(ascii: "_") })
        case .awsAccessKey:
            return Self.tokens(after: "AKIA", minimum: 16, maximum: 16, in: text) { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
        case .zenodoToken:
            return ZenodoTokenAssignment.offsets(in: text)
        }
    }

    // MARK: Bytes

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// Where `prefix` starts a word followed by `minimum`…`maximum` allowed bytes and then a
    /// byte that is not allowed (so `myghp_x` or a 15-character AKIA id do not count).
    private static func tokens(after prefix: String, minimum: Int, maximum: Int = .max, in text: UnsafeRawBufferPointer, allowed: (UInt8) -> Bool) -> [Int] {
        let prefixLength = prefix.utf8.count
        return occurrences(of: prefix, in: text).filter { offset in
            if offset > 0, isAlphanumeric(text[offset - 1]) { return false }
            var end = offset + prefixLength
            while end < text.count, allowed(text[end]) { end += 1 }
            let length = end - offset - prefixLength
            return length >= minimum && length <= maximum
        }
    }

    /// Every start of `needle` in `text`: `memchr` to the next candidate first byte (many
    /// bytes at a time), then a compare. Glibc's `memmem` is not visible to Swift.
    static func occurrences(of needle: String, in text: UnsafeRawBufferPointer) -> [Int] {
        let bytes = Array(needle.utf8)
        guard let base = text.baseAddress, let first = bytes.first, text.count >= bytes.count else { return [] }
        var found: [Int] = []
        var start = 0
        let last = text.count - bytes.count
        while start <= last {
            guard let hit = memchr(base + start, Int32(first), last - start + 1) else { break }
            let offset = base.distance(to: UnsafeRawPointer(hit))
            if text[offset..<(offset + bytes.count)].elementsEqual(bytes) { found.append(offset) }
            start = offset + 1
        }
        return found
    }

    static func lineStart(before offset: Int, in text: UnsafeRawBufferPointer) -> Int {
        var start = offset
        while start > 0, text[start - 1] != 0x0A { start -= 1 }
        return start
    }
}
