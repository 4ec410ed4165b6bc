import Foundation

/// A JSON Schema draft-07 evaluator for the keywords the Citation File Format schema uses:
/// `type`, `required`, `properties`, `additionalProperties`, `enum`, `const`, `pattern`,
/// `format` (`date`, `email`, `uri`), `minLength`/`maxLength`, `minimum`/`maximum`,
/// `minItems`/`maxItems`, `uniqueItems`, `items`, `anyOf`/`oneOf`/`allOf`/`not` and `$ref` to
/// `#/definitions/…`. Keywords it does not know are ignored, as draft-07 says for unknown
/// keywords, so a schema that needs more must come with more code.
///
/// Verdicts are meant to match python-jsonschema as check-jsonschema runs it: `integer` accepts
/// whole floats, booleans are never numbers, `pattern` searches (it is not anchored), and
/// `format: uri` checks only for a scheme because check-jsonschema without the optional
/// rfc3987 package does not check it at all beyond that.
///
/// The schema is compiled once into a flat table of nodes (children are indices), which keeps
/// the evaluator a plain value; a child that is a `$ref` is replaced by what it refers to.
struct JSONSchemaEvaluator: Sendable {
    /// One violation: where in the instance, what the path is, and why.
    struct Violation: Sendable, Hashable {
        var path: String
        var message: String
        var position: SourcePosition
    }

    struct CompileError: Error, Sendable {
        var message: String
    }

    /// A compiled schema node. A class so that evaluation, which visits tens of thousands of
    /// them in a large file, does not copy every keyword at each visit; it is changed only while
    /// the evaluator is compiled (`init`), so sharing it between threads is safe.
    private final class Node: @unchecked Sendable {
        var constant: Bool?
        /// As written, for messages; `typeSet` is what is checked.
        var types: [String]?
        var typeSet = JSONTypes()
        var required: [String] = []
        var properties: [(String, Int)] = []
        /// `properties` by name: a reference has seventy.
        var propertyIndex: [String: Int] = [:]
        var additionalProperties: Int?
        /// Whether `additionalProperties` is `false` itself, which names each key it rejects.
        var forbidsAdditionalProperties = false
        var enumValues: [PositionedValue]?
        /// `enumValues`, when they are all strings: a country is one of 250.
        var enumStrings: Set<String>?
        var constValue: PositionedValue?
        var pattern: CompiledPattern?
        /// `pattern`, searched over bytes when it is plain ASCII (most of the CFF schema's are).
        var asciiPattern: ASCIIPattern?
        var format: String?
        var minLength: Int?
        var maxLength: Int?
        var minimum: Double?
        var maximum: Double?
        var minItems: Int?
        var maxItems: Int?
        var uniqueItems = false
        var items: Int?
        var anyOf: [Int] = []
        var oneOf: [Int] = []
        var allOf: [Int] = []
        var not: Int?
        var reference: String?
    }

    /// The types of `type`, as bits: checking them was comparing names for every value.
    private struct JSONTypes: OptionSet, Sendable {
        let rawValue: UInt8
        static let object = JSONTypes(rawValue: 1 << 0)
        static let array = JSONTypes(rawValue: 1 << 1)
        static let string = JSONTypes(rawValue: 1 << 2)
        static let boolean = JSONTypes(rawValue: 1 << 3)
        static let null = JSONTypes(rawValue: 1 << 4)
        static let number = JSONTypes(rawValue: 1 << 5)
        static let integer = JSONTypes(rawValue: 1 << 6)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The types named, ignoring names JSON Schema does not have (they match nothing).
        init(names: [String]) {
            self = names.reduce(into: []) { $0.formUnion(Self.byName[$1] ?? []) }
        }

        private static let byName: [String: JSONTypes] = [
            "object": .object, "array": .array, "string": .string, "boolean": .boolean, "null": .null, "number": .number, "integer": .integer,
        ]

        /// The types an instance has: a whole number is a number and an integer.
        init(of instance: PositionedValue) {
            switch instance.kind {
            case .object: self = .object
            case .array: self = .array
            case .string: self = .string
            case .bool: self = .boolean
            case .null: self = .null
            case let .number(value, _): self = value.isFinite && value.rounded() == value ? [.number, .integer] : .number
            }
        }
    }

    private var nodes: [Node] = []
    private var definitions: [String: Int] = [:]
    /// The node the instance is checked against.
    private var root = 0

