/// How a YAML scalar reads as each type a rule file asks for.
///
/// Only plain (unquoted) scalars carry implicit types, as YAML says: `null`, `~` and an empty
/// value are null; `true`/`false` and YAML 1.1's `yes`/`no`/`on`/`off` are Booleans where a
/// Boolean is wanted; numbers may have a sign, `_` separators, `0x`/`0o` prefixes, `.inf` and
/// `.nan`. A quoted scalar is always text; explicit tags are not interpreted. Any scalar reads as a string, so a version written
/// `1.10` stays "1.10".
enum YAMLScalar {
    private static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]
    private static let trues: Set<String> = ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"]
    private static let falses: Set<String> = ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"]

    /// Whether the node is a plain null scalar.
    static func isNull(_ node: YAMLNode) -> Bool {
        guard case let .scalar(text, isPlain) = node.content else { return false }
        return isPlain && nulls.contains(text)
    }

    /// Each reader takes a scalar's text and whether it was plain.
    static func string(_ text: String, isPlain: Bool) -> String? { text }

    static func bool(_ text: String, isPlain: Bool) -> Bool? {
        guard isPlain else { return nil }
        if trues.contains(text) { return true }
        if falses.contains(text) { return false }
        return nil
    }

    static func integer(_ scalar: String, isPlain: Bool) -> Int64? {
        guard isPlain else { return nil }
        var text = Substring(withoutUnderscores(scalar))
        var negative = false
        if let sign = text.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            text = text.dropFirst()
        }
        let magnitude: Int64?
        if text.hasPrefix("0x") {
            magnitude = Int64(text.dropFirst(2), radix: 16)
        } else if text.hasPrefix("0o") {
            magnitude = Int64(text.dropFirst(2), radix: 8)
        } else if !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            magnitude = Int64(text, radix: 10)
        } else {
            magnitude = nil
        }
        return magnitude.map { negative ? -$0 : $0 }
    }

    static func double(_ scalar: String, isPlain: Bool) -> Double? {
        guard isPlain else { return nil }
        let text = withoutUnderscores(scalar)
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        if let integer = integer(scalar, isPlain: isPlain) { return Double(integer) }
        // Digits, one optional point, an optional exponent: what YAML writes as a float.
        // `Double.init` alone would also take "nan", "infinity" and hexadecimal floats.
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }), text.contains(where: \.isNumber) else { return nil }
        return Double(text)
    }

    /// YAML 1.1 digit separators (`10_485_760`) dropped. Most numbers have none, and Foundation's
    /// `replacingOccurrences` cost more than the rest of reading a number.
    private static func withoutUnderscores(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "_")) ? String(text.filter { $0 != "_" }) : text
    }
}
