/// Escapes text for XML 1.0 documents that any conforming parser accepts.
///
/// Besides the five markup characters, it replaces the characters XML 1.0 does not allow at
/// all, even as character references (C0 controls other than tab, line feed and carriage
/// return; U+FFFE and U+FFFF), with a visible spelling such as `\u{1B}`. Lone surrogates
/// cannot occur in a Swift `String`. Because `>` is always escaped, `]]>` cannot appear in
/// escaped output, and no CDATA section is ever needed.
enum XMLEscaper {
    /// Escapes character data (the text between tags). Carriage returns become `&#xD;` because
    /// a parser would otherwise turn them into line feeds.
    static func escapeText(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// Escapes an attribute value for use between double or single quotes. Tabs, line feeds
    /// and carriage returns become character references because a parser would otherwise
    /// normalise them to spaces.
    static func escapeAttribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// True when XML 1.0 allows `scalar` in a document (its `Char` production).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#xD;"
            case "\t" where inAttribute: result += "&#x9;"
            case "\n" where inAttribute: result += "&#xA;"
            default:
                if isAllowed(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += VisibleEscape.spelling(of: scalar)
                }
            }
        }
        return result
    }
}
