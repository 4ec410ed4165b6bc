/// One `waivers:` entry of `.ossrlint.yml` as written, decoded strictly: a rule (optionally
/// only on some paths) waived for a reason, by an owner, until a day.
///
/// Every field but `paths` is required: a waiver nobody answers for, or that never ends, is
/// what `disable:` is for, and saying so at the line is kinder than a silent default.
struct TimedWaiverSpec: Decodable {
    var rule: String
    var reason: String
    var owner: String
    var expires: CalendarDay
    var paths: [Glob]
    var position: SourcePosition?

    enum CodingKeys: String, CodingKey, CaseIterable { case rule, paths, reason, owner, expires }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue), in: "a 'waivers' entry")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        position = try? container.superDecoder(forKey: .rule).position
        reason = try Self.text(container, .reason, of: rule, missing: "a 'reason' (reports show it beside the waived rule)", in: decoder)
        owner = try Self.text(container, .owner, of: rule, missing: "an 'owner' (who answers for it, e.g. an e-mail address or a team)", in: decoder)
        guard container.contains(.expires) else {
            throw decoder.error("the waiver of rule '\(rule)' needs 'expires: YYYY-MM-DD' (the day it must be looked at again); a rule turned off for good goes under 'disable:'")
        }
        let expiresDecoder = try container.superDecoder(forKey: .expires)
        let written = try String(from: expiresDecoder)
        guard let day = CalendarDay(written) else {
            throw expiresDecoder.error("'\(written)' is not a date written YYYY-MM-DD (e.g. 2027-03-01)")
        }
        expires = day
        paths = try Self.globs(container)
    }

    private static func text(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys, of rule: String, missing: String, in decoder: any Decoder) throws -> String {
        guard container.contains(key) else { throw decoder.error("the waiver of rule '\(rule)' needs \(missing)") }
        let value = try container.decode(String.self, forKey: key)
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw try container.superDecoder(forKey: key).error("the \(key.rawValue) of the waiver of rule '\(rule)' is empty")
        }
        return value
    }

    /// `paths:` as one glob or a list of them; each compiled once, here, so that a bad pattern
    /// is an error at its line.
    private static func globs(_ container: KeyedDecodingContainer<CodingKeys>) throws -> [Glob] {
        guard container.contains(.paths) else { return [] }
        var decoders: [any Decoder] = []
        if var list = try? container.nestedUnkeyedContainer(forKey: .paths) {
            while !list.isAtEnd { decoders.append(try list.superDecoder()) }
        } else {
            decoders.append(try container.superDecoder(forKey: .paths))
        }
        var globs: [Glob] = []
        for patternDecoder in decoders {
            let pattern = try String(from: patternDecoder)
            do { globs.append(try Glob(pattern)) } catch { throw patternDecoder.error(error.description) }
        }
        return globs
    }
}
