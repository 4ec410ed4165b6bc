/// The licence part of a pyproject.toml under PEP 621 / PEP 639: `project.license` as an SPDX
/// expression string or a `{text = …}` / `{file = …}` table, `project.license-files`, and the
/// trove classifiers.
struct PyProjectLicenceDocument: Decodable {
    struct LicenceValue: Decodable {
        var expression: String?
        var text: String?
        var file: String?

        private enum CodingKeys: String, CodingKey { case text, file }

        init(from decoder: Decoder) throws {
            if let single = try? decoder.singleValueContainer().decode(String.self) {
                expression = single
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.decodeIfPresent(String.self, forKey: .text)
            file = try container.decodeIfPresent(String.self, forKey: .file)
        }
    }

    struct Project: Decodable {
        var license: LicenceValue?
        var licenseFiles: [String]?
        var classifiers: [String]?

        enum CodingKeys: String, CodingKey {
            case license, classifiers
            case licenseFiles = "license-files"
        }
    }

    var project: Project?
}
