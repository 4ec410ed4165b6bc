/// The licence part of a Cargo.toml: `package.license` (SPDX expression) and `package.license-file`.
struct CargoLicenceDocument: Decodable {
    struct Package: Decodable {
        var license: String?
        var licenseFile: String?

        enum CodingKeys: String, CodingKey {
            case license
            case licenseFile = "license-file"
        }
    }

    var package: Package?
}