    init(schemaJSON: String) throws {
        let root: PositionedValue
        do {
            root = try JSONScanner.parse(Array(schemaJSON.utf8)).value
        } catch {
            throw CompileError(message: "schema is not JSON: \(error.message)")
        }
        _ = try compile(root)
        // Draft-07: a $ref replaces its sibling keywords, so a child that is one can be the node
        // it refers to; evaluation then never passes through references.
        var targets: [Int?] = Array(repeating: nil, count: nodes.count)
        for index in nodes.indices {
            guard let reference = nodes[index].reference else { continue }
            let prefix = "#/definitions/"
            guard reference.hasPrefix(prefix), let target = definitions[String(reference.dropFirst(prefix.count))] else {
                throw CompileError(message: "unsupported $ref '\(reference)'")
            }
            targets[index] = target
        }
        func resolved(_ index: Int) throws -> Int {
            var index = index
            var seen: Set<Int> = []
            while let target = targets[index] {
                guard seen.insert(index).inserted else { throw CompileError(message: "circular $ref '\(nodes[index].reference ?? "")'") }
                index = target
            }
            return index
        }
        for node in nodes {
            node.properties = try node.properties.map { ($0.0, try resolved($0.1)) }
            node.propertyIndex = try node.propertyIndex.mapValues(resolved)
            node.additionalProperties = try node.additionalProperties.map(resolved)
            node.items = try node.items.map(resolved)
            node.anyOf = try node.anyOf.map(resolved)
            node.oneOf = try node.oneOf.map(resolved)
            node.allOf = try node.allOf.map(resolved)
            node.not = try node.not.map(resolved)
        }
        self.root = try resolved(0)
    }

    private mutating func compile(_ schema: PositionedValue) throws -> Int {
        let index = nodes.count
        let node = Node()
        nodes.append(node)
        if case let .bool(value) = schema.kind {
            node.constant = value
            return index
        }
        for member in schema.members {
            let value = member.value
            switch member.key {
            case "type":
                node.types = value.asList.compactMap(\.string)
                node.typeSet = JSONTypes(names: node.types ?? [])
            case "required": node.required = value.asList.compactMap(\.string)
            case "properties":
                for property in value.members {
                    let child = try compile(property.value)
                    node.properties.append((property.key, child))
                    if node.propertyIndex[property.key] == nil { node.propertyIndex[property.key] = child }
                }
            case "definitions":
                for definition in value.members { definitions[definition.key] = try compile(definition.value) }
            case "additionalProperties":
                node.additionalProperties = try compile(value)
                if case .bool(false) = value.kind { node.forbidsAdditionalProperties = true }
            case "enum":
                node.enumValues = value.elements
                if let strings = value.elements?.compactMap(\.string), strings.count == value.elements?.count { node.enumStrings = Set(strings) }
            case "const": node.constValue = value
            case "pattern":
                guard let source = value.string else { continue }
                // A pattern the byte search reads is of a subset ICU compiles too, so its ICU
                // form can wait until a value needs it.
                node.asciiPattern = ASCIIPattern(source)
                node.pattern = node.asciiPattern == nil ? try CompiledPattern(source) : CompiledPattern(deferring: source)
            case "format": node.format = value.string
            case "minLength": node.minLength = value.integer
            case "maxLength": node.maxLength = value.integer
            case "minItems": node.minItems = value.integer
            case "maxItems": node.maxItems = value.integer
            case "minimum": node.minimum = value.double
            case "maximum": node.maximum = value.double
            case "uniqueItems": node.uniqueItems = value.bool ?? false
            case "items": node.items = try compile(value)
            case "anyOf": node.anyOf = try value.asList.map { try compile($0) }
            case "oneOf": node.oneOf = try value.asList.map { try compile($0) }
            case "allOf": node.allOf = try value.asList.map { try compile($0) }
            case "not": node.not = try compile(value)
            case "$ref": node.reference = value.string
            default: break
            }
        }
        return index
    }

    /// All violations of the instance against the schema; empty when it is valid.
    func validate(_ instance: PositionedValue) -> [Violation] {
        evaluate(root, instance, path: "", explain: true)
    }

