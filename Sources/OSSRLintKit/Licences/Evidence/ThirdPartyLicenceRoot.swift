/// A vendored tree or submodule, which carries its own licence.
public struct ThirdPartyLicenceRoot: Sendable, Equatable, Codable {
    /// The folder, e.g. `vendor/libfoo` or a submodule path.
    public var path: String
    public var isSubmodule: Bool
    /// Licence files directly inside the folder.
    public var licenceFiles: [String]

    public var hasLicence: Bool { !licenceFiles.isEmpty }

    public init(path: String, isSubmodule: Bool, licenceFiles: [String]) {
        self.path = path
        self.isSubmodule = isSubmodule
        self.licenceFiles = licenceFiles
    }
}
