/// Parses version strings by hand rather than with regular expressions: the grammars are small,
/// a scanner reports nothing it cannot explain, and tag lists with thousands of entries parse
/// without compiling or running a regex engine.
enum VersionParser {
    struct Parsed {
        var scheme: VersionScheme
        var epoch = 0
        var release: [Int]
        var preRelease: [PreReleaseIdentifier]?
        var postRelease: Int?
        var devRelease: Int?
        var build: String?
        var isSemVer = false
    }

    static func parse(_ text: String) -> Parsed? {
        // Bytes, not Characters: a project may have thousands of tags, and grapheme breaking
        // cost more than the parsing. Version grammars are ASCII; other bytes never match.
        let bytes = Array(text.utf8)
        var body = bytes[...]
        if let first = body.first, first == UInt8(ascii: "v") || first == UInt8(ascii: "V") { body = body.dropFirst() }
        guard !body.isEmpty else { return nil }
        if var parsed = parseSemVer(body) {
            parsed.isSemVer = true
            if parsed.preRelease == nil, isCalendar(body.prefix { $0 != UInt8(ascii: "+") }) { parsed.scheme = .calVer }
            return parsed
        }
        guard var parsed = parsePEP440(Substring(decoding: body, as: UTF8.self)) else { return nil }
        let plain = parsed.epoch == 0 && parsed.preRelease == nil && parsed.postRelease == nil
            && parsed.devRelease == nil && parsed.build == nil
        if plain, isCalendar(body) {
            parsed.scheme = .calVer
        } else if plain, parsed.release.count == 2, body.split(separator: dot).allSatisfy(isCanonicalNumber) {
            parsed.scheme = .twoPart
        }
        return parsed
    }

    private static let dot = UInt8(ascii: ".")

    // MARK: SemVer 2.0

    static func parseSemVer(_ text: ArraySlice<UInt8>) -> Parsed? {
        var rest = text
        var build: String?
        if let plus = rest.firstIndex(of: UInt8(ascii: "+")) {
            let metadata = rest[(plus + 1)...]
            guard metadata.split(separator: dot, omittingEmptySubsequences: false).allSatisfy(isIdentifier) else { return nil }
            build = String(decoding: metadata, as: UTF8.self)
            rest = rest[..<plus]
        }
        var pre: [PreReleaseIdentifier]?
        if let dash = rest.firstIndex(of: UInt8(ascii: "-")) {
            var parsed: [PreReleaseIdentifier] = []
            for identifier in rest[(dash + 1)...].split(separator: dot, omittingEmptySubsequences: false) {
                guard isIdentifier(identifier) else { return nil }
                if identifier.allSatisfy(isDigit) {
                    guard isCanonicalNumber(identifier), let number = integer(identifier) else { return nil }
                    parsed.append(.numeric(number))
                } else {
                    parsed.append(.alphanumeric(String(decoding: identifier, as: UTF8.self)))
                }
            }
            pre = parsed
            rest = rest[..<dash]
        }
        guard let numbers = dottedNumbers(rest), numbers.count == 3 else { return nil }
        return Parsed(scheme: .semVer, release: numbers, preRelease: pre, build: build)
    }

