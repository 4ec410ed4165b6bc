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
        byLowercasedID[id.lowercased()]
    }

    /// The facts for an exception id such as `Classpath-exception-2.0`, compared without regard to case.
    public static func lookupException(_ id: String) -> SPDXLicenceFacts? {
        exceptionsByLowercasedID[id.lowercased()]
    }

    /// Every listed licence (not exceptions), in the SPDX list's order.
    public static var allLicences: [SPDXLicenceFacts] { licences }

    /// The licence whose SPDX name equals `name`, compared without regard to case.
    static func lookup(name: String) -> SPDXLicenceFacts? {
        byLowercasedName[name.lowercased()]
    }

    // Constants parsed from the generated tables on first use, each on its own: most runs
    // look licences up by id only, and building the name and exception tables as well was
    // about half of the 2 ms the facts took to load.
    private static let licences = parse(LicenceIndexData.facts, isException: false)
    private static let byLowercasedID = lowercasedTable(licences, by: \.id)
    private static let byLowercasedName = lowercasedTable(licences, by: \.name)
    private static let exceptionsByLowercasedID = lowercasedTable(parse(LicenceIndexData.exceptions, isException: true), by: \.id)

    /// A later entry wins over an earlier one with the same key, as the SPDX list's order has it.
    private static func lowercasedTable(_ facts: [SPDXLicenceFacts], by key: (SPDXLicenceFacts) -> String) -> [String: SPDXLicenceFacts] {
        Dictionary(facts.map { (key($0).lowercased(), $0) }, uniquingKeysWith: { $1 })
    }

    /// Parses the generated `id TAB name TAB flags` lines. Read as UTF-8 bytes: splitting ~800
    /// lines into Characters and searching flags through Foundation cost several milliseconds
    /// of every run that looks a licence up.
    private static func parse(_ text: String, isException: Bool) -> [SPDXLicenceFacts] {
        var text = text
        return text.withUTF8 { bytes in
            bytes.split(separator: UInt8(ascii: "\n")).compactMap { line in
                let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                guard fields.count == 3 else { return nil }
                let flags = fields[2]
                return SPDXLicenceFacts(id: String(decoding: fields[0], as: UTF8.self), name: String(decoding: fields[1], as: UTF8.self),
                                        isOSIApproved: flags.contains(UInt8(ascii: "o")), isFSFLibre: flags.contains(UInt8(ascii: "f")),
                                        isDeprecated: flags.contains(UInt8(ascii: "d")), isException: isException)
            }
        }
    }
}
