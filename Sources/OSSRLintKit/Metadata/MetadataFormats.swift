import Foundation

/// Syntax checks shared by the metadata validators: dates, URLs, e-mail, ORCID, SPDX ids.
enum MetadataFormats {
    /// `YYYY-MM-DD` naming a real calendar day (so `2023-02-30` fails).
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// An ISO 8601 date, or a date and time `YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)`.
    static func isISODateOrDateTime(_ text: String) -> Bool {
        guard let separator = text.firstIndex(where: { $0 == "T" || $0 == "t" }) else { return isISODate(text) }
        guard isISODate(String(text[..<separator])) else { return false }
        var time = Substring(text[text.index(after: separator)...])
        if time.hasSuffix("Z") || time.hasSuffix("z") {
            time = time.dropLast()
        } else if let sign = time.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            guard isClock(time[time.index(after: sign)...], withSeconds: false) else { return false }
            time = time[..<sign]
        }
        if let dot = time.firstIndex(of: ".") {
            guard time[time.index(after: dot)...].allSatisfy(\.isNumber), time.index(after: dot) < time.endIndex else { return false }
            time = time[..<dot]
        }
        return isClock(time, withSeconds: nil)
    }

    private static func isClock(_ text: Substring, withSeconds: Bool?) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || (parts.count == 3 && withSeconds != false),
              parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return false }
        return parts.count == 2 || (Int(parts[2]) ?? 99) < 61
    }

    /// An absolute URL with a scheme and a host, such as `https://example.org/x`.
    static func isAbsoluteURL(_ text: String, schemes: Set<String> = ["http", "https"]) -> Bool {
        guard !text.contains(where: \.isWhitespace), let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), schemes.contains(scheme),
              let host = components.host, !host.isEmpty
        else { return false }
        return true
    }

    /// Something shaped like an e-mail address: text, `@`, a domain with a dot.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }

    /// SPDX short-identifier syntax (letters, digits, `.`, `-`, optionally a trailing `+`).
    static func isSPDXIdentifierSyntax(_ text: String) -> Bool {
        let body = text.hasSuffix("+") ? text.dropLast() : Substring(text)
        return !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
    }

    enum ORCIDProblem: Equatable {
        case syntax
        case checksum
    }

    /// Checks an ORCID iD given as `https://orcid.org/0000-0002-1825-0097` (or `http://`, or
    /// the bare 16 characters): four groups of four, the last character a digit or `X` that must
    /// equal the ISO 7064 MOD 11-2 check digit of the first fifteen digits.
    static func orcidProblem(_ text: String) -> ORCIDProblem? {
        var identifier = Substring(text)
        for prefix in ["https://orcid.org/", "http://orcid.org/", "https://www.orcid.org/", "http://www.orcid.org/"] where identifier.hasPrefix(prefix) {
            identifier = identifier.dropFirst(prefix.count)
            break
        }
        let groups = identifier.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.count == 4, groups.allSatisfy({ $0.count == 4 }) else { return .syntax }
        let characters = Array(groups.joined())
        guard characters.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }),
              let last = characters.last, last == "X" || (last.isASCII && last.isNumber)
        else { return .syntax }
        var total = 0
        for character in characters.dropLast() { total = (total + (character.wholeNumberValue ?? 0)) * 2 }
        let check = (12 - total % 11) % 11
        let expected: Character = check == 10 ? "X" : Character(String(check))
        return expected == last ? nil : .checksum
    }

    /// Whether a value is a placeholder left for a person to fill in: `TODO…`, `FIXME…`,
    /// `<…>` or `x.y.z`.
    static func isPlaceholder(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let upper = trimmed.uppercased()
        return upper.hasPrefix("TODO") || upper.hasPrefix("FIXME") || upper.hasPrefix("TBD")
            || (trimmed.hasPrefix("<") && trimmed.hasSuffix(">")) || trimmed.lowercased() == "x.y.z"
    }
}
