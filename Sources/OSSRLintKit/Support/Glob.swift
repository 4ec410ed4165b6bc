/// A compiled path pattern, matched against a path's raw bytes.
///
/// Syntax: `*` any run of bytes within one component, `?` one byte, `[abc]`/`[a-z]`/`[!x]` a
/// class, `{a,b}` alternatives, and a `**` component for any number of directories. A pattern
/// is matched against the whole path (`docs/conf.py`); start it with `**/` to match at any depth.
/// Compiled once when a rule set loads; matching allocates nothing.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    enum Token: Sendable, Hashable {
        case literal([UInt8])
        case any
        case one
        case set(ranges: [ClosedRange<UInt8>], negated: Bool)
    }

    enum Component: Sendable, Hashable {
        case anyDirectories
        case tokens([Token])
    }

    /// The pattern as written.
    public let pattern: String
    public let ignoresCase: Bool
    /// One component list per brace alternative.
    let alternatives: [[Component]]

    /// Compiles `pattern`; throws on an unterminated `[` or `{`.
    public init(_ pattern: String, ignoresCase: Bool = false) throws(GlobError) {
        self.pattern = pattern
        self.ignoresCase = ignoresCase
        let source = ignoresCase ? pattern.lowercased() : pattern
        var alternatives: [[Component]] = []
        for expanded in try Self.expandBraces(Array(source.utf8), in: pattern) {
            alternatives.append(try Self.compile(expanded, in: pattern))
        }
        self.alternatives = alternatives
    }

    public var description: String { pattern }

    /// Whether the path (raw bytes) matches.
    public func matches(_ path: [UInt8]) -> Bool {
        var components: [ArraySlice<UInt8>] = []
        components.reserveCapacity(8)
        var start = 0
        for index in path.indices where path[index] == 0x2F {
            components.append(path[start..<index])
            start = index + 1
        }
        components.append(path[start...])
        return alternatives.contains { Self.match($0[...], components[...], ignoresCase: ignoresCase) }
    }

    /// Whether a path's last component alone matches (for patterns without `/`).
    public func matchesName(_ name: ArraySlice<UInt8>) -> Bool {
        alternatives.contains { components in
            guard components.count == 1, case .tokens(let tokens) = components[0] else { return false }
            return Self.match(tokens[...], name, ignoresCase: ignoresCase)
        }
    }

    // MARK: Matching

    private static func match(_ pattern: ArraySlice<Component>, _ path: ArraySlice<ArraySlice<UInt8>>, ignoresCase: Bool) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        switch first {
        case .anyDirectories:
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if match(rest, remaining, ignoresCase: ignoresCase) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        case .tokens(let tokens):
            guard let component = path.first, match(tokens[...], component, ignoresCase: ignoresCase) else { return false }
            return match(pattern.dropFirst(), path.dropFirst(), ignoresCase: ignoresCase)
        }
    }

    private static func match(_ tokens: ArraySlice<Token>, _ name: ArraySlice<UInt8>, ignoresCase: Bool) -> Bool {
        guard let token = tokens.first else { return name.isEmpty }
        switch token {
        case .literal(let bytes):
            guard name.count >= bytes.count else { return false }
            var index = name.startIndex
            for byte in bytes {
                if fold(name[index], ignoresCase) != byte { return false }
                index += 1
            }
            return match(tokens.dropFirst(), name[index...], ignoresCase: ignoresCase)
        case .one:
            guard !name.isEmpty else { return false }
            return match(tokens.dropFirst(), name.dropFirst(), ignoresCase: ignoresCase)
        case .set(let ranges, let negated):
            guard let byte = name.first else { return false }
            let folded = fold(byte, ignoresCase)
            guard ranges.contains(where: { $0.contains(folded) }) != negated else { return false }
            return match(tokens.dropFirst(), name.dropFirst(), ignoresCase: ignoresCase)
        case .any:
            let rest = tokens.dropFirst()
            if rest.isEmpty { return true }
            var remaining = name
            while true {
                if match(rest, remaining, ignoresCase: ignoresCase) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
    }

    private static func fold(_ byte: UInt8, _ ignoresCase: Bool) -> UInt8 {
        ignoresCase && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    // MARK: Compiling

    private static func expandBraces(_ bytes: [UInt8], in pattern: String) throws(GlobError) -> [[UInt8]] {
        guard let open = bytes.firstIndex(of: UInt8(ascii: "{")) else { return [bytes] }
        var depth = 0
        var close: Int?
        var commas: [Int] = []
        for index in open..<bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { close = index }
            case UInt8(ascii: ",") where depth == 1: commas.append(index)
            default: break
            }
            if close != nil { break }
        }
        guard let close else { throw .unterminated(pattern: pattern, what: "{") }
        let prefix = Array(bytes[..<open])
        let suffix = Array(bytes[(close + 1)...])
        var bounds = [open] + commas + [close]
        var results: [[UInt8]] = []
        while bounds.count > 1 {
            let option = Array(bytes[(bounds[0] + 1)..<bounds[1]])
            results += try expandBraces(prefix + option + suffix, in: pattern)
            bounds.removeFirst()
        }
        return results
    }

    private static func compile(_ bytes: [UInt8], in pattern: String) throws(GlobError) -> [Component] {
        var components: [Component] = []
        for part in bytes.split(separator: 0x2F, omittingEmptySubsequences: true) {
            if part.elementsEqual("**".utf8) {
                if components.last != .anyDirectories { components.append(.anyDirectories) }
                continue
            }
            var tokens: [Token] = []
            var literal: [UInt8] = []
            func flush() {
                if !literal.isEmpty { tokens.append(.literal(literal)); literal = [] }
            }
            var index = part.startIndex
            while index < part.endIndex {
                let byte = part[index]
                switch byte {
                case UInt8(ascii: "*"):
                    flush()
                    if tokens.last != .any { tokens.append(.any) }
                case UInt8(ascii: "?"):
                    flush()
                    tokens.append(.one)
                case UInt8(ascii: "["):
                    flush()
                    guard let close = part[(index + 1)...].dropFirst().firstIndex(of: UInt8(ascii: "]")) else {
                        throw .unterminated(pattern: pattern, what: "[")
                    }
                    var body = Array(part[(index + 1)..<close])
                    let negated = body.first == UInt8(ascii: "!") || body.first == UInt8(ascii: "^")
                    if negated { body.removeFirst() }
                    var ranges: [ClosedRange<UInt8>] = []
                    var position = 0
                    while position < body.count {
                        if position + 2 < body.count, body[position + 1] == UInt8(ascii: "-") {
                            ranges.append(min(body[position], body[position + 2])...max(body[position], body[position + 2]))
                            position += 3
                        } else {
                            ranges.append(body[position]...body[position])
                            position += 1
                        }
                    }
                    tokens.append(.set(ranges: ranges, negated: negated))
                    index = close
                case UInt8(ascii: "\\") where index + 1 < part.endIndex:
                    index += 1
                    literal.append(part[index])
                default:
                    literal.append(byte)
                }
                index += 1
            }
            flush()
            components.append(.tokens(tokens))
        }
        return components
    }
}

/// A pattern that cannot be compiled.
public enum GlobError: Error, Sendable, Hashable, CustomStringConvertible {
    case unterminated(pattern: String, what: String)

    public var description: String {
        switch self {
        case .unterminated(let pattern, let what): "unterminated '\(what)' in pattern '\(pattern)'"
        }
    }
}
