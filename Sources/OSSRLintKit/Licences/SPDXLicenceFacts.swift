/// What the SPDX License List says about one licence or exception id.
public struct SPDXLicenceFacts: Sendable, Equatable, Codable {
    /// The id as SPDX spells it, e.g. `Apache-2.0`.
    public var id: String
    /// The full name, e.g. "Apache License 2.0".
    public var name: String
    /// Whether the Open Source Initiative approved the licence.
    public var isOSIApproved: Bool
    /// Whether the Free Software Foundation lists it as a free (libre) licence.
    public var isFSFLibre: Bool
    /// Whether SPDX deprecated the id (e.g. `GPL-3.0` in favour of `GPL-3.0-only`).
    public var isDeprecated: Bool
    /// Whether the id names a licence exception (used after `WITH`) rather than a licence.
    public var isException: Bool

    public init(id: String, name: String, isOSIApproved: Bool, isFSFLibre: Bool, isDeprecated: Bool, isException: Bool = false) {
        self.id = id
        self.name = name
        self.isOSIApproved = isOSIApproved
        self.isFSFLibre = isFSFLibre
        self.isDeprecated = isDeprecated
        self.isException = isException
    }

    /// The facts for `id`, compared without regard to case; nil for ids SPDX does not list.
    public static func lookup(_ id: String) -> SPDXLicenceFacts? {
        table.byLowercasedID[id.lowercased()]
    }

    /// The facts for an exception id such as `Classpath-exception-2.0`, compared without regard to case.
    public static func lookupException(_ id: String) -> SPDXLicenceFacts? {
        table.exceptionsByLowercasedID[id.lowercased()]
    }

    /// Every listed licence (not exceptions), in the SPDX list's order.
    public static var allLicences: [SPDXLicenceFacts] { table.licences }

    /// The licence whose SPDX name equals `name`, compared without regard to case.
    static func lookup(name: String) -> SPDXLicenceFacts? {
        table.byLowercasedName[name.lowercased()]
    }

    private struct Table: Sendable {
        var licences: [SPDXLicenceFacts] = []
        var byLowercasedID: [String: SPDXLicenceFacts] = [:]
        var byLowercasedName: [String: SPDXLicenceFacts] = [:]
        var exceptionsByLowercasedID: [String: SPDXLicenceFacts] = [:]
    }

    /// Parsed once from the generated tables; a constant, not shared mutable state. Read as
    /// UTF-8 bytes: splitting ~800 lines into Characters and searching flags through Foundation
    /// cost several milliseconds of every run that looks a licence up.
    private static let table: Table = {
        var table = Table()
        table.licences.reserveCapacity(800)
        for (text, isException) in [(LicenceIndexData.facts, false), (LicenceIndexData.exceptions, true)] {
            var text = text
            text.withUTF8 { bytes in
                for line in bytes.split(separator: UInt8(ascii: "\n")) {
                    let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                    guard fields.count == 3 else { continue }
                    let flags = fields[2]
                    let facts = SPDXLicenceFacts(id: String(decoding: fields[0], as: UTF8.self), name: String(decoding: fields[1], as: UTF8.self),
                                                 isOSIApproved: flags.contains(UInt8(ascii: "o")), isFSFLibre: flags.contains(UInt8(ascii: "f")),
                                                 isDeprecated: flags.contains(UInt8(ascii: "d")), isException: isException)
                    if isException {
                        table.exceptionsByLowercasedID[facts.id.lowercased()] = facts
                    } else {
                        table.licences.append(facts)
                        table.byLowercasedID[facts.id.lowercased()] = facts
                        table.byLowercasedName[facts.name.lowercased()] = facts
                    }
                }
            }
        }
        return table
    }()
}
