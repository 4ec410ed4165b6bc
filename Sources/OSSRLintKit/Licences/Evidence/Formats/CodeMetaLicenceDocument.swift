/// The licence part of a codemeta.json (`license`: string, URL, list, or object).
struct CodeMetaLicenceDocument: Decodable {
    var license: LicenceFieldValues?
}