    /// The violations of `instance` against node `index`. When `explain` is false only the
    /// verdict is wanted (a branch of `anyOf`, `oneOf` or `not`): evaluation stops at the first
    /// violation, whose message and path are left empty. Most branches tried are expected to
    /// fail (a person is not an entity), and writing why, with a spelling suggestion for every
    /// key, cost more than the rest of validating a large file.
    private func evaluate(_ index: Int, _ instance: PositionedValue, path: @autoclosure () -> String, explain: Bool) -> [Violation] {
        let node = nodes[index]
        if let constant = node.constant {
            return constant ? [] : [Violation(path: explain ? path() : "", message: explain ? "is not allowed" : "", position: instance.position)]
        }
        // Built only for a violation: spelling out `references[12].authors[3]` for every value
        // of a valid 70 KB file was a third of the time spent validating it.
        func currentPath() -> String { explain ? path() : "" }
        var violations: [Violation] = []
        func fail(_ message: @autoclosure () -> String, at position: SourcePosition? = nil, path violationPath: @autoclosure () -> String? = nil) {
            violations.append(Violation(path: explain ? violationPath() ?? currentPath() : "", message: explain ? message() : "", position: position ?? instance.position))
        }
        var decided: Bool { !explain && !violations.isEmpty }

        if let types = node.types, node.typeSet.isDisjoint(with: JSONTypes(of: instance)) {
            fail("must be \(types.map(Self.article).joined(separator: " or ")), found \(Self.article(instance.typeName))\(Self.shown(instance))")
            return violations
        }
        if let enumValues = node.enumValues, !Self.isAllowed(instance, enumValues, strings: node.enumStrings) {
            fail({
                let allowed = enumValues.compactMap(\.scalarText)
                var message = "\(Self.shown(instance, leadingSpace: false)) is not one of the allowed values"
                if let text = instance.string, let suggestion = Spelling.closest(to: text, among: allowed) {
                    message += "; did you mean '\(suggestion)'?"
                } else if enumValues.count <= 8 {
                    let shownValues = enumValues.filter { $0.scalarText != nil }.map { Self.shown($0, leadingSpace: false) }
                    message += " (\(shownValues.joined(separator: ", ")))"
                }
                return message
            }())
        }
        if let constValue = node.constValue, !Self.equal(constValue, instance) {
            fail("must be '\(constValue.scalarText ?? constValue.typeName)'")
        }
        if decided { return violations }

        switch instance.kind {
        case let .string(text):
            if let minLength = node.minLength, Self.length(of: text, isLessThan: minLength) {
                fail(minLength == 1 ? "is empty" : "is shorter than \(minLength) characters")
            }
            if let maxLength = node.maxLength, !Self.length(of: text, isLessThan: maxLength + 1) {
                fail("'\(text)' is longer than \(maxLength) characters")
            }
            // One message per value: a value that misses the pattern is not also called a bad format.
            if let pattern = node.pattern, !(node.asciiPattern?.matches(text) ?? pattern.matches(text)) {
                fail("'\(text)' does not match the pattern '\(pattern.source)'")
            } else if let format = node.format, !Self.conforms(text, to: format) {
                fail("'\(text)' is not a valid \(format)")
            }
        case let .number(value, text):
            if let minimum = node.minimum, value < minimum { fail("\(text) is less than the minimum \(Self.format(minimum))") }
            if let maximum = node.maximum, value > maximum { fail("\(text) is greater than the maximum \(Self.format(maximum))") }
        case let .array(elements):
            if let minItems = node.minItems, elements.count < minItems {
                fail(minItems == 1 ? "must not be an empty list" : "must have at least \(minItems) items")
            }
            if let maxItems = node.maxItems, elements.count > maxItems { fail("must have at most \(maxItems) items") }
            if node.uniqueItems {
                // Only items whose hashes agree can be equal: comparing every pair of a
                // 300-author list was most of the time spent on a large file.
                var earlier: [Int: [Int]] = [:]
                for (offset, element) in elements.enumerated() {
                    let hash = Self.hash(element)
                    if let candidates = earlier[hash], candidates.contains(where: { Self.equal(elements[$0], element) }) {
                        fail("repeats an earlier item\(Self.shown(element))", at: element.position, path: "\(currentPath())[\(offset)]")
                    }
                    earlier[hash, default: []].append(offset)
                }
            }
            if let items = node.items {
                for (offset, element) in elements.enumerated() {
                    if decided { return violations }
                    violations += evaluate(items, element, path: "\(currentPath())[\(offset)]", explain: explain)
                }
            }
        case let .object(members):
            for key in node.required where !members.contains(where: { $0.key == key }) {
                fail("missing required key '\(key)'")
            }
            // The last of a key written twice is its value, as in `PositionedValue.member`.
            // By position: a member copied out of the array is a key and a value retained and
            // released, for every member of every object of the file.
            for offset in members.indices.reversed() where !Self.isRepeatedLater(offset, in: members) {
                if decided { return violations }
                let member = members[offset]
                func childPath() -> String { let path = currentPath(); return path.isEmpty ? member.key : "\(path).\(member.key)" }
                if let property = node.propertyIndex[member.key] {
                    violations += evaluate(property, member.value, path: childPath(), explain: explain)
                } else if let additional = node.additionalProperties {
                    if node.forbidsAdditionalProperties {
                        fail({
                            var message = "key '\(member.key)' is not allowed here"
                            if let suggestion = Spelling.closest(to: member.key, among: node.properties.map(\.0)) {
                                message += "; did you mean '\(suggestion)'?"
                            }
                            return message
                        }(), at: member.keyPosition)
                    } else {
                        violations += evaluate(additional, member.value, path: childPath(), explain: explain)
                    }
                }
            }
        default:
            break
        }

        for branch in node.allOf {
            if decided { return violations }
            violations += evaluate(branch, instance, path: currentPath(), explain: explain)
        }
        if decided { return violations }
        // A branch's verdict is enough until none fits; only then is each branch asked why.
        if !node.anyOf.isEmpty, !node.anyOf.contains(where: { passes($0, instance) }) {
            violations += explain ? bestExplanation(of: node.anyOf.map { evaluate($0, instance, path: currentPath(), explain: true) }, instance: instance, path: currentPath()) : [Violation(path: "", message: "", position: instance.position)]
        }
        if !node.oneOf.isEmpty {
            // Two passing branches already decide.
            var passing = 0
            for branch in node.oneOf where passes(branch, instance) {
                passing += 1
                if passing > 1 { break }
            }
            if passing == 0 {
                violations += explain ? bestExplanation(of: node.oneOf.map { evaluate($0, instance, path: currentPath(), explain: true) }, instance: instance, path: currentPath()) : [Violation(path: "", message: "", position: instance.position)]
            } else if passing > 1 {
                fail("matches more than one of the allowed forms")
            }
        }
        if let not = node.not, passes(not, instance) { fail("matches a form that is not allowed") }
        if explain { violations.sort { ($0.position, $0.path) < ($1.position, $1.path) } }
        return violations
    }

