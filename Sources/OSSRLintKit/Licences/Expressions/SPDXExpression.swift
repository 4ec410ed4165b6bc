/// A parsed SPDX licence expression: ids, `+`, `WITH` exceptions, `AND`, `OR` and parentheses.
///
/// `normalised()` spells known ids as SPDX does, rewrites the deprecated `+` forms of the GNU
/// licences (`GPL-3.0+` → `GPL-3.0-or-later`) and flattens and sorts `AND` / `OR` operands, so
/// two expressions that mean the same compare equal ("mit" ≡ "MIT", "MIT OR Apache-2.0" ≡
/// "Apache-2.0 OR MIT").
public indirect enum SPDXExpression: Sendable, Hashable, CustomStringConvertible {
    /// A licence id; `orLater` is the `+` suffix.
    case licence(String, orLater: Bool)
    /// A licence with an exception, e.g. `GPL-2.0-or-later WITH Classpath-exception-2.0`.
    case with(SPDXExpression, exception: String)
    case and([SPDXExpression])
    case or([SPDXExpression])

    /// Parses `text`; throws `SPDXExpressionError` quoting the offending token.
    public static func parse(_ text: String) throws -> SPDXExpression {
        var parser = SPDXExpressionParser(text)
        return try parser.parseExpression()
    }

    /// The GNU families that SPDX writes with `-only` / `-or-later`.
    static let suffixedFamilies: Set<String> = ["GPL-1.0", "GPL-2.0", "GPL-3.0", "LGPL-2.0", "LGPL-2.1", "LGPL-3.0", "AGPL-1.0", "AGPL-3.0",
                                                "GFDL-1.1", "GFDL-1.2", "GFDL-1.3"]

    public var description: String { rendered(topLevel: true) }

    private func rendered(topLevel: Bool) -> String {
        switch self {
        case .licence(let id, let orLater):
            return orLater ? id + "+" : id
        case .with(let licence, let exception):
            return "\(licence.rendered(topLevel: false)) WITH \(exception)"
        case .and(let parts):
            // An OR operand renders its own parentheses below AND.
            return parts.map { $0.rendered(topLevel: false) }.joined(separator: " AND ")
        case .or(let parts):
            let text = parts.map { $0.rendered(topLevel: false) }.joined(separator: " OR ")
            return topLevel ? text : "(\(text))"
        }
    }

    /// The expression with known ids spelled as SPDX does, `+` folded into GNU ids, and `AND` /
    /// `OR` operands flattened, deduplicated and sorted.
    public func normalised() -> SPDXExpression {
        switch self {
        case .licence(let id, let orLater):
            let canonical = Self.canonicalID(id)
            if orLater, let family = Self.gnuFamily(of: canonical) {
                return .licence(family + "-or-later", orLater: false)
            }
            return .licence(canonical, orLater: orLater)
        case .with(let licence, let exception):
            let canonicalException = SPDXLicenceFacts.lookupException(exception)?.id ?? exception
            return .with(licence.normalised(), exception: canonicalException)
        case .and(let parts):
            return Self.flattened(parts.map { $0.normalised() }, isAnd: true)
        case .or(let parts):
            return Self.flattened(parts.map { $0.normalised() }, isAnd: false)
        }
    }

    /// Every licence id in the expression (after normalisation), exceptions left out.
    public var licenceIDs: Set<String> {
        switch self {
        case .licence(let id, _): return [id]
        case .with(let licence, _): return licence.licenceIDs
        case .and(let parts), .or(let parts): return parts.reduce(into: Set<String>()) { $0.formUnion($1.licenceIDs) }
        }
    }

    /// Whether every licence in the expression is OSI approved (`LicenseRef-` ids are not).
    public var isOSIApproved: Bool {
        let ids = normalised().licenceIDs
        return !ids.isEmpty && ids.allSatisfy { id in
            SPDXLicenceFacts.lookup(id)?.isOSIApproved ?? false
        }
    }

    /// The expression with every occurrence of licence `id` replaced by `replacement`.
    func replacingID(_ id: String, with replacement: String) -> SPDXExpression {
        switch self {
        case .licence(let current, let orLater):
            return current == id ? .licence(replacement, orLater: orLater) : self
        case .with(let licence, let exception):
            return .with(licence.replacingID(id, with: replacement), exception: exception)
        case .and(let parts):
            return .and(parts.map { $0.replacingID(id, with: replacement) })
        case .or(let parts):
            return .or(parts.map { $0.replacingID(id, with: replacement) })
        }
    }

    static func canonicalID(_ id: String) -> String {
        if let facts = SPDXLicenceFacts.lookup(id) {
            return facts.id
        }
        for prefix in ["LicenseRef-", "DocumentRef-"] where id.lowercased().hasPrefix(prefix.lowercased()) {
            return prefix + id.dropFirst(prefix.count)
        }
        return id
    }

    /// The GNU family of an id written without suffix (`GPL-3.0`), or nil.
    static func gnuFamily(of id: String) -> String? {
        suffixedFamilies.contains(id) ? id : nil
    }

    /// The GNU family of an id written with or without suffix (`GPL-3.0-only` → `GPL-3.0`).
    static func gnuFamily(ofAny id: String) -> String? {
        for suffix in ["-or-later", "-only"] where id.hasSuffix(suffix) {
            let family = String(id.dropLast(suffix.count))
            return suffixedFamilies.contains(family) ? family : nil
        }
        return gnuFamily(of: id)
    }

    private static func flattened(_ parts: [SPDXExpression], isAnd: Bool) -> SPDXExpression {
        var flat: [SPDXExpression] = []
        for part in parts {
            switch (part, isAnd) {
            case (.and(let inner), true), (.or(let inner), false):
                flat.append(contentsOf: inner)
            default:
                flat.append(part)
            }
        }
        var unique: [SPDXExpression] = []
        for part in flat where !unique.contains(part) {
            unique.append(part)
        }
        unique.sort { $0.description < $1.description }
        if unique.count == 1 {
            return unique[0]
        }
        return isAnd ? .and(unique) : .or(unique)
    }
}
