/// The licence part of a package.json: `license` (string or legacy object) and legacy `licenses`.
struct NPMLicenceDocument: Decodable {
    var license: LicenceFieldValues?
    var licenses: LicenceFieldValues?
}