    /// Whether the instance is valid against node `index`, without saying why not.
    private func passes(_ index: Int, _ instance: PositionedValue) -> Bool {
        evaluate(index, instance, path: "", explain: false).isEmpty
    }

    /// When no branch of `anyOf`/`oneOf` fits, the branch whose type fits and which fails
    /// deepest explains best (a person with a bad e-mail, rather than "not an entity either");
    /// when no branch even has the right type, one summary says what was expected.
    private func bestExplanation(of outcomes: [[Violation]], instance: PositionedValue, path: String) -> [Violation] {
        let typed = outcomes.filter { outcome in !outcome.contains { $0.path == path && $0.message.hasPrefix("must be ") } }
        if let best = typed.min(by: { lhs, rhs in
            let a = (lhs.count, -(lhs.map(\.path.count).max() ?? 0)), b = (rhs.count, -(rhs.map(\.path.count).max() ?? 0))
            return a < b
        }) {
            return best
        }
        let expected = Array(Set(outcomes.flatMap { $0 }.filter { $0.path == path && $0.message.hasPrefix("must be ") }
            .compactMap { $0.message.dropFirst(8).components(separatedBy: ", found").first })).sorted()
        return [Violation(path: path, message: "must be \(expected.joined(separator: " or ")), found \(Self.article(instance.typeName))\(Self.shown(instance))", position: instance.position)]
    }

    // MARK: Helpers

    /// Whether a key comes again after `offset`. Mappings are small, and a set of the keys seen
    /// cost more than the rest of checking an author.
    private static func isRepeatedLater(_ offset: Int, in members: [PositionedValue.Member]) -> Bool {
        let key = members[offset].key
        return members[(offset + 1)...].contains { $0.key == key }
    }

    private static func isAllowed(_ instance: PositionedValue, _ values: [PositionedValue], strings: Set<String>?) -> Bool {
        if let strings {
            guard case let .string(text) = instance.kind else { return false }
            return strings.contains(text)
        }
        return values.contains { equal($0, instance) }
    }

