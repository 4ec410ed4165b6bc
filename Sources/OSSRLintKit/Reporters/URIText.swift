/// Strings that must be valid URIs (RFC 3986) in a report: a repository path as a relative
/// reference, a rule's reference as a help link.
///
/// Paths in git may hold any byte but NUL; a URI may hold only unreserved and reserved ASCII,
/// with everything else percent-encoded as UTF-8 bytes. SARIF consumers reject, or worse,
/// misread a `uri` with a space, a `|` or a raw `%`.
enum URIText {
    /// `path`'s bytes as a relative reference: each byte outside the characters a path segment
    /// may hold percent-encoded. `:` is encoded too, so that a first segment such as `C:` is
    /// not read as a scheme, and so are leading slashes, so that `//x` is not read as a host.
    static func relativeReference(_ path: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(path.count + 8)
        var leading = true
        for byte in path {
            let isSlash = byte == UInt8(ascii: "/")
            if isPathCharacter(byte) && !(leading && isSlash) {
                output.append(byte)
            } else {
                appendEncoded(byte, to: &output)
            }
            if !isSlash { leading = false }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `reference` as an absolute `http` or `https` URI with every character the URI grammar
    /// does not allow percent-encoded (a `%` only when it does not start an encoding already),
    /// or nil for any other text: a help link must be a web page, never `javascript:` or a file.
    static func webLink(_ reference: String) -> String? {
        let bytes = Array(reference.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = String(decoding: bytes[..<colon], as: UTF8.self).lowercased()
        guard scheme == "http" || scheme == "https", bytes[(colon + 1)...].starts(with: Array("//".utf8)) else { return nil }
        var output: [UInt8] = Array(bytes[..<colon]) + [UInt8(ascii: ":")]
        var seenFragment = false
        var index = colon + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) {
                output.append(contentsOf: bytes[index...(index + 2)])
                index += 3
                continue
            }
            // Only the first `#` starts the fragment; a fragment holds no `#`.
            if byte == UInt8(ascii: "#") && !seenFragment {
                seenFragment = true
                output.append(byte)
            } else if isPathCharacter(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "?") {
                output.append(byte)
            } else {
                appendEncoded(byte, to: &output)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Unreserved characters, sub-delimiters, `@` and `/`: what a path may hold as it is,
    /// `:` aside (see `relativeReference`).
    private static func isPathCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="):
            true
        case UInt8(ascii: "@"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): true
        default: false
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func appendEncoded(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "%"))
        output.append(hexDigits[Int(byte >> 4)])
        output.append(hexDigits[Int(byte & 0x0F)])
    }
}
