/// The packaging and metadata formats whose licence field OSSRLint reads.
public enum LicencePackagingFormat: String, Sendable, Equatable, CaseIterable {
    case codemeta, citation, pyproject, setupConfig, setupScript, npm, cargo, rDescription, conda, gemspec
}