    /// Whether `text` has fewer than `limit` Unicode scalars, counting them only when its UTF-8
    /// length (one to four bytes a scalar) does not tell.
    private static func length(of text: String, isLessThan limit: Int) -> Bool {
        let bytes = text.utf8.count
        if bytes < limit { return true }
        if bytes >= limit * 4 { return false }
        return text.unicodeScalars.count < limit
    }

    private static func article(_ word: String) -> String {
        (word.first.map { "aeiou".contains($0) } ?? false) ? "an \(word)" : "a \(word)"
    }

    private static func shown(_ value: PositionedValue, leadingSpace: Bool = true) -> String {
        guard let text = value.scalarText else { return leadingSpace ? "" : "the value" }
        let quoted = value.string != nil ? "'\(text)'" : text
        return leadingSpace ? " (\(quoted))" : quoted
    }

    private static func format(_ number: Double) -> String {
        number.rounded() == number ? String(Int(number)) : String(number)
    }

    /// JSON equality as python-jsonschema has it: numbers by value, booleans apart from numbers,
    /// objects regardless of key order.
    static func equal(_ lhs: PositionedValue, _ rhs: PositionedValue) -> Bool {
        switch (lhs.kind, rhs.kind) {
        case let (.string(a), .string(b)): a == b
        case let (.number(a, _), .number(b, _)): a == b
        case let (.bool(a), .bool(b)): a == b
        case (.null, .null): true
        case let (.array(a), .array(b)): a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case let (.object(a), .object(b)):
            Set(a.map(\.key)) == Set(b.map(\.key)) && a.allSatisfy { member in b.last { $0.key == member.key }.map { equal(member.value, $0.value) } ?? false }
        default: false
        }
    }

    /// A hash that agrees with `equal`: equal values hash alike (numbers by value, objects
    /// whatever the order of their keys, and by each key's last value, as `equal` reads them).
    static func hash(_ value: PositionedValue) -> Int {
        var hasher = Hasher()
        hash(value, into: &hasher)
        return hasher.finalize()
    }

    private static func hash(_ value: PositionedValue, into hasher: inout Hasher) {
        switch value.kind {
        case let .string(text):
            hasher.combine(0)
            hasher.combine(text)
        case let .number(number, _):
            hasher.combine(1)
            hasher.combine(number)
        case let .bool(bool):
            hasher.combine(2)
            hasher.combine(bool)
        case .null:
            hasher.combine(3)
        case let .array(elements):
            hasher.combine(4)
            hasher.combine(elements.count)
            for element in elements { hash(element, into: &hasher) }
        case let .object(members):
            hasher.combine(5)
            // A sum does not depend on the order of the keys; a key written twice counts once.
            var sum = 0
            for (offset, member) in members.enumerated() where !members[(offset + 1)...].contains(where: { $0.key == member.key }) {
                var memberHasher = Hasher()
                memberHasher.combine(member.key)
                hash(member.value, into: &memberHasher)
                sum &+= memberHasher.finalize()
            }
            hasher.combine(sum)
        }
    }

    /// Whether the text starts with a scheme and a colon: an ASCII letter, then ASCII letters,
    /// digits, `+`, `-` or `.`.
    private static func hasURIScheme(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = bytes[..<colon]
        let next = bytes.index(after: colon)
        // ASCII around the colon: each byte is a Character there (no ASCII character joins
        // another, "\r\n" aside, which is no letter), so bytes give the Characters' verdict
        // without Unicode's character properties, which cost a millisecond over 400 ORCIDs.
        if scheme.allSatisfy({ $0 < 0x80 }), next == bytes.endIndex || bytes[next] < 0x80 {
            func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
            return scheme.first.map(isLetter) == true
                && scheme.allSatisfy { isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || "+-.".utf8.contains($0) }
        }
        return text.firstIndex(of: ":").map { colon in
            let scheme = text[..<colon]
            return scheme.first?.isLetter == true && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
        } ?? false
    }

    private static func conforms(_ text: String, to format: String) -> Bool {
        switch format {
        case "date": MetadataFormats.isISODate(text)
        case "email": MetadataFormats.isEmail(text)
        case "uri": hasURIScheme(text)
        default: true
        }
    }
}

private extension PositionedValue {
    var integer: Int? {
        if case let .number(value, _) = kind, value.rounded() == value, value.isFinite { return Int(value) }
        return nil
    }

    var double: Double? {
        if case let .number(value, _) = kind { return value }
        return nil
    }

    var bool: Bool? {
        if case let .bool(value) = kind { return value }
        return nil
    }
}