    /// `N.N…` of canonical numbers (no leading zero) as integers; nil for anything else. Scanned
    /// in place: thousands of tags are parsed per run.
    private static func dottedNumbers(_ text: ArraySlice<UInt8>) -> [Int]? {
        var numbers: [Int] = []
        var start = text.startIndex
        while true {
            var end = start
            while end < text.endIndex, text[end] != dot { end += 1 }
            let part = text[start..<end]
            guard isCanonicalNumber(part), let number = integer(part) else { return nil }
            numbers.append(number)
            guard end < text.endIndex else { return numbers }
            start = end + 1
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isIdentifier(_ text: ArraySlice<UInt8>) -> Bool {
        !text.isEmpty && text.allSatisfy { isDigit($0) || isLetter($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isCanonicalNumber(_ text: ArraySlice<UInt8>) -> Bool {
        !text.isEmpty && text.allSatisfy(isDigit) && (text.count == 1 || text.first != UInt8(ascii: "0"))
    }

    /// Decimal digits as an Int; nil when empty, not all digits, or too large.
    private static func integer(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard isDigit(byte) else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = product.addingReportingOverflow(Int(byte - 0x30))
            guard !overflow, !overflow2 else { return nil }
            value = sum
        }
        return value
    }

    // MARK: CalVer

    /// `YYYY.MM[.x]` with a plausible year and month, or `YY.0M[.x]` where the zero-padded month
    /// is what tells it from a two-part version (`24.04` is CalVer, `24.4` is two-part).
    private static func isCalendar(_ text: ArraySlice<UInt8>) -> Bool {
        // Most tags have a letter or a third dot; those are not calendar versions.
        guard text.allSatisfy({ isDigit($0) || $0 == dot }) else { return false }
        let parts = text.split(separator: dot, omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty }),
              let year = integer(parts[0]), let month = integer(parts[1]), (1...12).contains(month), parts[1].count <= 2
        else { return false }
        if parts[0].count == 4 { return (1970...2999).contains(year) }
        return parts[0].count == 2 && parts[0].first != UInt8(ascii: "0") && parts[1].count == 2 && parts[1].first == UInt8(ascii: "0")
    }

    // MARK: PEP 440

    private static let preLabels: [(spelling: String, normalized: String)] = [
        ("preview", "rc"), ("alpha", "a"), ("beta", "b"), ("pre", "rc"), ("rc", "rc"),
        ("a", "a"), ("b", "b"), ("c", "rc"),
    ]
    private static let postLabels = ["post", "rev", "r"]

    static func parsePEP440(_ text: Substring) -> Parsed? {
        var scanner = Scanner(Array(text.lowercased().utf8))
        var epoch = 0
        let start = scanner.position
        if let number = scanner.number(), scanner.take("!") {
            epoch = number
        } else {
            scanner.position = start
        }
        var release: [Int] = []
        repeat {
            guard let number = scanner.number() else { return nil }
            release.append(number)
        } while scanner.takeIfFollowedByDigit(".")

        var pre: [PreReleaseIdentifier]?
        let beforePre = scanner.position
        scanner.takeSeparator()
        if let label = preLabels.first(where: { scanner.take($0.spelling) }) {
            let beforeNumber = scanner.position
            scanner.takeSeparator()
            let number = scanner.number()
            if number == nil { scanner.position = beforeNumber }
            pre = [.alphanumeric(label.normalized), .numeric(number ?? 0)]
        } else {
            scanner.position = beforePre
        }

        var post: Int?
        let beforePost = scanner.position
        if scanner.take("-"), let number = scanner.number() {
            post = number
        } else {
            scanner.position = beforePost
            scanner.takeSeparator()
            if postLabels.contains(where: { scanner.take($0) }) {
                let beforeNumber = scanner.position
                scanner.takeSeparator()
                let number = scanner.number()
                if number == nil { scanner.position = beforeNumber }
                post = number ?? 0
            } else {
                scanner.position = beforePost
            }
        }

        var dev: Int?
        let beforeDev = scanner.position
        scanner.takeSeparator()
        if scanner.take("dev") {
            let beforeNumber = scanner.position
            scanner.takeSeparator()
            let number = scanner.number()
            if number == nil { scanner.position = beforeNumber }
            dev = number ?? 0
        } else {
            scanner.position = beforeDev
        }

        var local: String?
        if scanner.take("+") {
            let rest = String(decoding: scanner.remainder, as: UTF8.self)
            let segments = rest.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "-" || $0 == "_" }
            guard segments.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCIIDigit || $0.isASCIILetter } }) else { return nil }
            local = segments.joined(separator: ".")
            scanner.position = scanner.end
        }
        guard scanner.atEnd else { return nil }
        return Parsed(scheme: .pep440, epoch: epoch, release: release, preRelease: pre, postRelease: post, devRelease: dev, build: local)
    }

    /// A cursor over ASCII bytes; anything non-ASCII simply fails to match.
    private struct Scanner {
        let bytes: [UInt8]
        var position = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var end: Int { bytes.count }
        var atEnd: Bool { position == bytes.count }
        var remainder: ArraySlice<UInt8> { bytes[position...] }

        mutating func take(_ literal: String) -> Bool {
            let expected = Array(literal.utf8)
            guard bytes.count - position >= expected.count, bytes[position..<position + expected.count].elementsEqual(expected) else { return false }
            position += expected.count
            return true
        }

        mutating func takeIfFollowedByDigit(_ literal: String) -> Bool {
            let start = position
            guard take(literal), position < bytes.count, (0x30...0x39).contains(bytes[position]) else {
                position = start
                return false
            }
            return true
        }

        mutating func takeSeparator() {
            if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_")].contains(bytes[position]) { position += 1 }
        }

        /// Decimal digits as an Int; nil when there are none or the value overflows.
        mutating func number() -> Int? {
            var end = position
            while end < bytes.count, VersionParser.isDigit(bytes[end]) { end += 1 }
            guard let value = VersionParser.integer(bytes[position..<end]) else { return nil }
            position = end
            return value
        }
    }
}

fileprivate extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}
